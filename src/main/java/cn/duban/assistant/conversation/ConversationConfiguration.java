package cn.duban.assistant.conversation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.digest.DigestService;
import cn.duban.assistant.knowledge.AnswerComposer;
import cn.duban.assistant.knowledge.ReportAnswerer;
import cn.duban.assistant.progress.ProgressService;
import cn.duban.assistant.reporting.ReportingService;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.wording.Replies;
import redis.clients.jedis.UnifiedJedis;

/** The conversation core and its memory of replies. */
@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

    @Bean
    ReplyMemory replyMemory(UnifiedJedis redis, AssistantProperties properties) {
        return new ReplyMemory(redis, properties.ledger().replyMemory());
    }

    @Bean
    ConversationCore conversationCore(ReportAnswerer answerer, AnswerComposer composer, Replies replies,
                                      ReportingService reporting, ProgressService progress, Roster roster,
                                      ReplyMemory memory, DigestService digest, AssistantProperties properties) {
        return new ConversationCore(answerer, composer, replies, reporting, progress, roster, memory, digest, properties);
    }
}
