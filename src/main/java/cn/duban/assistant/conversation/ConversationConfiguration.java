package cn.duban.assistant.conversation;

import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.digest.DigestChannel;
import cn.duban.assistant.digest.DigestService;
import cn.duban.assistant.digest.ProgressChart;
import cn.duban.assistant.ledger.Ledger;
import cn.duban.assistant.reporting.ReportingFactory;
import cn.duban.assistant.vocabulary.Vocabulary;
import cn.duban.assistant.wording.WordingFactory;
import redis.clients.jedis.UnifiedJedis;

/**
 * The conversation core, the knowledge and roster it works on (loaded at startup: a broken file stops startup with its
 * place), the watcher that reloads them when their files change, and the memory of replies.
 */
@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

    @Bean
    ReplyMemory replyMemory(UnifiedJedis redis, AssistantProperties properties) {
        return new ReplyMemory(redis, properties.ledger().replyMemory());
    }

    @Bean
    Snapshots snapshots(AssistantProperties properties, Vocabulary vocabulary, WordingFactory wordings, Ledger ledger,
                        UnifiedJedis redis, AssistantClock clock, ProgressChart chart, ReportingFactory reporting,
                        ObjectProvider<DigestChannel> channel) {
        return new Snapshots(properties, vocabulary, wordings, ledger, redis, clock, chart, reporting,
                DigestChannel.firstReaching(channel.orderedStream().toList()));
    }

    @Bean(destroyMethod = "close")
    CurrentKnowledge currentKnowledge(Snapshots snapshots) {
        return new CurrentKnowledge(snapshots);
    }

    /** Watches the files when {@code assistant.knowledge.watch} is on (the default). */
    @Bean(destroyMethod = "close")
    KnowledgeWatcher knowledgeWatcher(CurrentKnowledge current, AssistantProperties properties) {
        KnowledgeWatcher watcher = new KnowledgeWatcher(current, properties.knowledgeDir(), properties.roster());
        if (properties.knowledge().watch()) {
            watcher.start();
        }
        return watcher;
    }

    /** The digest of the knowledge and roster in use, for the digest's schedule. */
    @Bean
    Supplier<DigestService> currentDigest(CurrentKnowledge current) {
        return () -> current.get().digest();
    }

    @Bean
    ConversationCore conversationCore(CurrentKnowledge current, ReplyMemory memory, AssistantProperties properties,
                                      cn.duban.assistant.workbench.WorkbenchProperties workbench) {
        return new ConversationCore(current, memory, properties.digest().chart(),
                new cn.duban.assistant.workbench.ExportLinks(workbench.baseUrl()));
    }
}
