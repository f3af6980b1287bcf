package cn.duban.assistant.reporting;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.knowledge.Aggregation;
import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.ledger.Ledger;
import cn.duban.assistant.ledger.LedgerEntry;
import cn.duban.assistant.ledger.LedgerUnavailableException;
import cn.duban.assistant.progress.ProgressCalculator;
import cn.duban.assistant.progress.ProgressService;
import cn.duban.assistant.reporting.ReportingOutcome.Refusal;
import cn.duban.assistant.reporting.ReportingOutcome.Refused;
import cn.duban.assistant.roster.Reporter;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.understanding.Figure;
import cn.duban.assistant.understanding.ReportDraft;
import cn.duban.assistant.understanding.Sender;
import cn.duban.assistant.understanding.Units;
import cn.duban.assistant.vocabulary.Vocabulary;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Takes figures reported by chat: checks who reports what and when, converts each figure to its target's unit,
 * asks back when unsure (which target; a figure above the whole year's target; the same figure again just now; an
 * estimate), records every figure of a message in one ledger step and confirms with the new standing.
 */
public class ReportingService {

    private final Knowledge knowledge;
    private final Ledger ledger;
    private final Roster roster;
    private final AssistantClock clock;
    private final FigureCheck check;
    private final PendingQuestions pending;
    private final Confirmations confirmations;
    private final Duration sameWindow;
    private final Corrections corrections;

    ReportingService(Knowledge knowledge, Ledger ledger, Roster roster, AssistantClock clock, FigureCheck check,
                     PendingQuestions pending, Confirmations confirmations, Duration sameWindow) {
        this.corrections = new Corrections(knowledge, ledger, roster, check, pending, confirmations);
        this.knowledge = knowledge;
        this.ledger = ledger;
        this.roster = roster;
        this.clock = clock;
        this.check = check;
        this.pending = pending;
        this.confirmations = confirmations;
        this.sameWindow = sameWindow;
    }

    /** The reporting service and its parts, as the application wires them (tests build it the same way). */
    public static ReportingService create(Knowledge knowledge, Ledger ledger, Roster roster, ProgressService progress,
                                          Vocabulary vocabulary, UnifiedJedis redis, AssistantClock clock,
                                          AssistantProperties properties) {
        return new ReportingService(knowledge, ledger, roster, clock, new FigureCheck(new Units(vocabulary)),
                new PendingQuestions(redis, properties.ledger().confirmTimeout()),
                new Confirmations(knowledge, ledger, progress), properties.ledger().sameReportWindow());
    }

    /** A figure ready to be checked and recorded. */
    record Ready(Target target, Figure figure, boolean runningTotal, Figure increment, boolean periodIncrement) {
    }

    /** A report message: recorded, or a question back, or a clear refusal. */
    public ReportingOutcome file(String messageId, String userId, ReportDraft draft, Instant at) {
        Optional<Reporter> reporter = roster.reporter(userId);
        if (reporter.isEmpty()) {
            return notAReporter(userId);
        }
        switch (draft.problem()) {
            case NO_FIGURE -> {
                return Refused.of(Refusal.NO_FIGURE);
            }
            case SEVERAL_FIGURES -> {
                return Refused.of(Refusal.SEVERAL_FIGURES);
            }
            case APPROXIMATE -> {
                return new ReportingOutcome.AskExact(draft.unclear());
            }
            default -> {
            }
        }
        String unit = reporter.get().unit();
        if (draft.namedUnit() != null && !draft.namedUnit().equals(unit)) {
            return new ReportingOutcome.OtherUnit(unit, draft.namedUnit());
        }
        List<Ready> ready = new ArrayList<>();
        for (ReportDraft.Item item : draft.items()) {
            List<Target> allowed = item.candidates().stream().filter(target -> reporter.get().mayReport(target.id())).toList();
            if (item.candidates().isEmpty() || !item.named() && allowed.isEmpty()) {
                return new Refused(Refusal.UNKNOWN_TARGET, null, null, "", allowedTargets(reporter.get()));
            }
            if (allowed.isEmpty()) {
                return new Refused(Refusal.NOT_ALLOWED, null, null, "", item.candidates());
            }
            if (allowed.size() > 1 && draft.items().size() > 1) {
                return Refused.of(Refusal.UNCLEAR_TARGETS);
            }
            if (allowed.size() > 1) {
                return guarded(() -> {
                    pending.ask(userId, new PendingQuestion(PendingQuestion.Kind.WHICH_TARGET, List.of(item(allowed, item.figure(),
                            item.runningTotal(), null)), 0, draft.raw()));
                    return new ReportingOutcome.AskTarget(item.figure(), allowed);
                });
            }
            ready.add(new Ready(allowed.get(0), item.figure(), item.runningTotal(), item.increment(), item.periodIncrement()));
        }
        return guarded(() -> record(messageId, userId, unit, ready, draft.raw(), at, true, true));
    }

    /** Checks every figure, asks about a figure above the year's target, records them all or none. */
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
        Ledger.Outcome outcome = ledger.record(messageId, at, userId, unit, changes, raw, PendingQuestions.key(userId),
                askSame ? sameWindow : Duration.ZERO);
        if (outcome instanceof Ledger.Outcome.SameAsLast same) {
            pending.ask(userId, question(PendingQuestion.Kind.CONFIRM_SAME, figures, raw));
            return new ReportingOutcome.AskSame(same.last(), figures.get(0).target());
        }
        return confirmations.of(outcome, Refusal.NO_FIGURE);
    }

    /** 是: goes on with what the pending question held. A repeat of the same 是 gets the first reply. */
    public ReportingOutcome confirm(String messageId, String userId, Instant at) {
        Optional<Reporter> reporter = roster.reporter(userId);
        if (reporter.isEmpty()) {
            return new ReportingOutcome.NothingPending();
        }
        return guarded(() -> {
            List<LedgerEntry> repeated = ledger.entriesForMessage(messageId);
            if (!repeated.isEmpty()) {
                return confirmations.of(repeated);
            }
            PendingQuestion question = pending.waiting(userId);
            if (question == null) {
                return new ReportingOutcome.NothingPending();
            }
            return switch (question.kind()) {
                case CONFIRM_LARGE -> record(messageId, userId, reporter.get().unit(), ready(question), question.raw(), at, false, true);
                case CONFIRM_SAME -> record(messageId, userId, reporter.get().unit(), ready(question), question.raw(), at, false, false);
                case CONFIRM_CORRECTION -> corrections.confirmed(messageId, userId, question, at);
                case WHICH_TARGET -> new ReportingOutcome.AskTarget(figure(question.items().get(0)), targets(question.items().get(0)));
            };
        });
    }

    /** 否/取消: drops the pending question. */
    public ReportingOutcome cancel(String userId) {
        return guarded(() -> {
            if (roster.reporter(userId).isEmpty() || pending.waiting(userId) == null) {
                return new ReportingOutcome.NothingPending();
            }
            pending.drop(userId);
            return new ReportingOutcome.Cancelled();
        });
    }

    /** The answer to "which target": the chosen target gets the waiting figure. */
    public ReportingOutcome choose(String messageId, String userId, Target chosen, Instant at) {
        Optional<Reporter> reporter = roster.reporter(userId);
        return guarded(() -> {
            List<LedgerEntry> repeated = ledger.entriesForMessage(messageId);
            if (!repeated.isEmpty()) {
                return confirmations.of(repeated);
            }
            PendingQuestion question = reporter.isEmpty() ? null : pending.waiting(userId);
            if (question == null || question.kind() != PendingQuestion.Kind.WHICH_TARGET) {
                return new ReportingOutcome.NothingPending();
            }
            PendingQuestion.Item item = question.items().get(0);
            if (chosen == null || !item.targetIds().contains(chosen.id())) {
                return new Refused(Refusal.NOT_A_CHOICE, null, null, "", targets(item));
            }
            Ready ready = new Ready(chosen, figure(item), item.runningTotal(), null, false);
            return record(messageId, userId, reporter.get().unit(), List.of(ready), question.raw(), at, true, true);
        });
    }

    /** 撤回: withdraws every figure of the reporter's last message. */
    public ReportingOutcome withdraw(String messageId, String userId, String raw, Instant at) {
        return corrections.withdraw(messageId, userId, raw, at);
    }

    /** 更正 and its natural forms: corrects the reporter's last report, at once or after 是. */
    public ReportingOutcome correct(String messageId, String userId, Figure figure, Target named, boolean explicit,
                                    int figures, String raw, Instant at) {
        return corrections.correct(messageId, userId, figure, named, explicit, figures, raw, at);
    }

    /** What the assistant waits for from this user, for reading the next message. */
    public Sender.Pending pendingFor(String userId) {
        try {
            PendingQuestion question = pending.waiting(userId);
            if (question == null) {
                return Sender.Pending.NONE;
            }
            return question.kind() == PendingQuestion.Kind.WHICH_TARGET
                    ? new Sender.Pending(false, targets(question.items().get(0))) : new Sender.Pending(true, List.of());
        } catch (LedgerUnavailableException | JedisException e) {
            return Sender.Pending.NONE;
        }
    }

    private ReportingOutcome notAReporter(String userId) {
        return Corrections.notAReporter(roster, userId);
    }

    private List<Target> allowedTargets(Reporter reporter) {
        return knowledge.targets().stream().filter(target -> reporter.mayReport(target.id())).toList();
    }

    private PendingQuestion question(PendingQuestion.Kind kind, List<Ready> figures, String raw) {
        return new PendingQuestion(kind, figures.stream().map(figure -> item(List.of(figure.target()), figure.figure(),
                figure.runningTotal(), figure.increment())).toList(), 0, raw);
    }

    private static PendingQuestion.Item item(List<Target> targets, Figure figure, boolean runningTotal, Figure increment) {
        return new PendingQuestion.Item(targets.stream().map(Target::id).toList(), figure.amount(), figure.unit(), figure.text(),
                figure.scaled(), runningTotal, increment == null ? null : increment.amount());
    }

    private List<Ready> ready(PendingQuestion question) {
        return question.items().stream().map(item -> new Ready(targets(item).get(0), figure(item), item.runningTotal(),
                item.increment() == null ? null : new Figure(item.increment(), item.unit(), ""), false)).toList();
    }

    static Figure figure(PendingQuestion.Item item) {
        return new Figure(item.amount(), item.unit(), item.text(), 0, item.text().length(), item.scaled(), false);
    }

    private List<Target> targets(PendingQuestion.Item item) {
        return item.targetIds().stream().map(id -> knowledge.target(id).orElseThrow()).toList();
    }

    static ReportingOutcome guarded(java.util.function.Supplier<ReportingOutcome> action) {
        try {
            return action.get();
        } catch (Ledger.ConcurrentChangeException e) {
            return Refused.of(Refusal.CHANGED);
        } catch (LedgerUnavailableException | JedisException e) {
            return Refused.of(Refusal.UNAVAILABLE);
        }
    }
}
