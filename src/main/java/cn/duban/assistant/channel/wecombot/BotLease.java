package cn.duban.assistant.channel.wecombot;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * The right to hold the bot's one long connection (WeChat Work allows one live connection per bot; a second replaces
 * the first). A Redis key with an expiry names the holding instance; the holder renews it, and when the holder dies
 * the key expires and another instance takes it. Renewing and releasing check the holder first (a Lua script), so
 * an instance never extends or removes another's lease.
 */
final class BotLease {

    private static final String RENEW = "if redis.call('get', KEYS[1]) == ARGV[1] then "
            + "return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";
    private static final String RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then "
            + "return redis.call('del', KEYS[1]) else return 0 end";

    private final UnifiedJedis redis;
    private final String key;
    private final String holder = UUID.randomUUID().toString();
    private final Duration length;

    /**
     * @param botId  the bot (one lease per bot)
     * @param length how long the lease lasts without renewal
     */
    BotLease(UnifiedJedis redis, String botId, Duration length) {
        this.redis = redis;
        this.key = "duban:{ledger}:wecombot:lease:" + botId;
        this.length = length;
    }

    /**
     * Takes the lease if nobody holds it, or renews it if this instance does.
     *
     * @return whether this instance holds it now
     * @throws redis.clients.jedis.exceptions.JedisException when Redis cannot be reached
     */
    boolean hold() {
        Object renewed = redis.eval(RENEW, List.of(key), List.of(holder, Long.toString(length.toMillis())));
        if (renewed instanceof Long count && count == 1) {
            return true;
        }
        return "OK".equals(redis.set(key, holder, SetParams.setParams().nx().px(length.toMillis())));
    }

    /** Gives the lease up if this instance holds it (shutdown), so another takes over at once. */
    void release() {
        redis.eval(RELEASE, List.of(key), List.of(holder));
    }

    /** Whether some instance (this or another) holds the lease now. */
    boolean heldByAnyone() {
        return redis.exists(key);
    }
}
