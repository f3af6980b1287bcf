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

    /** 序时进度 in percent, 0 before the period and 100 after it. */
    public static BigDecimal schedule(Target target, LocalDate today) {
        long total = ChronoUnit.DAYS.between(target.periodStart(), target.periodEnd()) + 1;
        long elapsed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(target.periodStart(), today) + 1));
        return BigDecimal.valueOf(elapsed).multiply(HUNDRED).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
    }

    public static boolean isRate(Target target) {
        return target.aggregation() == Aggregation.LATEST && (target.unit().equals("%") || target.unit().equals("‰"));
    }

    public Progress progress(Target target, BigDecimal figure, LedgerEntry lastChange, LocalDate today) {
        BigDecimal schedule = schedule(target, today);
        boolean rate = isRate(target);
        if (figure == null) {
            return new Progress(target, null, null, schedule, Status.NO_DATA, rate, lastChange);
        }
        BigDecimal completion = target.value().signum() == 0 ? HUNDRED
                : figure.multiply(HUNDRED).divide(target.value(), 4, RoundingMode.HALF_UP);
        Status status;
        if (target.comparison() == Comparison.AT_MOST) {
            status = figure.compareTo(target.value()) <= 0 ? Status.ON_SCHEDULE : Status.BEHIND;
        } else {
            BigDecimal reference = rate ? HUNDRED : schedule;
            if (completion.compareTo(HUNDRED) >= 0) {
                status = Status.DONE;
            } else if (completion.compareTo(reference.add(tolerance)) >= 0) {
                status = Status.AHEAD;
            } else if (completion.compareTo(reference) >= 0) {
                status = Status.ON_SCHEDULE;
            } else {
                status = Status.BEHIND;
            }
        }
        return new Progress(target, figure, completion, schedule, status, rate, lastChange);
    }
}
