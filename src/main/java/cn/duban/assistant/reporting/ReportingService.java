package cn.duban.assistant.reporting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.ledger.Ledger;
import cn.duban.assistant.ledger.LedgerUnavailableException;
import cn.duban.assistant.ledger.LedgerUncertainException;
import cn.duban.assistant.progress.ProgressService;
import cn.duban.assistant.reporting.ReportingOutcome.Refusal;
import cn.duban.assistant.reporting.ReportingOutcome.Refused;
import cn.duban.assistant.roster.Reporter;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.understanding.Figure;
import cn.duban.assistant.understanding.Intent;
import cn.duban.assistant.understanding.ReportDraft;
import cn.duban.assistant.understanding.Sender;
import cn.duban.assistant.vocabulary.Vocabulary;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Takes figures reported by chat: checks who reports what, for which unit and which targets, then has the
 * {@link Recorder} check and record them, asking back when unsure (which target; a figure above the whole year's
 * target; the same figure again just now; an estimate). 撤回 and 更正 go to {@link Corrections}, answers to the
 * assistant's questions to {@link PendingAnswers}. Every outcome is a {@link ReportingOutcome}.
 */
public class ReportingService {

    private final Knowledge knowledge;
    private final Roster roster;
    private final Recorder recorder;
    private final Corrections corrections;
    private final PendingAnswers answers;
    private final UnknownOutcomes unknowns;
    private final Confirmations confirmations;

    ReportingService(Knowledge knowledge, Roster roster, Recorder recorder, Corrections corrections, PendingAnswers answers,
                     UnknownOutcomes unknowns, Confirmations confirmations) {
        this.unknowns = unknowns;
        this.confirmations = confirmations;
        this.knowledge = knowledge;
        this.roster = roster;
        this.recorder = recorder;
        this.corrections = corrections;
        this.answers = answers;
    }

    /** The reporting service and its parts, as the application wires them (tests build it the same way). */
    public static ReportingService create(Knowledge knowledge, Ledger ledger, Roster roster, ProgressService progress,
                                          Vocabulary vocabulary, UnifiedJedis redis, AssistantClock clock,
                                          AssistantProperties properties) {
        return new ReportingFactory(ledger, vocabulary, redis, clock, properties).create(knowledge, roster, progress);
    }

    /** A report message: recorded, or a question back, or a clear refusal. */
    public ReportingOutcome file(String messageId, String userId, ReportDraft draft, Instant at) {
        Optional<Reporter> reporter = roster.reporter(userId);
        if (reporter.isEmpty()) {
            return Corrections.notAReporter(roster, userId);
        }
        switch (draft.problem()) {
            case NO_FIGURE -> {
                return Refused.of(Refusal.NO_FIGURE);
            }
            case SEVERAL_FIGURES -> {
                return Refused.of(Refusal.SEVERAL_FIGURES);
            }
            case OTHER_PERIOD, PLANNED -> {
                Target about = draft.items().size() == 1 && draft.items().get(0).candidates().size() == 1
                        ? draft.items().get(0).candidates().get(0) : null;
                return new Refused(draft.problem() == ReportDraft.Problem.PLANNED ? Refusal.PLANNED : Refusal.OTHER_PERIOD,
                        about, null, draft.detail() == null ? "" : draft.detail(), List.of());
            }
            case APPROXIMATE -> {
                Target about = draft.items().size() == 1 && draft.items().get(0).candidates().size() == 1
                        ? draft.items().get(0).candidates().get(0) : null;
                return new ReportingOutcome.AskExact(draft.unclear(), about);
            }
            default -> {
            }
        }
        String unit = reporter.get().unit();
        if (draft.namedUnit() != null && !draft.namedUnit().equals(unit)) {
            return new ReportingOutcome.OtherUnit(unit, draft.namedUnit());
        }
        List<Recorder.Ready> ready = new ArrayList<>();
        for (ReportDraft.Item item : draft.items()) {
            List<Target> allowed = item.candidates().stream().filter(target -> reporter.get().mayReport(target.id())).toList();
            if (item.candidates().isEmpty() || !item.named() && allowed.isEmpty()) {
                return new Refused(Refusal.UNKNOWN_TARGET, null, null, "", allowedTargets(reporter.get()));
            }
            if (allowed.isEmpty()) {
                return new Refused(Refusal.NOT_ALLOWED, null, null, "", item.candidates());
            }
            if (allowed.size() > 1) {
                return draft.items().size() > 1 ? Refused.of(Refusal.UNCLEAR_TARGETS)
                        : guarded(() -> recorder.askTarget(userId, item.figure(), item.runningTotal(), allowed, draft.raw()));
            }
            ready.add(new Recorder.Ready(allowed.get(0), item.figure(), item.runningTotal(), item.increment(), item.periodIncrement()));
        }
        return settling(userId, at, () -> recorder.record(messageId, userId, unit, ready, draft.raw(), at, true, true));
    }

    /** 是: goes on with what the pending question held. A repeat of the same 是 gets the first reply. */
    public ReportingOutcome confirm(String messageId, String userId, Instant at) {
        return settling(userId, at, () -> answers.confirm(messageId, userId, at));
    }

    /** 否/取消: drops the pending question. */
    public ReportingOutcome cancel(String userId) {
        return guarded(() -> answers.cancel(userId));
    }

    /** The answer to "which target": the chosen target gets the waiting figure. */
    public ReportingOutcome choose(String messageId, String userId, Target chosen, Instant at) {
        return settling(userId, at, () -> answers.choose(messageId, userId, chosen, at));
    }

    /**
     * 撤回: withdraws every figure of the reporter's last message — when the message names a figure or a target, only
     * if they are the last report's; said in passing (发错了), or soon after another 撤回, only after 是. Refused when
     * that message holds a figure of a target removed from targets.yml since.
     */
    public ReportingOutcome withdraw(String messageId, String userId, Figure figure, Target named, boolean soft, String raw,
                                     Instant at) {
        return settling(userId, at, () -> corrections.withdraw(messageId, userId, new Corrections.WithdrawRequest(figure, named, soft), raw, at));
    }

    /**
     * 更正 and its natural forms: corrects the reporter's last report — at once when said plainly, after 是 when said in
     * passing or when the new figure is above the year's target; an estimate is asked for the exact figure. Refused
     * when the report is on a target removed from targets.yml since.
     */
    public ReportingOutcome correct(String messageId, String userId, Intent.Correct correction, String raw, Instant at) {
        return settling(userId, at, () -> corrections.correct(messageId, userId, correction, raw, at));
    }

    /** What the assistant waits for from this user, for reading the next message. */
    public Sender.Pending pendingFor(String userId) {
        return answers.pendingFor(userId);
    }

    private List<Target> allowedTargets(Reporter reporter) {
        return knowledge.targets().stream().filter(target -> reporter.mayReport(target.id())).toList();
    }

    /**
     * The outcome of a ledger action; when Redis took the change but did not answer, what became of it once Redis
     * answers again (recorded, or not), or {@link ReportingOutcome.Unknown} when it does not answer in time — never a
     * refusal for a change that may have been made.
     */
    private ReportingOutcome settling(String userId, Instant at, Supplier<ReportingOutcome> action) {
        try {
            return guarded(action);
        } catch (LedgerUncertainException e) {
            Optional<Ledger.Outcome> settled = unknowns.settle(e, userId, at, null);
            return settled.isEmpty() ? new ReportingOutcome.Unknown()
                    : guarded(() -> confirmations.of(settled.get(), Refusal.UNAVAILABLE));
        }
    }

    /** The outcome of a ledger action; a refusal when Redis cannot be reached or the reports changed meanwhile. */
    static ReportingOutcome guarded(Supplier<ReportingOutcome> action) {
        try {
            return action.get();
        } catch (Ledger.ConcurrentChangeException e) {
            return Refused.of(Refusal.CHANGED);
        } catch (LedgerUnavailableException | JedisException e) {
            return Refused.of(Refusal.UNAVAILABLE);
        }
    }
}
