package cn.duban.assistant.tasks;

import static cn.duban.assistant.ledger.LedgerUnavailableException.guarded;

import java.time.Duration;

import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * The questions about notes waiting for the writer's answer, in Redis beside the notes: {@code tn:pending:<user>} a
 * note waiting for "which task", {@code tn:pending-withdraw:<user>} a second 撤回 waiting for 是 (the note's id and
 * the message as written). Each expires with the question.
 */
public final class NotePending {

    private static final String WHICH = TaskNotes.PREFIX + "pending:";
    private static final String WITHDRAW = TaskNotes.PREFIX + "pending-withdraw:";

    private final UnifiedJedis redis;

    /** The questions in this Redis. */
    public NotePending(UnifiedJedis redis) {
        this.redis = redis;
    }

    /** Remembers a note waiting for "which task" ({@code value}), for {@code timeout}. */
    void ask(String userId, String value, Duration timeout) {
        set(WHICH + userId, value, timeout);
    }

    /** The note waiting for "which task", or null. */
    String pending(String userId) {
        return guarded(() -> redis.get(WHICH + userId));
    }

    /** Drops the note waiting for "which task"; whether there was one. */
    boolean drop(String userId) {
        return guarded(() -> redis.del(WHICH + userId)) > 0;
    }

    /** Remembers a 撤回 of note {@code noteId} waiting for 是, for {@code timeout}; drops a waiting "which task". */
    void askWithdraw(String userId, long noteId, String raw, Duration timeout) {
        drop(userId);
        set(WITHDRAW + userId, noteId + "\u0001" + raw, timeout);
    }

    /** The 撤回 waiting for 是: the note's id and the message as written; null when none waits. */
    String[] withdrawal(String userId) {
        String value = guarded(() -> redis.get(WITHDRAW + userId));
        return value == null ? null : value.split("\u0001", 2);
    }

    /** Drops the 撤回 waiting for 是; whether there was one. */
    boolean dropWithdrawal(String userId) {
        return guarded(() -> redis.del(WITHDRAW + userId)) > 0;
    }

    private void set(String key, String value, Duration timeout) {
        guarded(() -> redis.set(key, value, SetParams.setParams().ex(Math.max(1, timeout.toSeconds()))));
    }

}
