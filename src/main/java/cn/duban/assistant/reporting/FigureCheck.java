package cn.duban.assistant.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.progress.ProgressCalculator;
import cn.duban.assistant.reporting.ReportingOutcome.Refusal;
import cn.duban.assistant.reporting.ReportingOutcome.Refused;
import cn.duban.assistant.understanding.Figure;
import cn.duban.assistant.understanding.Units;

/**
 * Whether a figure can be recorded on a target, and as what: converted to the target's unit, then refused when
 * the unit cannot belong to the target, when it is zero, negative (except for a growth rate, which may fall),
 * fractional for a count, more precise than the ledger keeps (4 decimals), or more than 100 times the target.
 */
final class FigureCheck {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Units units;

    FigureCheck(Units units) {
        this.units = units;
    }

    /** The figure in the target's unit, or the reason it cannot be recorded. */
    record Checked(BigDecimal value, Refused refusal) {
    }

    Checked check(Figure figure, Target target) {
        Optional<BigDecimal> converted = units.convert(figure, target.unit());
        if (converted.isEmpty()) {
            return refused(new Refused(Refusal.WRONG_UNIT, target, null, figure.unit(), List.of()));
        }
        BigDecimal value = converted.get();
        if (value.signum() == 0) {
            return refused(Refused.of(Refusal.ZERO, target));
        }
        if (value.signum() < 0 && !ProgressCalculator.isRate(target)) {
            return refused(Refused.of(Refusal.NEGATIVE, target));
        }
        if (units.counted(target.unit()) && value.stripTrailingZeros().scale() > 0) {
            return refused(Refused.of(Refusal.NOT_WHOLE, target));
        }
        if (value.stripTrailingZeros().scale() > 4) {
            return refused(new Refused(Refusal.TOO_PRECISE, target, value, "", List.of()));
        }
        if (target.value().signum() > 0 && value.abs().compareTo(target.value().multiply(HUNDRED)) > 0) {
            return refused(new Refused(Refusal.ABSURD, target, value, "", List.of()));
        }
        return new Checked(value, null);
    }

    /** Whether the figure's unit can belong to the target. */
    boolean fits(Figure figure, Target target) {
        return units.convert(figure, target.unit()).isPresent();
    }

    /** Refused when today is outside the target's period: nothing may be reported before it starts or after it ends. */
    static Refused outsidePeriod(Target target, LocalDate today) {
        if (today.isAfter(target.periodEnd())) {
            return Refused.of(Refusal.PERIOD_ENDED, target);
        }
        return today.isBefore(target.periodStart()) ? Refused.of(Refusal.PERIOD_NOT_STARTED, target) : null;
    }

    /** More than the whole year's target at once (three times the target for a growth rate). */
    static boolean implausible(BigDecimal value, Target target) {
        BigDecimal limit = ProgressCalculator.isRate(target) ? target.value().multiply(BigDecimal.valueOf(3)) : target.value();
        return target.value().signum() > 0 && value.compareTo(limit) > 0;
    }

    private static Checked refused(Refused refusal) {
        return new Checked(null, refusal);
    }
}
