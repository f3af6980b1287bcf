package cn.duban.assistant.channel.wecom;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * The marks of messages whose answer went through the API ({@code message/send}), so that WeChat Work's retry of
 * such a message gets an empty reply and the member no second answer. A mark names the callback that set it: in
 * Redis ({@code wecom:message:<id>}, kept {@code assistant.ledger.reply-memory}) for other instances and a later
 * run, and in this process for its own repeats.
 */
final class ApiMarks {

    private static final Logger log = LoggerFactory.getLogger(ApiMarks.class);
    private static final String STATE = "duban:{ledger}:wecom:message:";
    private static final String BY_API = "api";
    /** A message younger than this (by its CreateTime) cannot be WeChat Work's retry of it: see tooYoungForARetry. */
    private static final long YOUNGEST_RETRY_SECONDS = 3;
    /** How many of its own marks this process keeps; a retry comes within a minute, Redis keeps them longer. */
    private static final int MARKS_KEPT = 10_000;

    /** This instance's mark prefix (instances share Redis), and a counter of its callbacks: a mark per callback. */
    private final String instance = BY_API + ':' + UUID.randomUUID() + ':';
    private final AtomicLong callbacks = new AtomicLong();
    private final Map<String, String> sentByApi = java.util.Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MARKS_KEPT;
        }
    });
    private final UnifiedJedis redis;
    private final Duration memory;

    /** Marks in {@code redis}, each kept for {@code memory}. */
    ApiMarks(UnifiedJedis redis, Duration memory) {
        this.redis = redis;
        this.memory = memory;
    }

    /** A new callback's name, unique across instances: what its mark says. */
    String newCallback() {
        return instance + callbacks.incrementAndGet();
    }

    /**
     * Whether the answer to this message went through the API on an earlier callback (not {@code callback}, which
     * may mark itself before its answer starts), so that a repeat gets an empty reply; {@code createTime} is the
     * message's CreateTime. Only that case needs a mark: repeats of
     * anything else go to the conversation core, which answers them from its reply memory. This process's own marks
     * are looked at first; Redis (where other instances' and an earlier run's marks are) only for a message old
     * enough to be WeChat Work's retry, so that a message as it first arrives costs no Redis round trip.
     */
    boolean sentBefore(String messageId, String createTime, String callback) {
        String mine = sentByApi.get(messageId);
        if (mine != null) {
            return !mine.equals(callback);
        }
        if (tooYoungForARetry(createTime)) {
            return false;
        }
        try {
            String state = redis.get(STATE + messageId);
            return state != null && state.startsWith(BY_API) && !state.equals(callback);
        } catch (RuntimeException e) {
            log.warn("无法读取消息 {} 的处理状态: {}", messageId, e.getMessage());
            return false;
        }
    }

    /**
     * Whether a message stamped {@code createTime} (seconds since the epoch, WeChat Work's clock) is too young to be
     * a retry: WeChat Work sends a callback again only after waiting 5 s for its answer, so a retry's message is at
     * least 5 s old. Younger than {@link #YOUNGEST_RETRY_SECONDS} by this server's clock allows it to be 2 s behind
     * WeChat Work's. A time that cannot be read counts as old.
     */
    private static boolean tooYoungForARetry(String createTime) {
        try {
            long age = System.currentTimeMillis() / 1000 - Long.parseLong(createTime.strip());
            return age < YOUNGEST_RETRY_SECONDS;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Marks the message as answered through the API by this callback, unless an earlier callback did (NX): in this
     * process, and in Redis for other instances and a later run.
     */
    void mark(String messageId, String state) {
        sentByApi.putIfAbsent(messageId, state);
        try {
            redis.set(STATE + messageId, state, SetParams.setParams().nx().ex(memory.toSeconds()));
        } catch (RuntimeException e) {
            log.warn("无法记录消息 {} 的处理状态: {}", messageId, e.getMessage());
        }
    }
}
