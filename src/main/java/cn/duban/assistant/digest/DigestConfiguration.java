package cn.duban.assistant.digest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.ledger.Ledger;
import cn.duban.assistant.progress.ProgressService;
import cn.duban.assistant.roster.Roster;
import redis.clients.jedis.UnifiedJedis;

/** The digest; its delivery only where a channel (WeChat Work) is configured. */
@Configuration(proxyBeanMethods = false)
class DigestConfiguration {

    @Bean
    DigestComposer digestComposer(Knowledge knowledge, Ledger ledger, ProgressService progress, AssistantClock clock,
                                  AssistantProperties properties) {
        return new DigestComposer(knowledge, ledger, progress, clock, new ProgressChart(properties.digest().chartFont()));
    }

    @Bean
    DigestService digestService(DigestComposer composer, ObjectProvider<DigestChannel> channel, Roster roster,
                                ProgressService progress, DigestWriter writer, AssistantProperties properties,
                                AssistantClock clock, UnifiedJedis redis, Ledger ledger) {
        DigestChannel available = channel.getIfAvailable();
        if (available == null) {
            return new DigestService(composer, null, null, redis, clock);
        }
        return new DigestService(composer, new DigestDelivery(composer, writer, available, roster, properties, clock, redis, ledger),
                new ReminderDelivery(progress, roster, writer, available, new OncePerDay(redis, clock)), redis, clock);
    }
}
