package cn.duban.assistant.workbench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the pages write times and figures: times in the county's zone, figures exactly, percents to one decimal. */
public final class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;

    /** Times in this zone. */
    public Formats(ZoneId zone) {
        this.zone = zone;
    }

    /** 2023-06-30 09:15, or empty. */
    public String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    /** A figure as written (1.5, 1200), or empty. */
    public String figure(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** A percent to one decimal with its sign (49.6%), or empty. */
    public String percent(BigDecimal value) {
        return value == null ? "" : value.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
