package cn.duban.assistant.redis;

import java.net.ConnectException;

import redis.clients.jedis.exceptions.JedisConnectionException;

/**
 * A Redis command that was not sent, because Redis failed a moment ago and is not tried again yet. Unlike a timeout,
 * it certainly had no effect.
 */
public final class RedisUnavailableException extends JedisConnectionException {

    RedisUnavailableException() {
        super("Redis 暂时无法访问(刚才无响应,稍后重试)");
    }

    /**
     * Whether a failed command certainly never reached Redis (not sent, or no connection could be made), so that it
     * had no effect; otherwise — a timeout, a connection reset — Redis may have carried it out.
     */
    public static boolean notSent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RedisUnavailableException || cause instanceof ConnectException
                    || cause instanceof java.util.NoSuchElementException) {
                return true;
            }
        }
        return false;
    }
}
