package cn.duban.assistant.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How figures, percentages and dates are written in replies: 1200人, 15.3亿元, 42.9, 6月28日. */
public final class Figures {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");

    private Figures() {
    }

    public static String amount(BigDecimal value, String unit) {
        return plain(value) + unit;
    }

    public static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** A percentage with one decimal: 42.9. */
    public static String percent(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    public static String day(Instant at, ZoneId zone) {
        return DAY.format(at.atZone(zone));
    }
}
