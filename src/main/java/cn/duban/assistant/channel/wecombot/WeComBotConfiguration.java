package cn.duban.assistant.channel.wecombot;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.type.AnnotatedTypeMetadata;

import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.conversation.ConversationCore;
import cn.duban.assistant.conversation.CurrentKnowledge;
import cn.duban.assistant.digest.DigestChannel;
import redis.clients.jedis.UnifiedJedis;

/**
 * The 智能机器人, when {@code assistant.wecom-bot.bot-id} and {@code …secret} are set: pushes through the Redis outbox
 * in every process (the service, {@code push-daily}); the connection itself only in the service (a terminal command
 * must not take the bot's one connection from it).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(WeComBotConfiguration.Configured.class)
class WeComBotConfiguration {

    /** BotID and Secret are set (in any form Spring Boot binds, e.g. env ASSISTANT_WECOMBOT_BOTID). */
    static class Configured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Binder.get(context.getEnvironment()).bind("assistant", Bindable.of(AssistantProperties.class))
                    .map(properties -> properties.wecomBot() != null && properties.wecomBot().configured())
                    .orElse(false);
        }
    }

    @Bean
    BotLease botLease(UnifiedJedis redis, AssistantProperties properties) {
        return new BotLease(redis, properties.wecomBot().botId(), properties.wecomBot().lease());
    }

    @Bean
    BotOutbox botOutbox(UnifiedJedis redis, AssistantProperties properties, BotLease lease) {
        return new BotOutbox(redis, properties.wecomBot().sendTimeout(), lease);
    }

    @Bean
    @Order(2)
    DigestChannel botDigestChannel(BotOutbox outbox) {
        return new BotDigestChannel(outbox);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnWebApplication
    BotInbox botInbox(ConversationCore core, CurrentKnowledge current, AssistantClock clock, BotOutbox outbox) {
        AtomicInteger number = new AtomicInteger();
        // unbounded: a full queue must not make the socket's own thread wait (it delivers the acknowledgements);
        // WeChat Work keeps at most three messages of one member in flight
        return new BotInbox(core, current, clock, new ThreadPoolExecutor(16, 16, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "wecombot-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }), outbox, new BotImages(java.time.Duration.ofSeconds(10)));
    }

    @Bean
    @ConditionalOnWebApplication
    BotLink botLink(AssistantProperties properties, BotLease lease, BotInbox inbox, BotOutbox outbox) {
        return new BotLink(properties.wecomBot(), lease, inbox, outbox);
    }
}
