package cn.duban.assistant.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.ledger.Ledger;
import cn.duban.assistant.ledger.LedgerEntry;
import cn.duban.assistant.ledger.LedgerUnavailableException;
import cn.duban.assistant.reporting.ReportingOutcome.Refusal;
import cn.duban.assistant.reporting.ReportingOutcome.Refused;
import cn.duban.assistant.roster.Reporter;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.understanding.Sender;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The reporter's answers to the assistant's questions: 是 goes on with what the question kept, 否/取消 drops it, a
 * number or a name picks the target. A repeated answer (the same message id) gets the first reply. A question about
 * a target that targets.yml no longer has (removed by a reload since it was asked) is void: any answer but 否 drops
 * it and is told so ({@link Refusal#QUESTION_VOID}), and nothing is recorded.
 */
final class PendingAnswers {

    private final Ledger ledger;
    private final Roster roster;
    private final PendingQuestions pending;
    private final Confirmations confirmations;
    private final Recorder recorder;
    private final Corrections corrections;
    private final GoneTargets gone;

    PendingAnswers(Ledger ledger, Roster roster, PendingQuestions pending, Confirmations confirmations, Recorder recorder,
                   Corrections corrections, GoneTargets gone) {
        this.gone = gone;
        this.ledger = ledger;
        this.roster = roster;
        this.pending = pending;
        this.confirmations = confirmations;
        this.recorder = recorder;
        this.corrections = corrections;
    }

    ReportingOutcome confirm(String messageId, String userId, Instant at) {
        Optional<Reporter> reporter = roster.reporter(userId);
        if (reporter.isEmpty()) {
            return nothingFor(userId);
        }
        List<LedgerEntry> repeated = ledger.entriesForMessage(messageId);
        if (!repeated.isEmpty()) {
            return confirmations.of(repeated);
        }
        PendingQuestion question = pending.waiting(userId);
        if (question == null) {
            return new ReportingOutcome.NothingPending();
        }
        if (gone.voids(userId, question)) {
            return dropVoid(userId);
        }
        String unit = reporter.get().unit();
        return switch (question.kind()) {
            case CONFIRM_LARGE -> recorder.record(messageId, userId, unit, recorder.ready(question), question.raw(), at, false, true);
            case CONFIRM_SAME, CONFIRM_LOWER -> recorder.record(messageId, userId, unit, recorder.ready(question), question.raw(), at,
                    false, false);
            case CONFIRM_CORRECTION -> corrections.confirmed(messageId, userId, question, at);
            case CONFIRM_WITHDRAW -> corrections.confirmedWithdrawal(messageId, userId, question, at);
            case WHICH_TARGET -> new ReportingOutcome.AskTarget(Recorder.figure(question.items().get(0)),
                    recorder.targets(question.items().get(0)));
        };
    }

    ReportingOutcome cancel(String userId) {
        if (roster.reporter(userId).isEmpty()) {
            return nothingFor(userId);
        }
        if (pending.waiting(userId) == null) {
            return new ReportingOutcome.NothingPending();
        }
        pending.drop(userId);
        return new ReportingOutcome.Cancelled();
    }

    /** Nothing waits for someone outside the reporters: an official is told what 是 confirms for him. */
    private ReportingOutcome nothingFor(String userId) {
        return roster.official(userId).isPresent() ? new ReportingOutcome.NothingPendingForOfficial()
                : new ReportingOutcome.NothingPending();
    }

    ReportingOutcome choose(String messageId, String userId, Target chosen, Instant at) {
        Optional<Reporter> reporter = roster.reporter(userId);
        List<LedgerEntry> repeated = ledger.entriesForMessage(messageId);
        if (!repeated.isEmpty()) {
            return confirmations.of(repeated);
        }
        PendingQuestion question = reporter.isEmpty() ? null : pending.waiting(userId);
        if (question != null && gone.voids(userId, question)) {
            return dropVoid(userId);
        }
        if (question == null || question.kind() != PendingQuestion.Kind.WHICH_TARGET) {
            return chosen == null && question == null ? new ReportingOutcome.NothingToChoose() : new ReportingOutcome.NothingPending();
        }
        PendingQuestion.Item item = question.items().get(0);
        if (chosen == null || !item.targetIds().contains(chosen.id())) {
            return new Refused(Refusal.NOT_A_CHOICE, null, null, "", recorder.targets(item));
        }
        Recorder.Ready ready = new Recorder.Ready(chosen, Recorder.figure(item), item.runningTotal(), null, false);
        ReportingOutcome outcome = recorder.record(messageId, userId, reporter.get().unit(), List.of(ready), question.raw(), at,
                true, true);
        if (outcome instanceof ReportingOutcome.Recorded) {
            pending.drop(userId);
        }
        return outcome;
    }

    /** A question about a removed target: dropped, and the answer told it is void. */
    private ReportingOutcome dropVoid(String userId) {
        pending.drop(userId);
        return Refused.of(Refusal.QUESTION_VOID);
    }

    Sender.Pending pendingFor(String userId) {
        try {
            PendingQuestion question = pending.waiting(userId);
            if (question == null) {
                return Sender.Pending.NONE;
            }
            if (gone.voids(userId, question)) {
                return Sender.Pending.VOID;
            }
            return question.kind() == PendingQuestion.Kind.WHICH_TARGET
                    ? new Sender.Pending(false, recorder.targets(question.items().get(0))) : new Sender.Pending(true, List.of());
        } catch (LedgerUnavailableException | JedisException e) {
            return Sender.Pending.NONE;
        }
    }
}
