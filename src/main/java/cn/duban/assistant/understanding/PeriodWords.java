package cn.duban.assistant.understanding;

import java.util.List;
import java.util.regex.Pattern;

import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * The words of a message that say which period a figure is of: a running total (累计, 今年以来, 1-6月, the target's own
 * year 2023年), a month's or week's figure (本月, 本周), another year or period (去年, 2022年, 十四五), or a plan
 * (计划新增, 预计). Found once per message, then asked of each figure.
 */
final class PeriodWords {

    /** A month after a year (2023年6月): the figure is the month's, not the year's so far. */
    private static final Pattern MONTH_AFTER = Pattern.compile("\\s*[0-9一二三四五六七八九十]{1,2}\\s*月");
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

    private final String text;
    private final Clauses clauses;
    private final List<int[]> totals;
    private final List<int[]> periods;
    private final List<int[]> otherYears;
    private final List<int[]> years;
    private final List<int[]> plans;

    PeriodWords(String text, Clauses clauses, Vocabulary vocabulary) {
        this.text = text;
        this.clauses = clauses;
        this.totals = vocabulary.spans("running-total.pattern", text);
        this.totals.addAll(vocabulary.spans("running-total", text));
        this.periods = vocabulary.spans("period-increment.pattern", text);
        this.otherYears = vocabulary.spans("year.other", text);
        this.years = vocabulary.spans("year.pattern", text);
        this.plans = vocabulary.spans("plan", text);
    }

    /**
     * A running total: said in the figure's words before it, after it (unless its words say a month or week), in a
     * header (when its own words say neither), or as the target's own year (2023年, not 2023年6月).
     */
    boolean runningTotal(Figure figure, int from, int to, int targetYear) {
        boolean period = within(periods, from, figure.start());
        boolean ownTotal = within(totals, from, figure.start());
        if (ownTotal || !period && within(totals, figure.end(), to)) {
            return true;
        }
        if (!period && totals.stream().anyMatch(span -> span[1] <= from && header(span, figure))) {
            return true;
        }
        return otherPeriod(figure, targetYear) == null && years.stream().filter(span -> clauses.saidOf(span, figure))
                .anyMatch(span -> year(span) == targetYear && !MONTH_AFTER.matcher(text).region(span[1], text.length()).lookingAt());
    }

    /** A month's or week's figure (本月新增30人): said in its words, or in a header when its words say no running total. */
    boolean monthOrWeek(Figure figure, int from, int to) {
        if (within(periods, from, figure.start())) {
            return true;
        }
        boolean ownTotal = within(totals, from, figure.start()) || within(totals, figure.end(), to);
        return !ownTotal && periods.stream().anyMatch(span -> span[1] <= from && header(span, figure));
    }

    /** The words naming another period than the target's (去年, 明年, 十四五, 2022年); null when none. */
    String otherPeriod(Figure figure, int targetYear) {
        for (int[] span : otherYears) {
            if (clauses.saidOf(span, figure)) {
                return text.substring(span[0], span[1]);
            }
        }
        for (int[] span : years) {
            if (clauses.saidOf(span, figure) && year(span) != targetYear) {
                return text.substring(span[0], span[1]);
            }
        }
        return null;
    }

    /** 计划新增, 预计: a plan, said before the figure in its clause. */
    boolean planned(Figure figure) {
        return plans.stream().anyMatch(span -> span[1] <= figure.start() && clauses.of(span[0]) == clauses.of(figure.start()));
    }

    /** Words in a clause without figures before the figure's clause (截至6月底，…). */
    private boolean header(int[] span, Figure figure) {
        return span[1] <= clauses.start(clauses.of(figure.start())) && clauses.header(clauses.of(span[0]));
    }

    /** The year a 2022年 or 二〇二二年 span names, -1 when it has not four digits. */
    private int year(int[] span) {
        StringBuilder digits = new StringBuilder();
        for (int i = span[0]; i < span[1]; i++) {
            char c = text.charAt(i);
            int digit = Character.isDigit(c) ? c - '0' : c == '零' ? 0 : CHINESE_DIGITS.indexOf(c);
            if (digit >= 0) {
                digits.append(digit);
            }
        }
        return digits.length() == 4 ? Integer.parseInt(digits.toString()) : -1;
    }

    private static boolean within(List<int[]> spans, int from, int to) {
        return spans.stream().anyMatch(span -> span[0] >= from && span[1] <= to);
    }
}
