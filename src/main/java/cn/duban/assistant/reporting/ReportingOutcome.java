package cn.duban.assistant.reporting;

import java.math.BigDecimal;
import java.util.List;

import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.ledger.LedgerEntry;
import cn.duban.assistant.progress.Progress;
import cn.duban.assistant.understanding.Figure;

/** What a report, 撤回, 更正 or answer to the assistant's question did, before it is worded. */
public sealed interface ReportingOutcome {

    /**
     * One ledger entry a message made, with what the reply shows about it.
     *
     * @param entry    the entry (a report, a 撤回, a 更正)
     * @param target   its target
     * @param original for 撤回 and 更正: the entry it withdrew or replaced, else null
     * @param progress the target's standing right after it
     */
    record Change(LedgerEntry entry, Target target, LedgerEntry original, Progress progress) {
    }

    /** Recorded (now, or before: a repeated message gets the same). */
    record Recorded(List<Change> changes) implements ReportingOutcome {
    }

    /** Which target is the figure for? The reporter answers with a number or a name. */
    record AskTarget(Figure figure, List<Target> choices) implements ReportingOutcome {
    }

    /** A figure larger than the whole year's target: 是 records it. */
    record AskLarge(Target target, BigDecimal value) implements ReportingOutcome {
    }

    /** The same figure as the reporter's last report, just now: 是 records it again. */
    record AskSame(LedgerEntry last, Target target) implements ReportingOutcome {
    }

    /** A running total ({@code value}) below what the unit already has ({@code unitFigure}): 是 records it. */
    record AskLower(String unit, Target target, BigDecimal value, BigDecimal unitFigure) implements ReportingOutcome {
    }

    /** 要撤回上一条上报吗: the entries of the reporter's last message; {@code again}: right after another 撤回. */
    record AskWithdraw(List<Change> last, boolean again) implements ReportingOutcome {
    }

    /** The 撤回 names a figure or target that is not the last report's ({@code last}): nothing withdrawn. */
    record WithdrawMismatch(List<Change> last) implements ReportingOutcome {
    }

    /**
     * 是更正上一条吗: {@code original} would become {@code value} (of {@code kind}, or the original's when null);
     * {@code large}: the new figure is above the year's target.
     */
    record AskCorrection(LedgerEntry original, Target target, BigDecimal value, String kind, boolean large)
            implements ReportingOutcome {
    }

    /** An estimate (约120人): the ledger takes exact figures only; {@code target} is the one it was for, or null. */
    record AskExact(Figure figure, Target target) implements ReportingOutcome {
    }

    /** A report naming another unit than the reporter's own: never booked to the reporter's unit. */
    record OtherUnit(String own, String named) implements ReportingOutcome {
    }

    /** 否/取消: the pending question is dropped. */
    record Cancelled() implements ReportingOutcome {
    }

    /** 是/否/a number, but nothing is waiting for an answer. */
    record NothingPending() implements ReportingOutcome {
    }

    /** A bare number (1, 第2个) when no question waits for a choice: told so, and how to report. */
    record NothingToChoose() implements ReportingOutcome {
    }

    /** An official's 是/否 with nothing of his waiting (a 督办单 draft is what 是 confirms for officials). */
    record NothingPendingForOfficial() implements ReportingOutcome {
    }

    /**
     * Nothing changed: the report a 撤回 or 更正 is aimed at is on targets removed from targets.yml since
     * ({@code targetIds}); or, with {@code copy}, a message handled before comes again and what it did is on such
     * targets. The ledger keeps their entries as they are.
     */
    record TargetRemoved(List<String> targetIds, boolean copy) implements ReportingOutcome {
    }

    /**
     * Redis got the change but did not answer, and has not answered since: whether it was made is not known yet (it
     * is settled as soon as Redis answers; a resend of the same figures is matched with it, not added).
     */
    record Unknown() implements ReportingOutcome {
    }

    /** Why nothing was recorded. */
    enum Refusal {
        OFFICIAL, NOT_IN_ROSTER, NO_FIGURE, SEVERAL_FIGURES, UNKNOWN_TARGET, NOT_ALLOWED, UNCLEAR_TARGETS, WRONG_UNIT,
        ZERO, NEGATIVE, NOT_WHOLE, TOO_PRECISE, ABSURD, PERIOD_ENDED, PERIOD_NOT_STARTED, OTHER_PERIOD, PLANNED,
        NEEDS_RUNNING_TOTAL, NOTHING_TO_WITHDRAW, NOTHING_TO_CORRECT, CORRECT_HOW, CORRECT_WHICH, CORRECT_OTHER_TARGET,
        NOT_A_CHOICE, SAME_AS_BEFORE, CHANGED, UNAVAILABLE,
        /** The question being answered is about a target that targets.yml no longer has: it is dropped. */
        QUESTION_VOID
    }

    /**
     * Refused; nothing changed.
     *
     * @param reason  why
     * @param target  the target concerned, or null
     * @param value   the figure concerned (in the target's unit), or null
     * @param detail  the unit written, the unit named, or the reporter's unit, as the reason needs; may be empty
     * @param targets the targets the reporter may report, or the choices; may be empty
     */
    record Refused(Refusal reason, Target target, BigDecimal value, String detail, List<Target> targets)
            implements ReportingOutcome {

        public static Refused of(Refusal reason) {
            return new Refused(reason, null, null, "", List.of());
        }

        public static Refused of(Refusal reason, Target target) {
            return new Refused(reason, target, null, "", List.of());
        }
    }
}
