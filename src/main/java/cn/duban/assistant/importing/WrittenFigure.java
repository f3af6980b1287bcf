package cn.duban.assistant.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.duban.assistant.knowledge.ChineseNumerals;

/**
 * A figure with its unit as a report writes it: {@code 6.2%}, {@code 130亿元}, {@code 500万吨}, {@code 0.5个百分点}.
 * Chinese numerals are read as reports write counts (幼儿园三所).
 *
 * @param start where the figure starts in the text it was found in
 * @param end   where its unit ends
 * @param value the figure (6.2)
 * @param unit  the unit as written, with 万 or 亿 before it (亿元, 万吨, %); {@code 个百分点} is {@code 百分点}
 */
record WrittenFigure(int start, int end, BigDecimal value, String unit) {

    /** Finds figures followed by one of the units (longest first), not inside letters or other figures. */
    static final class Finder {

        private final Pattern pattern;

        Finder(List<String> units) {
            String alternatives = units.stream().sorted(Comparator.comparingInt(String::length).reversed())
                    .map(Pattern::quote).collect(Collectors.joining("|"));
            this.pattern = Pattern.compile("(?<![0-9.A-Za-z第每这那])([0-9]+(?:\\.[0-9]+)?|" + ChineseNumerals.RUN.pattern()
                    + ")\\s?([万亿]?)(个百分点|％|" + alternatives + ")");
        }

        /** The figures in the text, in order. */
        List<WrittenFigure> find(String text) {
            List<WrittenFigure> figures = new ArrayList<>();
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                String unit = switch (matcher.group(3)) {
                    case "个百分点" -> "百分点";
                    case "％" -> "%";
                    default -> matcher.group(3);
                };
                BigDecimal value = value(matcher.group(1));
                if (value != null) {
                    figures.add(new WrittenFigure(matcher.start(), matcher.end(), value, matcher.group(2) + unit));
                }
            }
            Matcher percent = ChineseNumerals.PERCENT.matcher(text);
            while (percent.find()) {
                BigDecimal value = ChineseNumerals.percent(percent.group(1));
                if (value != null) {
                    figures.add(new WrittenFigure(percent.start(), percent.end(), value, "%"));
                }
            }
            figures.sort(java.util.Comparator.comparingInt(WrittenFigure::start));
            return figures;
        }

        /** The figure's value: Arabic as written, Chinese numerals read (三 → 3), or null when they are not a number. */
        private static BigDecimal value(String written) {
            if (Character.isDigit(written.charAt(0)) && written.charAt(0) < 128) {
                return new BigDecimal(written);
            }
            OptionalLong parsed = ChineseNumerals.parse(written);
            return parsed.isPresent() && parsed.getAsLong() > 0 ? BigDecimal.valueOf(parsed.getAsLong()) : null;
        }
    }
}
