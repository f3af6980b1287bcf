package cn.duban.assistant.reporting;

import java.time.Duration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/** The question each reporter is asked and not yet answered, in Redis with an expiry; one per reporter. */
final class PendingQuestions {

    private static final String PREFIX = "duban:{ledger}:pending:";

    private final UnifiedJedis redis;
    private final Duration timeout;
    private final ObjectMapper json = new ObjectMapper();

    PendingQuestions(UnifiedJedis redis, Duration timeout) {
        this.redis = redis;
        this.timeout = timeout;
    }

    /** The Redis key of a reporter's question; the ledger script deletes it when an answer is recorded. */
    static String key(String userId) {
        return PREFIX + userId;
    }

    void ask(String userId, PendingQuestion question) {
        try {
            redis.set(key(userId), json.writeValueAsString(question), SetParams.setParams().ex(timeout.toSeconds()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The question waiting for this reporter, or null. */
    PendingQuestion waiting(String userId) {
        String stored = redis.get(key(userId));
        if (stored == null) {
            return null;
        }
        try {
            return json.readValue(stored, PendingQuestion.class);
        } catch (JsonProcessingException e) {
            redis.del(key(userId));
            return null;
        }
    }

    void drop(String userId) {
        redis.del(key(userId));
    }
}
