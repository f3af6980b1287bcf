package cn.duban.assistant.conversation;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;

/**
 * Remembers the reply to every message id for a while (48 h by default), so that a message delivered again — WeChat
 * Work retries for 15 s, people resend — gets the same reply and has no second effect. A message with an effect
 * outside the ledger (是, 否, a choice, 汇总 with its chart) is first claimed atomically, so that of copies arriving
 * at once only one acts and the others get its reply. When Redis is down it remembers nothing; the ledger still
 * refuses a second effect on its own. The reply to a question, which has no effect to protect, is kept in this
 * process only ({@link #answered}): a question costs no durable Redis write, and a copy that reaches another instance
 * or comes after a restart is simply answered afresh.
 */
public class ReplyMemory {

    private static final Logger log = LoggerFactory.getLogger(ReplyMemory.class);
    private static final String PREFIX = "duban:{ledger}:reply:";
    /** The value of a claimed message whose reply is not ready yet. */
    private static final String CLAIMED = "\u0000";
    /** Starts the value of a reply that went out with the digest's chart. */
    private static final String WITH_CHART = "\u0001";
    private static final long POLL_MILLIS = 50;
    /** How long a claim holds without its reply: longer than any answer takes, even a settled report (20 s). */
    private static final long CLAIM_SECONDS = 60;
    /** Replies to questions kept in this process: WeChat Work's retries come within seconds, so a few thousand do. */
    private static final int ANSWERS_KEPT = 4096;

    /**
     * A remembered reply.
     *
     * @param text      the reply's text
     * @param withChart whether it went out with a chart (a copy of the message gets the text only, if anything)
     */
    public record Kept(String text, boolean withChart) {
    }

    private final UnifiedJedis redis;
    private final Duration memory;
    /** The latest replies to questions by message id, oldest dropped first; guarded by itself. */
    private final Map<String, String> answers = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > ANSWERS_KEPT;
        }
    };

    public ReplyMemory(UnifiedJedis redis, Duration memory) {
        this.redis = redis;
        this.memory = memory;
    }

    /**
     * The reply kept for this message id; when the message is claimed and its reply is still being made, waits for it
     * up to {@code wait}. Empty when none is kept (or Redis cannot say).
     */
    public Optional<Kept> recall(String messageId, Duration wait) {
        Optional<Kept> here = recallHere(messageId);
        if (here.isPresent()) {
            return here;
        }
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            String stored = redis.get(PREFIX + messageId);
            while (CLAIMED.equals(stored) && System.nanoTime() < deadline) {
                Thread.sleep(POLL_MILLIS);
                stored = redis.get(PREFIX + messageId);
            }
            if (stored == null || CLAIMED.equals(stored)) {
                return Optional.empty();
            }
            return Optional.of(stored.startsWith(WITH_CHART) ? new Kept(stored.substring(1), true) : new Kept(stored, false));
        } catch (JedisException e) {
            log.warn("读取消息记录失败: {}", e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The reply kept in this process for a question with this message id ({@link #answered}); empty when none. */
    public Optional<Kept> recallHere(String messageId) {
        synchronized (answers) {
            return Optional.ofNullable(answers.get(messageId)).map(answer -> new Kept(answer, false));
        }
    }

    /**
     * Claims a message id before acting on it: true for the first copy (and when Redis cannot tell: the ledger still
     * guards its own changes), false when another copy claimed it.
     */
    public boolean claim(String messageId) {
        try {
            // a short claim: should the first copy fail before its reply is kept, later copies are not kept waiting long
            return redis.set(PREFIX + messageId, CLAIMED, SetParams.setParams().nx().ex(CLAIM_SECONDS)) != null;
        } catch (JedisException e) {
            log.warn("无法登记消息 {}: {}", messageId, e.getMessage());
            return true;
        }
    }

    /** Keeps the reply of a claimed message, for its copies. */
    public void keep(String messageId, String reply, boolean withChart) {
        try {
            redis.set(PREFIX + messageId, withChart ? WITH_CHART + reply : reply, SetParams.setParams().ex(memory.toSeconds()));
        } catch (JedisException e) {
            log.warn("保存消息记录失败: {}", e.getMessage());
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
            return kept == null || CLAIMED.equals(kept) ? reply : kept.startsWith(WITH_CHART) ? kept.substring(1) : kept;
        } catch (JedisException e) {
            log.warn("保存消息记录失败: {}", e.getMessage());
            return reply;
        }
    }

    /**
     * Keeps the reply to a question — a message with no effect — in this process only, unless one is kept already
     * for its message id; returns the reply that is kept. Nothing is written to Redis.
     */
    public String answered(String messageId, String reply) {
        synchronized (answers) {
            String kept = answers.putIfAbsent(messageId, reply);
            return kept == null ? reply : kept;
        }
    }
}
