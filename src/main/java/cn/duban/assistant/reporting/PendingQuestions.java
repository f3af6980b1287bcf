package cn.duban.assistant.reporting;

import java.time.Duration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.duban.assistant.ledger.Ledger;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * The question each reporter is asked and not yet answered, in Redis with an expiry; one per reporter. A question is
 * stale once the reporter has reported (or withdrawn) anything since it was asked: a later 是 must not confirm it.
 */
final class PendingQuestions {

    private static final String PREFIX = "duban:{ledger}:pending:";

    private final UnifiedJedis redis;
    private final Ledger ledger;
    private final Duration timeout;
    private final ObjectMapper json = new ObjectMapper();

    PendingQuestions(UnifiedJedis redis, Ledger ledger, Duration timeout) {
        this.redis = redis;
        this.ledger = ledger;
        this.timeout = timeout;
    }

    /** The Redis key of a reporter's question; the ledger script deletes it when an answer is recorded. */
    static String key(String userId) {
        return PREFIX + userId;
    }

    void ask(String userId, PendingQuestion question) {
        PendingQuestion asked = new PendingQuestion(question.kind(), question.items(), question.entryId(), question.raw(),
                question.newKind(), ledger.lastReportId(userId));
        try {
            redis.set(key(userId), json.writeValueAsString(asked), SetParams.setParams().ex(timeout.toSeconds()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The question waiting for this reporter, or null (also when it went stale, and then it is dropped). */
    PendingQuestion waiting(String userId) {
        String stored = redis.get(key(userId));
        if (stored == null) {
            return null;
        }
        try {
            PendingQuestion question = json.readValue(stored, PendingQuestion.class);
            if (question.afterEntry() != ledger.lastReportId(userId)) {
                redis.del(key(userId));
                return null;
            }
            return question;
        } catch (JsonProcessingException e) {
            redis.del(key(userId));
            return null;
        }
    }

    void drop(String userId) {
        redis.del(key(userId));
    }
}
