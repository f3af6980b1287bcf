package cn.duban.assistant.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import cn.duban.assistant.ledger.Ledger;
import cn.duban.assistant.ledger.LedgerUncertainException;
import cn.duban.assistant.ledger.Unsettled;

/**
 * Ledger changes that were sent to Redis without an answer (a frozen or killed server): whether they were made is
 * found out ({@link Ledger#settle}) before anyone is told, waiting up to {@code settleWait} for Redis to answer.
 * When it does not, the reporter is told the outcome is unknown, and a report he sends again with the same figures
 * within {@code resendWindow} is matched with the first one instead of counted twice; meanwhile the first one is
 * settled in the background as soon as Redis answers, so that it cannot be recorded late ({@link Unsettled}).
 */
final class UnknownOutcomes {

    private final Unsettled<Ledger.Outcome> unsettled;

    UnknownOutcomes(Ledger ledger, Duration settleWait, Duration resendWindow, Clock clock) {
        this.unsettled = new Unsettled<>("ledger", ledger::settle, outcome -> outcome instanceof Ledger.Outcome.NotRecorded,
                settleWait, resendWindow, clock);
    }

    /** The figures of a report as a key: unit, then each target, kind and value. */
    static String figures(String unit, java.util.List<Ledger.Change> changes) {
        StringBuilder key = new StringBuilder(unit);
        changes.forEach(change -> key.append('|').append(change.target().id()).append(':').append(change.kind())
                .append(':').append(change.value().stripTrailingZeros().toPlainString()));
        return key.toString();
    }

    /**
     * The id of an earlier message of this user with the same figures whose outcome was unknown, within the resend
     * window; "" when there is none.
     */
    String earlier(String userId, String figures) {
        return unsettled.earlier(userId, figures);
    }

    /** The resend of an earlier report whose outcome was unknown has been made: the next one is a new report. */
    void resent(String userId, String figures, String earlier) {
        unsettled.resent(userId, figures, earlier);
    }

    /**
     * What became of a change that got no answer: {@link Ledger.Outcome.AlreadyRecorded} or
     * {@link Ledger.Outcome.NotRecorded} once Redis answers within the wait; empty when it does not, and then the
     * message is kept (with its figures, when it is a report, for matching a resend) and settled later.
     */
    Optional<Ledger.Outcome> settle(LedgerUncertainException failure, String userId, Instant at, String figures) {
        return unsettled.settle(failure, userId, at, figures);
    }
}
