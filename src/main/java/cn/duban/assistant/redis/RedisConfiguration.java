package cn.duban.assistant.redis;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.config.DataFolder;
import redis.clients.jedis.UnifiedJedis;

/**
 * The Redis client; with no {@code assistant.redis.url} (nor Sentinel or Cluster) an embedded redis-server first.
 * An external Redis is checked to keep what it acknowledged ({@link RedisDurability}).
 */
@Configuration(proxyBeanMethods = false)
class RedisConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RedisConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedRedisHolder embeddedRedis(AssistantProperties properties, DataFolder data) {
        return new EmbeddedRedisHolder(properties.redis().embedded()
                ? EmbeddedRedis.start(data.path().resolve("redis")) : null);
    }

    @Bean(destroyMethod = "close")
    UnifiedJedis redis(AssistantProperties properties, EmbeddedRedisHolder embedded) {
        UnifiedJedis redis = RedisConnections.connect(properties.redis(), embedded.redis() == null ? null : embedded.redis().url());
        if (!properties.redis().embedded()) {
            log.info("使用外部 Redis");
            try {
                refuseWrongLogin(redis);
                RedisDurability.of(redis).check(properties.redis().requireDurable());
            } catch (RuntimeException e) {
                redis.close();
                throw e;
            }
        }
        return redis;
    }

    /**
     * A Redis that answers but refuses the password, or has no such database, would refuse every report: that stops
     * startup. One that cannot be reached now is left to the health check (it may come up later).
     */
    private static void refuseWrongLogin(UnifiedJedis redis) {
        try {
            redis.ping();
        } catch (redis.clients.jedis.exceptions.JedisException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                String message = String.valueOf(cause.getMessage());
                if (message.contains("WRONGPASS") || message.contains("NOAUTH") || message.contains("invalid password")
                        || message.contains("invalid username")) {
                    throw new cn.duban.assistant.config.StartupException("外部 Redis 拒绝登录(密码或用户名不对)",
                            "请改正 assistant.redis.url 中的密码(redis://:密码@主机:端口)或 assistant.redis.password 后重新启动。", e);
                }
                if (message.contains("DB index")) {
                    throw new cn.duban.assistant.config.StartupException("外部 Redis 没有 assistant.redis.url 中的库号",
                            "请改用 Redis 配置的库号范围内的库号(一般是 0 到 15,例如 redis://主机:6379/0)后重新启动。", e);
                }
            }
        }
    }

    /** The embedded server, or none when an external Redis is configured. */
    record EmbeddedRedisHolder(EmbeddedRedis redis) implements AutoCloseable {
        @Override
        public void close() {
            if (redis != null) {
                redis.close();
            }
        }
    }

    @Bean
    RedisHealthIndicator redisHealthIndicator(ObjectProvider<UnifiedJedis> redis) {
        return new RedisHealthIndicator(redis);
    }
}
