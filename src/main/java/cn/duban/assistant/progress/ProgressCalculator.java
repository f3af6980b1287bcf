package cn.duban.assistant.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import cn.duban.assistant.knowledge.Aggregation;
import cn.duban.assistant.knowledge.Comparison;
import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.ledger.LedgerEntry;

/**
 * 序时进度 and status. 序时进度 = days elapsed in the target's period (today included) / days in the period.
 * Completion = figure / target. Status: 已完成 at 100%, 超进度 at 序时进度 + tolerance, 达进度 at 序时进度, else
 * 欠进度. A percentage target (a growth rate) is judged against the target itself: its reference is 100% whatever
 * the date. For a {@code <=} target lower is better: within the limit is 达进度, above it 欠进度.
 */
public final class ProgressCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal tolerance;

    public ProgressCalculator(BigDecimal tolerance) {
        this.tolerance = tolerance;
    }

    /** 序时进度 in percent (six decimals), 0 before the period and 100 after it. */
    public static BigDecimal schedule(Target target, LocalDate today) {
        return schedule(totalDays(target), elapsedDays(target, today));
    }

    private static BigDecimal schedule(long total, long elapsed) {
        return BigDecimal.valueOf(elapsed).multiply(HUNDRED).divide(BigDecimal.valueOf(total), 6, RoundingMode.HALF_UP);
    }

    /** The days of the target's period, both ends counted. */
    private static long totalDays(Target target) {
        return ChronoUnit.DAYS.between(target.periodStart(), target.periodEnd()) + 1;
    }

    /** The days of the period gone by today (today counted), 0 before it, all of them after it. */
    private static long elapsedDays(Target target, LocalDate today) {
        return Math.max(0, Math.min(totalDays(target), ChronoUnit.DAYS.between(target.periodStart(), today) + 1));
    }

    public static boolean isRate(Target target) {
        return target.aggregation() == Aggregation.LATEST && (target.unit().equals("%") || target.unit().equals("‰"));
    }

    /**
     * The standing of a target. The status is decided on exact values (figure × days in the period against target ×
     * days elapsed), never on rounded percentages; completion and 序时进度 are kept to six decimals for display.
     */
    public Progress progress(Target target, BigDecimal figure, LedgerEntry lastChange, LocalDate today) {
        long total = totalDays(target);
        long elapsed = elapsedDays(target, today);
        BigDecimal schedule = schedule(total, elapsed);
        boolean rate = isRate(target);
        if (figure == null) {
            return new Progress(target, null, null, schedule, Status.NO_DATA, rate, lastChange, today);
        }
        BigDecimal completion = target.value().signum() == 0 ? HUNDRED
                : figure.multiply(HUNDRED).divide(target.value(), 6, RoundingMode.DOWN);
        return new Progress(target, figure, completion, schedule, status(target, figure, rate, elapsed, total), rate, lastChange,
                today);
    }

    /**
     * 超进度: a completion (percent) at least {@code tolerance} points above its 序时进度 — the targets' rule, which the
     * workbench applies to a task's stated percent too.
     */
    public static boolean ahead(BigDecimal completion, BigDecimal schedule, BigDecimal tolerance) {
        return completion.compareTo(schedule.add(tolerance)) >= 0;
    }

    private Status status(Target target, BigDecimal figure, boolean rate, long elapsed, long total) {
        if (target.comparison() == Comparison.AT_MOST) {
            return figure.compareTo(target.value()) <= 0 ? Status.ON_SCHEDULE : Status.BEHIND;
        }
        if (figure.compareTo(target.value()) >= 0) {
            return Status.DONE;
        }
        if (target.value().signum() <= 0) {
            return Status.BEHIND;
        }
        // completion ≥ reference + tolerance  ⟺  figure × 100 × total ≥ (reference × total + tolerance × total) × target
        BigDecimal days = BigDecimal.valueOf(rate ? 1 : total);
        BigDecimal reached = figure.multiply(HUNDRED).multiply(days);
        BigDecimal onSchedule = BigDecimal.valueOf(rate ? 100 : elapsed * 100).multiply(target.value());
        BigDecimal ahead = onSchedule.add(tolerance.multiply(days).multiply(target.value()));
        if (reached.compareTo(ahead) >= 0) {
            return Status.AHEAD;
        }
        return reached.compareTo(onSchedule) >= 0 ? Status.ON_SCHEDULE : Status.BEHIND;
    }
}
