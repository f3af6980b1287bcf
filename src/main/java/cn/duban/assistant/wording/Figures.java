package cn.duban.assistant.wording;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import cn.duban.assistant.knowledge.Comparison;
import cn.duban.assistant.progress.Progress;
import cn.duban.assistant.progress.Status;

/**
 * How figures, percentages and dates are written in replies: 1200人, 15.3亿元, 49.6, 6月28日. Shares are rounded
 * half up with one decimal, except that completion short of the target never shows 100.0 (99.96% shows as 99.9%),
 * and where completion and 序时进度 would look equal (or the wrong way round) against the status, both get more
 * decimals until their order agrees with it (49.57 and 49.59).
 */
final class Figures {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");
    private static final int MOST_DECIMALS = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Figures() {
    }

    static String amount(BigDecimal value, String unit) {
        return plain(value) + unit;
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** A share in percent with one decimal, rounded half up: 序时进度 alone. */
    static String percent(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** Completion alone: never 100.0 before the target is met. */
    static String completion(BigDecimal value) {
        return completion(value, 1).toPlainString();
    }

    private static BigDecimal completion(BigDecimal value, int decimals) {
        BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
        return rounded.compareTo(HUNDRED) >= 0 && value.compareTo(HUNDRED) < 0 ? value.setScale(decimals, RoundingMode.DOWN) : rounded;
    }

    /**
     * Completion and 序时进度 of a standing, written so that their order agrees with its status: completion below
     * 序时进度 (欠进度) never looks equal or above it, and the other way round.
     */
    static String[] completionAndSchedule(Progress progress) {
        BigDecimal completion = progress.completion();
        BigDecimal schedule = progress.schedule();
        boolean behind = progress.status() == Status.BEHIND;
        if (progress.target().comparison() == Comparison.AT_MOST) {
            return new String[] {completion(completion), percent(schedule)};
        }
        for (int decimals = 1; decimals <= MOST_DECIMALS; decimals++) {
            BigDecimal shownCompletion = completion(completion, decimals);
            BigDecimal shownSchedule = schedule.setScale(decimals, RoundingMode.HALF_UP);
            int order = shownCompletion.compareTo(shownSchedule);
            if (behind ? order < 0 : order >= 0 || progress.status() == Status.DONE) {
                return new String[] {shownCompletion.toPlainString(), shownSchedule.toPlainString()};
            }
        }
        return new String[] {completion(completion, MOST_DECIMALS).toPlainString(),
                schedule.setScale(MOST_DECIMALS, RoundingMode.HALF_UP).toPlainString()};
    }

    static String day(Instant at, ZoneId zone) {
        return DAY.format(at.atZone(zone));
    }

    /** 2023年12月31日. */
    static String date(java.time.LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
