package cn.duban.assistant.reporting;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.knowledge.Aggregation;
import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.ledger.Ledger;
import cn.duban.assistant.ledger.LedgerEntry;
import cn.duban.assistant.ledger.LedgerUncertainException;
import cn.duban.assistant.progress.ProgressCalculator;
import cn.duban.assistant.reporting.ReportingOutcome.Refusal;
import cn.duban.assistant.reporting.ReportingOutcome.Refused;
import cn.duban.assistant.understanding.Figure;

/**
 * Records the figures of one message, all or none, once each is checked: inside its target's period, a running
 * total for a year-to-date target, a unit that fits, a plausible size. Asks first about a figure above the whole
 * year's target and about the same figure again from the same person (the ledger script tells, atomically).
 */
final class Recorder {

    private final Knowledge knowledge;
    private final Ledger ledger;
    private final AssistantClock clock;
    private final FigureCheck check;
    private final PendingQuestions pending;
    private final Confirmations confirmations;
    private final Duration sameWindow;
    private final UnknownOutcomes unknowns;

    Recorder(Knowledge knowledge, Ledger ledger, AssistantClock clock, FigureCheck check, PendingQuestions pending,
             Confirmations confirmations, Duration sameWindow, UnknownOutcomes unknowns) {
        this.unknowns = unknowns;
        this.knowledge = knowledge;
        this.ledger = ledger;
        this.clock = clock;
        this.check = check;
        this.pending = pending;
        this.confirmations = confirmations;
        this.sameWindow = sameWindow;
    }

    /** A figure ready to be checked and recorded. */
    record Ready(Target target, Figure figure, boolean runningTotal, Figure increment, boolean periodIncrement) {
    }

    /**
     * Checks every figure and records them in one ledger step.
     *
     * @param askLarge ask before recording a figure above the year's target (false once the reporter said 是)
     * @param askSame  ask before recording the same figure as the reporter's last report, or a running total below
     *                 the unit's figure (false once he said 是)
     */
    ReportingOutcome record(String messageId, String userId, String unit, List<Ready> figures, String raw, Instant at,
                            boolean askLarge, boolean askSame) {
        List<Ledger.Change> changes = new ArrayList<>();
        for (Ready figure : figures) {
            Target target = figure.target();
            Refused outside = FigureCheck.outsidePeriod(target, clock.today());
            if (outside != null) {
                return outside;
            }
            if (target.aggregation() == Aggregation.LATEST && !ProgressCalculator.isRate(target) && figure.periodIncrement()) {
                return Refused.of(Refusal.NEEDS_RUNNING_TOTAL, target);
            }
            FigureCheck.Checked checked = check.check(figure.figure(), target);
            if (checked.refusal() != null) {
                return checked.refusal();
            }
            if (askLarge && FigureCheck.implausible(checked.value(), target)) {
                pending.ask(userId, question(PendingQuestion.Kind.CONFIRM_LARGE, figures, raw));
                return new ReportingOutcome.AskLarge(target, checked.value());
            }
            BigDecimal increment = figure.increment() == null ? null : check.check(figure.increment(), target).value();
            changes.add(new Ledger.Change(target, figure.runningTotal() ? LedgerEntry.SET : LedgerEntry.ADD, checked.value(), increment));
        }
        // a fresh report leaves a waiting question alone (it goes stale by this report); an answer to one drops it
        String answered = askLarge ? "" : PendingQuestions.key(userId);
        String figuresKey = UnknownOutcomes.figures(unit, changes);
        String earlier = unknowns.earlier(userId, figuresKey);
        Ledger.Outcome outcome;
        try {
            outcome = ledger.record(messageId, at, userId, unit, changes, raw, answered,
                    askSame ? sameWindow : Duration.ZERO, askSame, earlier);
            unknowns.resent(userId, figuresKey, earlier);
        } catch (LedgerUncertainException e) {
            Optional<Ledger.Outcome> settled = unknowns.settle(e, userId, at, figuresKey);
            if (settled.isEmpty()) {
                return new ReportingOutcome.Unknown();
            }
            outcome = settled.get();
        }
        if (outcome instanceof Ledger.Outcome.SameAsLast same) {
            pending.ask(userId, question(PendingQuestion.Kind.CONFIRM_SAME, figures, raw));
            return new ReportingOutcome.AskSame(same.last(), figures.get(0).target());
        }
        if (outcome instanceof Ledger.Outcome.LowerThanBefore lower) {
            pending.ask(userId, question(PendingQuestion.Kind.CONFIRM_LOWER, figures, raw));
            return new ReportingOutcome.AskLower(unit, figures.get(0).target(), changes.get(0).value(), lower.unitFigure());
        }
        return confirmations.of(outcome, Refusal.NO_FIGURE);
    }

    /** Asks which target a figure is for, and keeps the figure for the answer. */
    ReportingOutcome askTarget(String userId, Figure figure, boolean runningTotal, List<Target> choices, String raw) {
        pending.ask(userId, new PendingQuestion(PendingQuestion.Kind.WHICH_TARGET, List.of(item(choices, figure, runningTotal, null)),
                0, raw));
        return new ReportingOutcome.AskTarget(figure, choices);
    }

    /** The figures a pending question kept, ready to record. */
    List<Ready> ready(PendingQuestion question) {
        return question.items().stream().map(item -> new Ready(targets(item).get(0), figure(item), item.runningTotal(),
                item.increment() == null ? null : new Figure(item.increment(), item.unit(), ""), false)).toList();
    }

    List<Target> targets(PendingQuestion.Item item) {
        return item.targetIds().stream().map(id -> knowledge.target(id).orElseThrow()).toList();
    }

    static Figure figure(PendingQuestion.Item item) {
        return new Figure(item.amount(), item.unit(), item.text(), 0, item.text().length(), item.scaled(), false);
    }

    private static PendingQuestion question(PendingQuestion.Kind kind, List<Ready> figures, String raw) {
        return new PendingQuestion(kind, figures.stream().map(figure -> item(List.of(figure.target()), figure.figure(),
                figure.runningTotal(), figure.increment())).toList(), 0, raw);
    }

    /** A figure kept for the answer to a question, with its target or the targets to choose from. */
    static PendingQuestion.Item item(List<Target> targets, Figure figure, boolean runningTotal, Figure increment) {
        return new PendingQuestion.Item(targets.stream().map(Target::id).toList(), figure.amount(), figure.unit(), figure.text(),
                figure.scaled(), runningTotal, increment == null ? null : increment.amount());
    }
}
