package cn.duban.assistant.ledger;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.duban.assistant.config.AssistantProperties;
import redis.clients.jedis.UnifiedJedis;

/** The ledger on the configured Redis. */
@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

    @Bean
    Ledger ledger(UnifiedJedis redis, AssistantProperties properties) {
        return new Ledger(redis, properties.ledger().replyMemory());
    }
}
