package cn.duban.assistant.importing;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * A 完成时限 as counties write it ({@code 2023年12月底前}, {@code 12月底前}, {@code 2023年6月30日}, {@code 年底前},
 * {@code 上半年}, {@code 三季度末}, {@code 长期坚持}, an Excel date), resolved to the forms {@code tasks.yml} takes:
 * a day {@code 2023-06-30}, a month {@code 2023-06} or a year {@code 2023}. A missing year is the report's. The words
 * are the {@code plan.deadline.*} keys of {@code vocabulary.properties}.
 *
 * @param written what goes into {@code deadline:}; the cell as written when it could not be read
 * @param flag    why a reviewer should look at it, or empty
 */
record PlanDeadline(String written, String flag) {

    private static final Pattern DAY = Pattern.compile("(?:(\\d{4})[年./-])?(\\d{1,2})[月./-](\\d{1,2})[日号]?");
    private static final Pattern MONTH = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月|(\\d{4})[./-](\\d{1,2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年?");

    /** Whether it could be read (an unreadable one is written as it stands, so that loading it fails until fixed). */
    boolean readable() {
        return written.matches("\\d{4}(-\\d{2}){0,2}");
    }

    /**
     * Resolves one cell.
     *
     * @param cell the cell as written
     * @param date the cell's date when it is a real Excel date, else null
     * @param year the report's year
     */
    static PlanDeadline resolve(String cell, LocalDate date, int year, Vocabulary vocabulary) {
        if (date != null) {
            return checked(String.format("%04d-%02d-%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth()), year);
        }
        String text = Normalizer.normalize(cell, Normalizer.Form.NFKC).replaceAll("\\s", "");
        if (text.isEmpty()) {
            return new PlanDeadline("", "原表没有写完成时限");
        }
        if (vocabulary.foundIn("plan.deadline.ongoing", text)) {
            return new PlanDeadline(String.valueOf(year), "原表写“" + cell.strip() + "”,没有期限,暂按报告年底 " + year + "-12-31");
        }
        String core = withoutEnding(text, vocabulary);
        Matcher day = DAY.matcher(core);
        if (day.matches()) {
            int y = day.group(1) == null ? year : Integer.parseInt(day.group(1));
            try {
                LocalDate.of(y, Integer.parseInt(day.group(2)), Integer.parseInt(day.group(3)));
                return checked(String.format("%04d-%02d-%02d", y, Integer.parseInt(day.group(2)), Integer.parseInt(day.group(3))), year);
            } catch (DateTimeException e) {
                return unreadable(cell);
            }
        }
        Matcher month = MONTH.matcher(core);
        if (month.matches()) {
            String y = month.group(2) != null ? month.group(1) : month.group(3);
            int m = Integer.parseInt(month.group(2) != null ? month.group(2) : month.group(4));
            return m < 1 || m > 12 ? unreadable(cell) : checked(String.format("%04d-%02d", y == null ? year : Integer.parseInt(y), m), year);
        }
        Matcher whole = YEAR.matcher(core);
        if (whole.matches()) {
            return checked(whole.group(1), year);
        }
        if (vocabulary.set("plan.deadline.year").contains(core)) {
            return new PlanDeadline(String.valueOf(year), "");
        }
        for (String[] quarter : new String[][] {{"first-quarter", "03"}, {"first-half", "06"}, {"third-quarter", "09"}}) {
            if (vocabulary.set("plan.deadline." + quarter[0]).contains(core)) {
                return new PlanDeadline(year + "-" + quarter[1], "");
            }
        }
        return unreadable(cell);
    }

    private static String withoutEnding(String text, Vocabulary vocabulary) {
        String core = text;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String word : vocabulary.words("plan.deadline.drop")) {
                if (core.length() > word.length() && core.endsWith(word)) {
                    core = core.substring(0, core.length() - word.length());
                    stripped = true;
                }
            }
        }
        return core;
    }

    private static PlanDeadline checked(String written, int year) {
        return written.startsWith(String.valueOf(year)) ? new PlanDeadline(written, "")
                : new PlanDeadline(written, "不在报告的年份 " + year + " 年内");
    }

    private static PlanDeadline unreadable(String cell) {
        return new PlanDeadline(cell.strip(), "原表写“" + cell.strip() + "”,无法识别,请改为 2023-12-31、2023-06 或 2023 这样的写法");
    }
}
