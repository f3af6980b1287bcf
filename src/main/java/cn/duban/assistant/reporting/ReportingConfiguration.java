package cn.duban.assistant.reporting;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.ledger.Ledger;
import cn.duban.assistant.vocabulary.Vocabulary;
import redis.clients.jedis.UnifiedJedis;

/** The reporting factory: one for the application, building a reporting service on each load of the knowledge. */
@Configuration(proxyBeanMethods = false)
class ReportingConfiguration {

    @Bean
    ReportingFactory reportingFactory(Ledger ledger, Vocabulary vocabulary, UnifiedJedis redis, AssistantClock clock,
                                      AssistantProperties properties) {
        return new ReportingFactory(ledger, vocabulary, redis, clock, properties);
    }
}
