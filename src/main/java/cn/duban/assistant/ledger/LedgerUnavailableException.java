package cn.duban.assistant.ledger;

import java.util.function.Supplier;

import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;

/** Redis cannot be reached: nothing was recorded. */
public class LedgerUnavailableException extends RuntimeException {

    public LedgerUnavailableException(Throwable cause) {
        super("the ledger's Redis cannot be reached: " + cause.getMessage(), cause);
    }

    /**
     * Runs a call to the ledger's Redis: a Redis that cannot be reached (or did not answer) becomes this exception, an
     * error Redis answered (a script's, a wrong type) stays as it is.
     */
    public static <T> T guarded(Supplier<T> call) {
        try {
            return call.get();
        } catch (JedisDataException e) {
            throw e;
        } catch (JedisException e) {
            throw new LedgerUnavailableException(e);
        }
    }
}
