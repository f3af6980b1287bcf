package cn.duban.assistant.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.ledger.Ledger;
import cn.duban.assistant.ledger.LedgerEntry;
import cn.duban.assistant.reporting.ReportingOutcome.Refusal;
import cn.duban.assistant.reporting.ReportingOutcome.Refused;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.understanding.Figure;

/**
 * 撤回 and 更正 of a reporter's last message. 撤回 withdraws every figure of it. 更正 replaces one figure of it (the
 * one its target or unit points to) with a figure checked like a report; said plainly (更正, 改成, 改为) it is done at
 * once, said in passing (应为, 应该是, 不对…) it is asked back first (是更正上一条吗？). The ledger keeps the original.
 */
final class Corrections {

    private final Knowledge knowledge;
    private final Ledger ledger;
    private final Roster roster;
    private final FigureCheck check;
    private final PendingQuestions pending;
    private final Confirmations confirmations;

    Corrections(Knowledge knowledge, Ledger ledger, Roster roster, FigureCheck check, PendingQuestions pending,
                Confirmations confirmations) {
        this.knowledge = knowledge;
        this.ledger = ledger;
        this.roster = roster;
        this.check = check;
        this.pending = pending;
        this.confirmations = confirmations;
    }

    static ReportingOutcome notAReporter(Roster roster, String userId) {
        return Refused.of(roster.official(userId).isPresent() ? Refusal.OFFICIAL : Refusal.NOT_IN_ROSTER);
    }

    ReportingOutcome withdraw(String messageId, String userId, String raw, Instant at) {
        if (roster.reporter(userId).isEmpty()) {
            return notAReporter(roster, userId);
        }
        return ReportingService.guarded(() -> {
            List<LedgerEntry> last = ledger.lastMessageOf(userId);
            if (last.isEmpty()) {
                return repeatOr(messageId, Refusal.NOTHING_TO_WITHDRAW);
            }
            return confirmations.of(ledger.withdraw(messageId, at, userId, last.get(last.size() - 1), raw,
                    PendingQuestions.key(userId)), Refusal.NOTHING_TO_WITHDRAW);
        });
    }

    ReportingOutcome correct(String messageId, String userId, Figure figure, Target named, boolean explicit, int figures,
                             String raw, Instant at) {
        if (roster.reporter(userId).isEmpty()) {
            return notAReporter(roster, userId);
        }
        if (figure == null) {
            return Refused.of(figures > 1 ? Refusal.SEVERAL_FIGURES : Refusal.CORRECT_HOW);
        }
        return ReportingService.guarded(() -> {
            List<LedgerEntry> repeated = ledger.entriesForMessage(messageId);
            if (!repeated.isEmpty()) {
                return confirmations.of(repeated);
            }
            List<LedgerEntry> last = ledger.lastMessageOf(userId);
            if (last.isEmpty()) {
                return Refused.of(Refusal.NOTHING_TO_CORRECT);
            }
            LedgerEntry entry = which(last, figure, named);
            if (entry == null) {
                return new Refused(Refusal.CORRECT_WHICH, null, null, "", last.stream().map(this::target).toList());
            }
            Target target = target(entry);
            if (named != null && !named.equals(target)) {
                return new Refused(Refusal.CORRECT_OTHER_TARGET, target, null, named.name(), List.of(named));
            }
            FigureCheck.Checked checked = check.check(figure, target);
            if (checked.refusal() != null) {
                return checked.refusal();
            }
            if (!explicit) {
                pending.ask(userId, new PendingQuestion(PendingQuestion.Kind.CONFIRM_CORRECTION, List.of(new PendingQuestion.Item(
                        List.of(target.id()), figure.amount(), figure.unit(), figure.text(), figure.scaled(), false, null)),
                        entry.id(), raw));
                return new ReportingOutcome.AskCorrection(entry, target, checked.value());
            }
            return apply(messageId, userId, entry, checked.value(), raw, at);
        });
    }

    /** 是 to 是更正上一条吗: the correction, if that report is still the last one. */
    ReportingOutcome confirmed(String messageId, String userId, PendingQuestion question, Instant at) {
        LedgerEntry entry = ledger.entry(question.entryId()).orElse(null);
        if (entry == null) {
            return Refused.of(Refusal.NOTHING_TO_CORRECT);
        }
        FigureCheck.Checked checked = check.check(Recorder.figure(question.items().get(0)), target(entry));
        if (checked.refusal() != null) {
            return checked.refusal();
        }
        return apply(messageId, userId, entry, checked.value(), question.raw(), at);
    }

    private ReportingOutcome apply(String messageId, String userId, LedgerEntry entry, BigDecimal value, String raw, Instant at) {
        return confirmations.of(ledger.correct(messageId, at, userId, entry, value, raw, PendingQuestions.key(userId)),
                Refusal.NOTHING_TO_CORRECT);
    }

    /** The entry of the last message a correction is about: the only one, the one named, or the one its unit fits. */
    private LedgerEntry which(List<LedgerEntry> last, Figure figure, Target named) {
        if (last.size() == 1) {
            return last.get(0);
        }
        if (named != null) {
            return last.stream().filter(entry -> entry.targetId().equals(named.id())).findFirst().orElse(null);
        }
        List<LedgerEntry> fitting = last.stream().filter(entry -> figure.hasUnit() && check.fits(figure, target(entry))).toList();
        return fitting.size() == 1 ? fitting.get(0) : null;
    }

    private ReportingOutcome repeatOr(String messageId, Refusal refusal) {
        List<LedgerEntry> repeated = ledger.entriesForMessage(messageId);
        return repeated.isEmpty() ? Refused.of(refusal) : confirmations.of(repeated);
    }

    private Target target(LedgerEntry entry) {
        return knowledge.target(entry.targetId()).orElseThrow();
    }
}
