package cn.duban.assistant.ledger;

import java.util.List;

import cn.duban.assistant.redis.LuaScript;
import cn.duban.assistant.redis.RedisUnavailableException;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Runs a write script keyed by a message id (the ledger's figures, the tasks' notes) and tells its failures apart:
 * not sent, or the script failed to load — nothing changed ({@link LedgerUnavailableException}); sent without an
 * answer — it may have been made ({@link LedgerUncertainException}, settled by message id); a script error
 * ({@link JedisDataException}) as it is.
 */
public final class ScriptWrites {

    private ScriptWrites() {
    }

    /** The script's reply (a list) to {@code args} for the message {@code messageId}. */
    public static List<?> run(LuaScript script, UnifiedJedis redis, List<String> args, String messageId) {
        try {
            return (List<?>) script.run(redis, args, e -> e instanceof JedisException failure
                    && !(e instanceof JedisDataException) ? new LedgerUnavailableException(failure) : e);
        } catch (JedisDataException e) {
            throw e;
        } catch (JedisException e) {
            if (RedisUnavailableException.notSent(e)) {
                throw new LedgerUnavailableException(e);
            }
            throw new LedgerUncertainException(messageId, e);
        }
    }
}
