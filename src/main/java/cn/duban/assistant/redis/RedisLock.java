package cn.duban.assistant.redis;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * A lock shared by all instances through Redis (SET NX PX, released only by its holder): one access token fetch, one
 * digest run at a time across the whole deployment. A holder that dies releases it when its lease expires.
 */
public final class RedisLock implements Lock {

    private static final String RELEASE = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";
    private static final long POLL_MILLIS = 20;

    private final UnifiedJedis redis;
    private final String key;
    private final Duration lease;
    private final ThreadLocal<String> holder = new ThreadLocal<>();

    public RedisLock(UnifiedJedis redis, String key, Duration lease) {
        this.redis = redis;
        this.key = key;
        this.lease = lease;
    }

    @Override
    public void lock() {
        while (!tryLock()) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + key, e);
            }
        }
    }

    @Override
    public void lockInterruptibly() throws InterruptedException {
        while (!tryLock()) {
            Thread.sleep(POLL_MILLIS);
        }
    }

    @Override
    public boolean tryLock() {
        String token = UUID.randomUUID().toString();
        if ("OK".equals(redis.set(key, token, SetParams.setParams().nx().px(lease.toMillis())))) {
            holder.set(token);
            return true;
        }
        return false;
    }

    @Override
    public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(time);
        while (!tryLock()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return true;
    }

    @Override
    public void unlock() {
        String token = holder.get();
        if (token != null) {
            redis.eval(RELEASE, List.of(key), List.of(token));
            holder.remove();
        }
    }

    @Override
    public Condition newCondition() {
        throw new UnsupportedOperationException("no conditions on a Redis lock");
    }
}
