package cn.duban.assistant.conversation;

import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;

/**
 * Remembers the reply to every message id for a while (48 h by default), so that a message delivered again — WeChat
 * Work retries for 15 s, people resend — gets the same reply and has no second effect. When Redis is down it
 * remembers nothing; the ledger still refuses a second effect on its own.
 */
public class ReplyMemory {

    private static final Logger log = LoggerFactory.getLogger(ReplyMemory.class);
    private static final String PREFIX = "duban:{ledger}:reply:";

    private final UnifiedJedis redis;
    private final Duration memory;

    public ReplyMemory(UnifiedJedis redis, Duration memory) {
        this.redis = redis;
        this.memory = memory;
    }

    public Optional<String> recall(String messageId) {
        try {
            return Optional.ofNullable(redis.get(PREFIX + messageId));
        } catch (JedisException e) {
            log.warn("读取消息记录失败: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** Keeps the reply unless one is kept already; returns the reply that is kept. */
    public String remember(String messageId, String reply) {
        try {
            String stored = redis.set(PREFIX + messageId, reply, SetParams.setParams().nx().ex(memory.toSeconds()));
            if (stored != null) {
                return reply;
            }
            String kept = redis.get(PREFIX + messageId);
            return kept == null ? reply : kept;
        } catch (JedisException e) {
            log.warn("保存消息记录失败: {}", e.getMessage());
            return reply;
        }
    }
}
