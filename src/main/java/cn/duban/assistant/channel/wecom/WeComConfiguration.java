package cn.duban.assistant.channel.wecom;

import java.time.Clock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.conversation.ConversationCore;
import cn.duban.assistant.conversation.CurrentKnowledge;
import cn.duban.assistant.digest.DigestChannel;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.api.impl.WxCpServiceImpl;
import redis.clients.jedis.UnifiedJedis;

/** The WeChat Work app, when {@code assistant.wecom.*} is set: SDK, shared token, sender, inbox. */
@Configuration(proxyBeanMethods = false)
@Conditional(WeComConfiguration.Configured.class)
class WeComConfiguration {

    /** How long an answer that cannot go out through message/send is tried again (WeChat Work or Redis down). */
    static final java.time.Duration DELIVERY_RETRIES = java.time.Duration.ofMinutes(10);

    /** All of corp-id, agent-id, secret, token and aes-key are set (in any form Spring Boot binds). */
    static class Configured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Binder.get(context.getEnvironment()).bind("assistant", Bindable.of(AssistantProperties.class))
                    .map(properties -> properties.wecom() != null && properties.wecom().configured()).orElse(false);
        }
    }

    @Bean
    WxCpService wxCpService(AssistantProperties properties, UnifiedJedis redis) {
        AssistantProperties.Wecom settings = properties.wecom();
        SharedTokenConfig config = new SharedTokenConfig(redis, settings.corpId(), settings.agentId());
        config.setCorpId(settings.corpId());
        config.setAgentId(settings.agentId());
        config.setCorpSecret(settings.secret());
        config.setToken(settings.token());
        config.setAesKey(settings.aesKey());
        config.setBaseApiUrl(settings.apiBaseUrl());
        WxCpServiceImpl service = new WxCpServiceImpl();
        service.setWxCpConfigStorage(config);
        service.setRetrySleepMillis((int) settings.retrySleep().toMillis());
        service.setMaxRetryTimes(settings.maxRetries());
        return service;
    }

    @Bean
    WeComSender weComSender(WxCpService service, UnifiedJedis redis, AssistantProperties properties) {
        AssistantProperties.Wecom settings = properties.wecom();
        return new WeComSender(service, redis, settings.agentId(), settings.retrySleep(), settings.maxRetries(),
                settings.messagesPerMinute(), Clock.systemUTC());
    }

    @Bean
    @org.springframework.core.annotation.Order(1)
    DigestChannel weComDigestChannel(WeComSender sender) {
        return new WeComDigestChannel(sender);
    }

    @Bean(destroyMethod = "shutdown")
    ExecutorService weComWorkers() {
        AtomicInteger number = new AtomicInteger();
        return new ThreadPoolExecutor(8, 32, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(2000), runnable -> {
            Thread thread = new Thread(runnable, "wecom-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
    }

    /**
     * Answers going out through message/send, retried when they cannot go out at once. Its timer is its own (a
     * {@code ScheduledExecutorService} bean would replace Spring's scheduler for the digest).
     */
    @Bean(destroyMethod = "close")
    LaterDeliveries laterDeliveries(WeComSender sender) {
        return new LaterDeliveries(sender, DELIVERY_RETRIES);
    }

    @Bean
    WeComApp weComApp(AssistantProperties properties, ConversationCore core,
                      CurrentKnowledge current, AssistantClock clock, UnifiedJedis redis, ExecutorService weComWorkers,
                      LaterDeliveries deliveries, WxCpService service) {
        AssistantProperties.Wecom settings = properties.wecom();
        WeComInbox inbox = new WeComInbox(core, deliveries, current, clock, redis, weComWorkers, settings.replyBudget(),
                properties.ledger().replyMemory(), new WeComImages(service));
        return new WeComApp(settings.corpId(), settings.agentId(),
                new CorpCheckingCrypt(settings.token(), settings.aesKey(), settings.corpId()), inbox,
                new TimestampWindow(Clock.systemUTC(), settings.maxClockSkew()), settings.bodyTimeout());
    }
}
