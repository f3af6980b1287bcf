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

    /**
     * The embedded server of the data folder. A terminal command beside a running service on the same folder uses
     * that service's server (one server per folder); the service itself refuses to start beside another.
     */
    @Bean(destroyMethod = "close")
    EmbeddedRedisHolder embeddedRedis(AssistantProperties properties, DataFolder data,
                                      org.springframework.context.ApplicationContext context) {
        if (!properties.redis().embedded()) {
            return new EmbeddedRedisHolder(null, null, null);
        }
        java.nio.file.Path folder = data.path().resolve("redis");
        if (!(context instanceof org.springframework.boot.web.context.WebServerApplicationContext)) {
            java.util.Optional<String> running = EmbeddedRedis.inUseBy(folder);
            if (running.isPresent()) {
                log.info("数据目录的嵌入式 Redis 正由运行中的助手使用,本命令连接它: {}", running.get());
                return new EmbeddedRedisHolder(null, running.get(), null);
            }
        }
        EmbeddedRedis started = EmbeddedRedis.start(folder);
        return new EmbeddedRedisHolder(started, started.url(), started.socket().orElse(null));
    }

    @Bean(destroyMethod = "close")
    UnifiedJedis redis(AssistantProperties properties, EmbeddedRedisHolder embedded) {
        UnifiedJedis redis = RedisConnections.connect(properties.redis(), embedded.url(), embedded.socket());
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

    /**
     * The embedded server this process started (null: an external Redis, or a running service's server), the
     * address to connect to (null: external) and its Unix socket (null: connect to the address).
     */
    record EmbeddedRedisHolder(EmbeddedRedis redis, String url, java.nio.file.Path socket) implements AutoCloseable {
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
