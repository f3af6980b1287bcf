package cn.duban.assistant.reporting;

import java.math.BigDecimal;
import java.util.List;

/**
 * A question the assistant asked a reporter and waits on, kept in Redis for {@code assistant.ledger.confirm-timeout}.
 *
 * @param kind    what was asked
 * @param items   the figures waiting (for a correction: the new figure)
 * @param entryId for a correction: the entry to correct, else 0
 * @param raw     the message that asked to report or correct, as written
 * @param newKind for a correction that changes the kind (更正为累计400人): {@code add} or {@code set}; else null
 * @param afterEntry the reporter's last report when it was asked (0: none): a report since makes the question stale
 */
public record PendingQuestion(Kind kind, List<Item> items, long entryId, String raw, String newKind, long afterEntry) {

    public PendingQuestion(Kind kind, List<Item> items, long entryId, String raw, String newKind) {
        this(kind, items, entryId, raw, newKind, 0);
    }

    public PendingQuestion(Kind kind, List<Item> items, long entryId, String raw) {
        this(kind, items, entryId, raw, null, 0);
    }

    /** What the assistant asked. */
    public enum Kind {
        /** Which target is the figure for (numbered choices). */
        WHICH_TARGET,
        /** A figure above the whole year's target: record it? */
        CONFIRM_LARGE,
        /** The same figure as the last report just now: record it again? */
        CONFIRM_SAME,
        /** A running total below the unit's figure: record it? */
        CONFIRM_LOWER,
        /** 要撤回上一条上报吗? */
        CONFIRM_WITHDRAW,
        /** 是更正上一条吗? */
        CONFIRM_CORRECTION
    }

    /**
     * A figure waiting for the answer.
     *
     * @param targetIds    its target, or the targets to choose from
     * @param amount       the figure in its base unit as written
     * @param unit         the unit as written, may be empty
     * @param text         the figure as written
     * @param scaled       a scale word was applied (12.5亿)
     * @param runningTotal the unit's total becomes this figure
     * @param increment    the increment given beside a running total, in the target's unit, or null
     */
    public record Item(List<String> targetIds, BigDecimal amount, String unit, String text, boolean scaled,
                       boolean runningTotal, BigDecimal increment) {
    }
}
