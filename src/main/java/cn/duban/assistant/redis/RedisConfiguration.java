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
                RedisDurability.of(redis).check(properties.redis().requireDurable());
            } catch (RuntimeException e) {
                redis.close();
                throw e;
            }
        }
        return redis;
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
