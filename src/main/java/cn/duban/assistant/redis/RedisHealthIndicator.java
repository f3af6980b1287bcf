package cn.duban.assistant.redis;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

import redis.clients.jedis.UnifiedJedis;

/** {@code /actuator/health} shows Redis up or down; questions are still answered while it is down. */
class RedisHealthIndicator implements HealthIndicator {

    private final ObjectProvider<UnifiedJedis> redis;

    RedisHealthIndicator(ObjectProvider<UnifiedJedis> redis) {
        this.redis = redis;
    }

    @Override
    public Health health() {
        try {
            String pong = redis.getObject().ping();
            return Health.up().withDetail("ping", pong).build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName() + ": " + e.getMessage()).build();
        }
    }
}
