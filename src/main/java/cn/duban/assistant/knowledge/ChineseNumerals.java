package cn.duban.assistant.knowledge;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese numerals as reports write counts (三所, 十二个, 一百二十公里, 两千五百人): read as whole numbers below 10,000.
 * A report's quote may state its target's value this way.
 */
public final class ChineseNumerals {

    /** A run of numeral characters. */
    public static final Pattern RUN = Pattern.compile("[零〇一二两三四五六七八九十百千]+");
    private static final String DIGITS = "零〇一二两三四五六七八九";
    private static final int[] VALUES = {0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9};

    private ChineseNumerals() {
    }

    /** The number a run of numerals writes (十二 → 12, 一百零五 → 105), or empty when it is not a well-formed one. */
    public static OptionalLong parse(String run) {
        long total = 0;
        long digit = -1;
        long lastUnit = Long.MAX_VALUE;
        for (char c : run.toCharArray()) {
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                if (digit > 0) {
                    return OptionalLong.empty();
                }
                digit = VALUES[d];
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> -1;
            };
            if (unit < 0 || unit >= lastUnit) {
                return OptionalLong.empty();
            }
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
            lastUnit = unit;
        }
        return run.isEmpty() ? OptionalLong.empty() : OptionalLong.of(total + Math.max(digit, 0));
    }

    /** A percentage written out (百分之七, 百分之六点五), its numerals in group 1. */
    public static final Pattern PERCENT = Pattern.compile("百分之([零〇一二两三四五六七八九十百]+(?:点[零〇一二两三四五六七八九]+)?)");

    /** The value of a percentage's numerals (七 → 7, 六点五 → 6.5), or null when they are not a number. */
    public static java.math.BigDecimal percent(String numerals) {
        String[] parts = numerals.split("点", 2);
        OptionalLong whole = parse(parts[0]);
        if (whole.isEmpty()) {
            return null;
        }
        StringBuilder decimals = new StringBuilder();
        if (parts.length > 1) {
            for (char c : parts[1].toCharArray()) {
                decimals.append(VALUES[DIGITS.indexOf(c)]);
            }
        }
        return new java.math.BigDecimal(whole.getAsLong() + (decimals.length() > 0 ? "." + decimals : ""));
    }

    /** Whether the text writes the value as a percentage in words (百分之七 for 7 %). */
    public static boolean writesPercent(String text, java.math.BigDecimal value) {
        Matcher written = PERCENT.matcher(text);
        while (written.find()) {
            java.math.BigDecimal said = percent(written.group(1));
            if (said != null && said.compareTo(value) == 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text writes the value in Chinese numerals right before the unit (三所 for 3 所). */
    public static boolean writes(String text, long value, String unit) {
        Matcher runs = RUN.matcher(text);
        while (runs.find()) {
            OptionalLong parsed = parse(runs.group());
            if (parsed.isPresent() && parsed.getAsLong() == value && text.startsWith(unit, runs.end())) {
                return true;
            }
        }
        return false;
    }
}
