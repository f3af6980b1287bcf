package cn.duban.assistant.reporting;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.ledger.Ledger;
import cn.duban.assistant.ledger.LedgerEntry;
import cn.duban.assistant.reporting.ReportingOutcome.Refusal;
import cn.duban.assistant.reporting.ReportingOutcome.Refused;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.understanding.Figure;
import cn.duban.assistant.understanding.Intent;

/**
 * 撤回 and 更正 of a reporter's last message. 撤回 withdraws every figure of it. 更正 replaces one figure of it (the
 * one its target or unit points to) with a figure checked like a report; said plainly (更正, 改成, 改为) it is done at
 * once, said in passing (应为, 应该是, 不对…) it is asked back first (是更正上一条吗？). The ledger keeps the original.
 *
 * <p>A report on a target removed from targets.yml since cannot be withdrawn or corrected (its target, unit and
 * period are no longer known), and is never passed over: 撤回 still means the reporter's last message, so when that
 * message holds such a figure nothing is withdrawn — not an older report in its place, which the reporter did not
 * mean — and the refusal names the target id. Reports sent after it, on current targets, are withdrawn and corrected
 * as usual, and a 更正 naming a current target of a message that also holds a removed one corrects that figure.
 */
final class Corrections {

    private final Knowledge knowledge;
    private final GoneTargets gone;
    private final Ledger ledger;
    private final Roster roster;
    private final FigureCheck check;
    private final PendingQuestions pending;
    private final Confirmations confirmations;
    private final AssistantClock clock;
    private final Duration againWindow;

    Corrections(Knowledge knowledge, GoneTargets gone, Ledger ledger, Roster roster, FigureCheck check,
                PendingQuestions pending, Confirmations confirmations, AssistantClock clock, Duration againWindow) {
        this.knowledge = knowledge;
        this.gone = gone;
        this.ledger = ledger;
        this.roster = roster;
        this.check = check;
        this.pending = pending;
        this.confirmations = confirmations;
        this.clock = clock;
        this.againWindow = againWindow;
    }

    static ReportingOutcome notAReporter(Roster roster, String userId) {
        return Refused.of(roster.official(userId).isPresent() ? Refusal.OFFICIAL : Refusal.NOT_IN_ROSTER);
    }

    /** What a 撤回 names: a figure and a target that must be the last report's, and whether to ask first. */
    record WithdrawRequest(Figure figure, Target target, boolean soft) {
    }

    ReportingOutcome withdraw(String messageId, String userId, WithdrawRequest request, String raw, Instant at) {
        if (roster.reporter(userId).isEmpty()) {
            return notAReporter(roster, userId);
        }
        return ReportingService.guarded(() -> {
            List<LedgerEntry> last = ledger.lastMessageOf(userId);
            if (last.isEmpty()) {
                return repeatOr(messageId, Refusal.NOTHING_TO_WITHDRAW);
            }
            List<String> removed = gone.of(last);
            if (!removed.isEmpty()) {
                return repeatOr(messageId, new ReportingOutcome.TargetRemoved(removed, false));
            }
            boolean otherTarget = request.target() != null && last.stream().anyMatch(entry -> !entry.targetId().equals(request.target().id()));
            boolean otherFigure = request.figure() != null && last.stream().noneMatch(entry -> sameFigure(request.figure(), entry));
            if (otherTarget || otherFigure) {
                return repeatOr(messageId, new ReportingOutcome.WithdrawMismatch(confirmations.described(last)));
            }
            Refused closed = closedPeriod(last);
            if (closed != null) {
                return closed;
            }
            LedgerEntry top = last.get(last.size() - 1);
            if (request.soft()) {
                return askWithdraw(userId, last, raw, false);
            }
            Ledger.Outcome outcome = ledger.withdraw(messageId, at, userId, top, raw, PendingQuestions.key(userId), againWindow, true);
            if (outcome instanceof Ledger.Outcome.WithdrewJustNow) {
                return askWithdraw(userId, last, raw, true);
            }
            return confirmations.of(outcome, Refusal.NOTHING_TO_WITHDRAW);
        });
    }

    /** 是 to 要撤回上一条上报吗: the withdrawal, if that report is still the last one. */
    ReportingOutcome confirmedWithdrawal(String messageId, String userId, PendingQuestion question, Instant at) {
        LedgerEntry top = ledger.entry(question.entryId()).orElse(null);
        if (top == null) {
            return Refused.of(Refusal.NOTHING_TO_WITHDRAW);
        }
        return confirmations.of(ledger.withdraw(messageId, at, userId, top, question.raw(), PendingQuestions.key(userId),
                againWindow, false), Refusal.NOTHING_TO_WITHDRAW);
    }

    private ReportingOutcome askWithdraw(String userId, List<LedgerEntry> last, String raw, boolean again) {
        pending.ask(userId, new PendingQuestion(PendingQuestion.Kind.CONFIRM_WITHDRAW, List.of(),
                last.get(last.size() - 1).id(), raw));
        return new ReportingOutcome.AskWithdraw(confirmations.described(last), again);
    }

    /** Whether a figure named in a 撤回 is this entry's figure, in the entry's target unit. */
    private boolean sameFigure(Figure figure, LedgerEntry entry) {
        FigureCheck.Checked checked = check.check(figure, target(entry));
        return checked.value() != null && checked.value().compareTo(entry.value()) == 0;
    }

    /** A refusal when a report to change belongs to a target whose period is over (or not begun). */
    private Refused closedPeriod(List<LedgerEntry> entries) {
        for (LedgerEntry entry : entries) {
            Refused outside = FigureCheck.outsidePeriod(target(entry), clock.today());
            if (outside != null) {
                return outside;
            }
        }
        return null;
    }

    ReportingOutcome correct(String messageId, String userId, Intent.Correct correction, String raw, Instant at) {
        if (roster.reporter(userId).isEmpty()) {
            return notAReporter(roster, userId);
        }
        Figure figure = correction.figure();
        if (figure == null) {
            return Refused.of(correction.figures() > 1 ? Refusal.SEVERAL_FIGURES : Refusal.CORRECT_HOW);
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
            Target named = correction.target();
            LedgerEntry entry = which(last, figure, named);
            List<String> removed = gone.of(entry == null ? last : List.of(entry));
            if (!removed.isEmpty()) {
                return new ReportingOutcome.TargetRemoved(removed, false);
            }
            if (entry == null) {
                return new Refused(Refusal.CORRECT_WHICH, null, null, "", last.stream().map(this::target).toList());
            }
            Target target = target(entry);
            if (named != null && !named.equals(target)) {
                return new Refused(Refusal.CORRECT_OTHER_TARGET, target, null, named.name(), List.of(named));
            }
            if (figure.approximate()) {
                return new ReportingOutcome.AskExact(figure, target);
            }
            Refused closed = closedPeriod(List.of(entry));
            if (closed != null) {
                return closed;
            }
            FigureCheck.Checked checked = check.check(figure, target);
            if (checked.refusal() != null) {
                return checked.refusal();
            }
            String kind = correction.runningTotal() == null ? null : correction.runningTotal() ? LedgerEntry.SET : LedgerEntry.ADD;
            if (checked.value().compareTo(entry.value()) == 0 && (kind == null || kind.equals(entry.kind()))) {
                return Refused.of(Refusal.SAME_AS_BEFORE, target);
            }
            boolean large = FigureCheck.implausible(checked.value(), target);
            if (!correction.explicit() || large) {
                pending.ask(userId, new PendingQuestion(PendingQuestion.Kind.CONFIRM_CORRECTION,
                        List.of(Recorder.item(List.of(target), figure, false, null)), entry.id(), raw, kind));
                return new ReportingOutcome.AskCorrection(entry, target, checked.value(), kind, large);
            }
            return apply(messageId, userId, entry, checked.value(), kind, raw, at);
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
        return apply(messageId, userId, entry, checked.value(), question.newKind(), question.raw(), at);
    }

    private ReportingOutcome apply(String messageId, String userId, LedgerEntry entry, BigDecimal value, String kind, String raw,
                                   Instant at) {
        return confirmations.of(ledger.correct(messageId, at, userId, entry, value, kind, raw, PendingQuestions.key(userId)),
                Refusal.NOTHING_TO_CORRECT);
    }

    /**
     * The entry of the last message a correction is about: the only one, the one named, or the one its unit fits —
     * none by its unit when one of them is on a removed target, whose unit is no longer known.
     */
    private LedgerEntry which(List<LedgerEntry> last, Figure figure, Target named) {
        if (last.size() == 1) {
            return last.get(0);
        }
        if (named != null) {
            return last.stream().filter(entry -> entry.targetId().equals(named.id())).findFirst().orElse(null);
        }
        if (!gone.of(last).isEmpty()) {
            return null;
        }
        List<LedgerEntry> fitting = last.stream().filter(entry -> figure.hasUnit() && check.fits(figure, target(entry))).toList();
        return fitting.size() == 1 ? fitting.get(0) : null;
    }

    private ReportingOutcome repeatOr(String messageId, Refusal refusal) {
        return repeatOr(messageId, Refused.of(refusal));
    }

    /** For a repeated message whose report is gone by now: the reply the first one got; else the given outcome. */
    private ReportingOutcome repeatOr(String messageId, ReportingOutcome otherwise) {
        List<LedgerEntry> repeated = ledger.entriesForMessage(messageId);
        return repeated.isEmpty() ? otherwise : confirmations.of(repeated);
    }

    private Target target(LedgerEntry entry) {
        return knowledge.target(entry.targetId()).orElseThrow();
    }
}
