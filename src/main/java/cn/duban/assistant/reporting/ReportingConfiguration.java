package cn.duban.assistant.reporting;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.ledger.Ledger;
import cn.duban.assistant.progress.ProgressService;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.vocabulary.Vocabulary;
import redis.clients.jedis.UnifiedJedis;

/** Progress and reporting services. */
@Configuration(proxyBeanMethods = false)
class ReportingConfiguration {

    @Bean
    ProgressService progressService(Knowledge knowledge, Ledger ledger, Roster roster, AssistantClock clock,
                                    AssistantProperties properties) {
        return new ProgressService(knowledge, ledger, roster, clock, properties);
    }

    @Bean
    ReportingService reportingService(Knowledge knowledge, Ledger ledger, Roster roster, ProgressService progress,
                                      Vocabulary vocabulary, UnifiedJedis redis, AssistantClock clock,
                                      AssistantProperties properties) {
        return ReportingService.create(knowledge, ledger, roster, progress, vocabulary, redis, clock, properties);
    }
}
