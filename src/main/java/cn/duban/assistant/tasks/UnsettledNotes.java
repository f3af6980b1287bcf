package cn.duban.assistant.tasks;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.duban.assistant.ledger.LedgerUncertainException;
import cn.duban.assistant.ledger.Unsettled;

/**
 * Note writes that Redis took without answering (a frozen or killed server), as the ledger's reports: what became of
 * them is found out by message id ({@link TaskNotes#settle}) before the writer is told, waiting up to the settle
 * wait. When Redis does not answer in time the writer is told the outcome is unknown; the same notes sent again
 * within the resend window are matched with the first message (recorded once), and the first one is settled in the
 * background as soon as Redis answers, so that it cannot be recorded late ({@link Unsettled}).
 */
final class UnsettledNotes {

    private final Unsettled<TaskNotes.Result> unsettled;

    UnsettledNotes(TaskNotes notes, NoteSettings settings) {
        this.unsettled = new Unsettled<>("notes", notes::settle, result -> "void".equals(result.status()),
                settings.settleWait(), settings.resendWindow(), Clock.systemUTC());
    }

    /** The notes of a message as a key: each task, unit, words and percent. */
    static String key(List<TaskNotes.Draft> drafts) {
        StringBuilder key = new StringBuilder();
        drafts.forEach(d -> key.append(d.taskId()).append('|').append(d.unit()).append('|').append(d.text()).append('|')
                .append(d.percent() == null ? "" : d.percent().toPlainString()).append('\n'));
        return key.toString();
    }

    /** The id of an earlier message of this user with the same notes whose outcome was unknown; "" when none. */
    String earlier(String userId, String key) {
        return unsettled.earlier(userId, key);
    }

    /** The resend of an earlier message whose outcome was unknown has been made: the next one is new notes. */
    void resent(String userId, String key, String earlier) {
        unsettled.resent(userId, key, earlier);
    }

    /**
     * What became of a write that got no answer: {@code duplicate} (made) or {@code void} (not, for good) once Redis
     * answers within the settle wait; empty when it does not — then the message is kept (with {@code key}, when not
     * null, to match a resend) and settled later.
     */
    Optional<TaskNotes.Result> settle(LedgerUncertainException failure, String userId, Instant at, String key) {
        return unsettled.settle(failure, userId, at, key);
    }
}
