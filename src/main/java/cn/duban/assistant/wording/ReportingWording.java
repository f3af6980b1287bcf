package cn.duban.assistant.wording;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import cn.duban.assistant.knowledge.Aggregation;
import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.ledger.LedgerEntry;
import cn.duban.assistant.reporting.ReportingOutcome;
import cn.duban.assistant.reporting.ReportingOutcome.Change;
import cn.duban.assistant.reporting.ReportingOutcome.Refused;

/** Words what a report, 撤回, 更正 or answer did: the confirmation with the new standing, a question back, a refusal. */
final class ReportingWording {


    private final Replies replies;
    private final ProgressWording progress;
    private final ZoneId zone;
    private final Examples examples;

    ReportingWording(Replies replies, ProgressWording progress, ZoneId zone, Examples examples) {
        this.replies = replies;
        this.progress = progress;
        this.zone = zone;
        this.examples = examples;
    }

    String render(ReportingOutcome outcome) {
        if (outcome instanceof ReportingOutcome.Recorded recorded) {
            return confirmation(recorded.changes());
        }
        if (outcome instanceof ReportingOutcome.AskTarget ask) {
            List<String> lines = new ArrayList<>();
            lines.add(replies.text("reporting.ask-target", ask.figure().text()));
            for (int i = 0; i < ask.choices().size(); i++) {
                lines.add(replies.text("reporting.ask-target.item", i + 1, ask.choices().get(i).name()));
            }
            lines.add(replies.text("reporting.ask-target.how"));
            return String.join("\n", lines);
        }
        if (outcome instanceof ReportingOutcome.AskLarge large) {
            return replies.text("reporting.ask-confirm", large.target().name(), Figures.amount(large.value(), large.target().unit()),
                    Figures.amount(large.target().value(), large.target().unit()));
        }
        if (outcome instanceof ReportingOutcome.AskSame same) {
            return replies.text("reporting.ask-same", same.last().unit(), same.target().name(), describe(same.last(), same.target()),
                    Figures.day(same.last().at(), zone));
        }
        if (outcome instanceof ReportingOutcome.AskCorrection correction) {
            Target target = correction.target();
            String kind = correction.kind() == null ? correction.original().kind() : correction.kind();
            String ask = replies.text("reporting.ask-correction", correction.original().unit(), target.name(),
                    describe(correction.original(), target), describe(kind, correction.value(), target));
            return correction.large() ? ask + replies.text("reporting.ask-correction.large",
                    Figures.amount(target.value(), target.unit())) : ask;
        }
        if (outcome instanceof ReportingOutcome.AskExact exact) {
            return replies.text("reporting.ask-exact", exact.figure().text(),
                    exact.target() == null ? examples.report(null) : exact.target().name() + Examples.figure(exact.target()));
        }
        if (outcome instanceof ReportingOutcome.AskLower lower) {
            Target target = lower.target();
            return replies.text("reporting.ask-lower", lower.unit(), target.name(), Figures.amount(lower.value(), target.unit()),
                    Figures.amount(lower.unitFigure(), target.unit()));
        }
        if (outcome instanceof ReportingOutcome.AskWithdraw withdraw) {
            return replies.text(withdraw.again() ? "reporting.ask-withdraw-again" : "reporting.ask-withdraw", entries(withdraw.last()));
        }
        if (outcome instanceof ReportingOutcome.WithdrawMismatch mismatch) {
            return replies.text("reporting.withdraw-mismatch", entries(mismatch.last()));
        }
        if (outcome instanceof ReportingOutcome.OtherUnit other) {
            return replies.text("reporting.other-unit", other.own(), other.named());
        }
        if (outcome instanceof ReportingOutcome.Cancelled) {
            return replies.text("reporting.cancelled");
        }
        if (outcome instanceof ReportingOutcome.NothingPendingForOfficial) {
            return replies.text("reporting.nothing-pending.official");
        }
        if (outcome instanceof ReportingOutcome.NothingPending) {
            return replies.text("reporting.nothing-pending");
        }
        if (outcome instanceof ReportingOutcome.NothingToChoose) {
            return replies.text("reporting.nothing-to-choose", examples.report(null));
        }
        if (outcome instanceof ReportingOutcome.Unknown) {
            return replies.text("reporting.unknown");
        }
        if (outcome instanceof ReportingOutcome.TargetRemoved removed) {
            return replies.text(removed.copy() ? "reporting.target-removed.copy" : "reporting.target-removed",
                    String.join("、", removed.targetIds()));
        }
        return refusal((Refused) outcome);
    }

    /** 常家镇 新增城镇就业 +50人；常家镇 引进过亿元项目 +1个 — what a question back about them shows. */
    /** The entries named one after another: unit, target, figure. */
    String entries(List<Change> changes) {
        return String.join("；", changes.stream().map(change -> replies.text("reporting.entry", change.entry().unit(),
                change.target().name(), describe(change.entry(), change.target()))).toList());
    }

    /** The entries a message made, each with its unit's and the county's new standing, and how to undo them. */
    private String confirmation(List<Change> changes) {
        List<String> lines = new ArrayList<>();
        boolean several = changes.size() > 1;
        if (several) {
            lines.add(replies.text(changes.get(0).entry().isWithdrawal() ? "reporting.withdrawn.many" : "reporting.recorded.many",
                    changes.size()));
        }
        for (Change change : changes) {
            lines.add(replies.text(several ? "reporting.item" : "reporting.item.alone", headline(change)));
            LedgerEntry entry = change.entry();
            Target target = change.target();
            if (target.aggregation() == Aggregation.SUM && entry.unitAfter() != null) {
                lines.add(replies.text("reporting.unit-total", entry.unit(), Figures.amount(entry.unitAfter(), target.unit())));
            }
            String check = runningTotalCheck(entry, target);
            if (check != null) {
                lines.add(check);
            }
            String line = progress.line(change.progress(), entry.unit());
            lines.add(several ? replies.text("reporting.progress.of", target.name(), line) : line);
        }
        Change last = changes.get(changes.size() - 1);
        if (last.entry().isWithdrawal()) {
            lines.add(replies.text("reporting.after-withdraw"));
        } else {
            lines.add(replies.text(several ? "reporting.undo-hint.many" : "reporting.undo-hint",
                    Figures.amount(last.entry().value(), last.target().unit())));
        }
        return String.join("\n", lines);
    }

    private String headline(Change change) {
        LedgerEntry entry = change.entry();
        Target target = change.target();
        LedgerEntry original = change.original() == null ? entry : change.original();
        if (entry.isWithdrawal()) {
            return replies.text("reporting.withdrawn", entry.unit(), target.name(), describe(original, target));
        }
        if (entry.isCorrection()) {
            return replies.text("reporting.corrected", entry.unit(), target.name(), describe(original, target), describe(entry, target));
        }
        return replies.text("reporting.recorded", entry.unit(), target.name(), describe(entry, target));
    }

    /** 本周新增30人，累计350人: says so when the increment and the unit's previous total do not add up to it. */
    private String runningTotalCheck(LedgerEntry entry, Target target) {
        if (entry.increment() == null || !LedgerEntry.SET.equals(entry.kind()) || entry.delta() == null || entry.unitAfter() == null) {
            return null;
        }
        BigDecimal before = entry.unitAfter().subtract(entry.delta());
        BigDecimal expected = before.add(entry.increment());
        if (expected.compareTo(entry.value()) == 0) {
            return null;
        }
        return replies.text("reporting.running-total.check", Figures.amount(entry.increment(), target.unit()),
                Figures.amount(before, target.unit()), Figures.amount(expected, target.unit()), Figures.amount(entry.value(), target.unit()));
    }

    private String describe(LedgerEntry entry, Target target) {
        return describe(entry.kind(), entry.value(), target);
    }

    /** +120人 (an increment), 累计350人 (a running total), 12.5% (a latest figure). */
    private String describe(String kind, BigDecimal value, Target target) {
        String amount = Figures.amount(value, target.unit());
        return switch (kind) {
            case LedgerEntry.ADD, LedgerEntry.SET -> replies.text("figure." + kind, amount);
            default -> amount;
        };
    }

    private String refusal(Refused refused) {
        Target target = refused.target();
        String name = target == null ? "" : target.name();
        return switch (refused.reason()) {
            case WRONG_UNIT -> replies.text("reporting.wrong-unit", name, target.unit(), refused.detail());
            case NOT_WHOLE -> replies.text("reporting.not-whole", name, target.unit());
            case TOO_PRECISE -> replies.text("reporting.too-precise", Figures.amount(refused.value(), target.unit()), name, target.unit());
            case ABSURD -> replies.text("reporting.absurd", Figures.amount(refused.value(), target.unit()), name,
                    Figures.amount(target.value(), target.unit()));
            case UNKNOWN_TARGET -> replies.text("reporting.unknown-target", ProgressWording.names(refused.targets()));
            case NOT_ALLOWED -> replies.text("reporting.not-allowed", ProgressWording.names(refused.targets()));
            case PERIOD_ENDED, PERIOD_NOT_STARTED -> replies.text("reporting." + key(refused) , name,
                    date(target.periodStart()), date(target.periodEnd()));
            case OTHER_PERIOD -> target == null ? replies.text("reporting.other-period.any", refused.detail())
                    : replies.text("reporting.other-period", name, refused.detail(), date(target.periodStart()), date(target.periodEnd()));
            case NEEDS_RUNNING_TOTAL -> replies.text("reporting.needs-running-total", name, Examples.figure(target));
            case CORRECT_WHICH -> replies.text("reporting.correct-which", ProgressWording.names(refused.targets()));
            case CORRECT_OTHER_TARGET -> replies.text("reporting.correct-other-target", name, refused.detail());
            case NOT_A_CHOICE -> replies.text("reporting.not-a-choice", refused.targets().size());
            case NO_FIGURE, SEVERAL_FIGURES, UNCLEAR_TARGETS -> replies.text("reporting." + key(refused), examples.report(null));
            case OFFICIAL -> replies.text("reporting.official", examples.shortName());
            default -> replies.text("reporting." + key(refused));
        };
    }

    private String date(java.time.LocalDate date) {
        return replies.text("format.date", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** The reply key of a refusal: NOT_IN_ROSTER → not-in-roster. */
    private static String key(Refused refused) {
        return refused.reason().name().toLowerCase().replace('_', '-');
    }
}
