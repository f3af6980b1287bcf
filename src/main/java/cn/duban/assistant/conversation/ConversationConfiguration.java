package cn.duban.assistant.conversation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.digest.DigestService;
import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.ReportAnswerer;
import cn.duban.assistant.progress.ProgressService;
import cn.duban.assistant.reporting.ReportingService;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.understanding.MessageReader;
import cn.duban.assistant.vocabulary.Vocabulary;
import cn.duban.assistant.wording.Wording;
import redis.clients.jedis.UnifiedJedis;

/** The conversation core, the message reader and the memory of replies. */
@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

    @Bean
    ReplyMemory replyMemory(UnifiedJedis redis, AssistantProperties properties) {
        return new ReplyMemory(redis, properties.ledger().replyMemory());
    }

    @Bean
    MessageReader messageReader(Knowledge knowledge, Roster roster, Vocabulary vocabulary, AssistantProperties properties) {
        return new MessageReader(knowledge, roster, vocabulary, properties.maxMessageLength());
    }

    @Bean
    ConversationCore conversationCore(MessageReader reader, ReportingService reporting, ProgressService progress,
                                      ReportAnswerer answerer, DigestService digest, Wording wording, Roster roster,
                                      ReplyMemory memory, AssistantProperties properties) {
        return new ConversationCore(reader, reporting, progress, answerer, digest, wording, roster, memory,
                properties.digest().chart());
    }
}
