package cn.duban.assistant.understanding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * The one numeral reader: every figure in a chat message, exactly as people write them — Arabic (1,200 / 1 200 /
 * 12.5), Chinese (一百二十, 两千八), financial (壹佰贰拾) and traditional (萬, 億) numerals, and their mixtures
 * (3百, 1万2千, 24万5, 十亿3000万, 1百08), digit-by-digit readings with 零/〇/幺 (五零, 幺二零), k and w, 个亿,
 * 百分之, 个百分点. A last digit that follows a unit without 零 is the next lower unit, as people say it (两千八 is
 * 2800, 1万2 is 12000, 三千零五 is 3005). Words around a figure set its sign (下降, 减少) and mark it approximate
 * (约, 多, 余, 左右, 七八个, 100到120). Dates (6月28日, 1-6月, 2023年), ordinals (第3) and numerals inside words
 * (一批, 零售, 十四五) are not figures. Units and trigger words come from the {@link Vocabulary}.
 */
public final class NumeralReader {

    private static final String DIGIT_CHARS = "零〇一壹幺二两兩俩贰貳三仨叁參四肆五伍六陆陸七柒八捌九玖";
    private static final int[] DIGIT_VALUES = {0, 0, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5, 5, 6, 6, 6, 7, 7, 8, 8, 9, 9};
    private static final String CLAUSE_END = ",.;!?、:)]}>\"'\u3002\uFF0C\uFF1B\uFF01\uFF1F\uFF1A\uFF09\u3001 \t\n";
    private static final String PARTICLES = "了啦吧哈啊呀哦嘛的";
    private static final String RANGE_MARKS = "-—~～至到";

    private final List<String> units;
    private final List<String> approximateBefore;
    private final List<String> approximateAfter;
    private final List<String> negative;
    private final Set<String> notAQuantityAfter;

    public NumeralReader(Vocabulary vocabulary) {
        this.units = vocabulary.words("units");
        this.approximateBefore = vocabulary.words("approximate.before");
        this.approximateAfter = vocabulary.words("approximate.after");
        this.negative = vocabulary.words("negative");
        this.notAQuantityAfter = vocabulary.set("not-a-quantity.after");
    }

    /** Every figure in the text, in order. The text is folded first (NFKC, lower case); positions refer to that. */
    public List<Figure> read(String text) {
        String folded = Vocabulary.fold(text);
        List<Figure> figures = new ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            if (!startsNumber(folded, i)) {
                i++;
                continue;
            }
            Scan scan = new Scan(folded, i);
            Figure figure = scan.figure();
            if (figure != null) {
                figures.add(figure);
            }
            i = Math.max(i + 1, scan.end);
        }
        return figures;
    }

    private static int digit(char c) {
        int index = DIGIT_CHARS.indexOf(c);
        return index < 0 ? -1 : DIGIT_VALUES[index];
    }

    private static int smallUnit(char c) {
        return switch (c) {
            case '十', '拾' -> 10;
            case '百', '佰' -> 100;
            case '千', '仟' -> 1000;
            default -> 0;
        };
    }

    private static long bigUnit(char c) {
        return switch (c) {
            case '万', '萬' -> 10_000L;
            case '亿', '億' -> 100_000_000L;
            default -> 0;
        };
    }

    private static boolean ascii(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean startsNumber(String text, int i) {
        char c = text.charAt(i);
        if (ascii(c) || digit(c) >= 0 || c == '十' || c == '拾' || c == '几') {
            return !(i > 0 && (ascii(text.charAt(i - 1)) || text.charAt(i - 1) == '.'));
        }
        // 百人, 上千人, 千余人: a bare 百 or 千 counts only as an estimate
        return (c == '百' || c == '千') && i + 1 < text.length() && "余多来人个家".indexOf(text.charAt(i + 1)) >= 0
                && (i == 0 || digit(text.charAt(i - 1)) < 0 && smallUnit(text.charAt(i - 1)) == 0);
    }

    /** One attempt to read a figure starting at a position; {@link #end} is where reading stopped. */
    private final class Scan {

        private final String text;
        private final int start;
        private int pos;
        int end;
        private BigDecimal total = BigDecimal.ZERO;
        private BigDecimal group = BigDecimal.ZERO;
        private BigDecimal small = BigDecimal.ZERO;
        private BigDecimal pending;
        private boolean pendingSingle;
        private long lastUnit;
        private long lastSmall = Long.MAX_VALUE;
        private boolean zeroSeen;
        private boolean scaled;
        private boolean approximate;
        private boolean chinese;
        private boolean anyUnitWord;
        private boolean pendingIsSequence;
        private boolean failed;

        Scan(String text, int start) {
            this.text = text;
            this.start = start;
            this.pos = start;
            this.end = start + 1;
        }

        Figure figure() {
            if (isOrdinalOrDate()) {
                skipBody();
                return null;
            }
            BigDecimal value = body();
            if (failed || value == null) {
                end = Math.max(end, endOfNumerals());
                return null;
            }
            approximateSuffix();
            scaleAfterEstimate();
            value = value();
            String unit = unit();
            String rangeUnit = range();
            if (rangeUnit != null) {
                approximate = true;
                unit = unit.isEmpty() ? rangeUnit : unit;
            }
            approximateSuffix();
            end = pos;
            if (pos < text.length() && notAQuantityAfter.contains(Character.toString(text.charAt(pos)))) {
                return null;
            }
            int from = start;
            if (unit.isEmpty() && percentBefore()) {
                unit = "%";
                from = start - 3;
            }
            boolean wordsOnly = unit.isEmpty() && chinese && !approximate;
            if (wordsOnly && (!(scaled || anyUnitWord || pendingIsSequence) || !atClauseEnd(pos))) {
                return null;
            }
            if (approximateBefore(from)) {
                approximate = true;
            }
            if (negativeBefore(from)) {
                value = value.negate();
            }
            return new Figure(value.stripTrailingZeros(), unit, text.substring(from, end), from, end, scaled, approximate);
        }

        /** 第3, 6月, 28日, 1-6月, 2023-06-30, 6.30 after 截至: no figure here. */
        private boolean isOrdinalOrDate() {
            if (start > 0 && text.charAt(start - 1) == '第') {
                return true;
            }
            int i = start;
            while (i < text.length() && ascii(text.charAt(i))) {
                i++;
            }
            if (i > start && i + 1 < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '/' || text.charAt(i) == '.')
                    && ascii(text.charAt(i + 1))) {
                int j = i + 1;
                while (j < text.length() && ascii(text.charAt(j))) {
                    j++;
                }
                boolean dateAfter = j < text.length() && "月日号".indexOf(text.charAt(j)) >= 0;
                boolean isoDate = j + 1 < text.length() && text.charAt(j) == '-' && ascii(text.charAt(j + 1));
                boolean afterUntil = text.charAt(i) != '-' && i - start <= 2 && j - i - 1 == 2 && start >= 2
                        && (text.startsWith("截至", start - 2) || text.startsWith("截止", start - 2));
                return dateAfter || isoDate || afterUntil;
            }
            return false;
        }

        private void skipBody() {
            int i = start;
            while (i < text.length() && (ascii(text.charAt(i)) || "-/.".indexOf(text.charAt(i)) >= 0)) {
                i++;
            }
            end = Math.max(start + 1, i);
        }

        /** Where the run of numeral characters that starts this scan ends (十四五 is skipped whole). */
        private int endOfNumerals() {
            int i = start;
            while (i < text.length() && (ascii(text.charAt(i)) || digit(text.charAt(i)) >= 0
                    || smallUnit(text.charAt(i)) > 0 || bigUnit(text.charAt(i)) > 0)) {
                i++;
            }
            return i;
        }

        /** Reads the numerals; null when they do not make a number. */
        private BigDecimal body() {
            boolean any = false;
            while (pos < text.length() && !failed) {
                char c = text.charAt(pos);
                if (ascii(c)) {
                    if (pending != null) {
                        break;
                    }
                    arabic();
                } else if (digit(c) >= 0 || c == '几') {
                    if (!chineseDigits()) {
                        break;
                    }
                    chinese = true;
                } else if (smallUnit(c) > 0) {
                    if (!addSmall(smallUnit(c))) {
                        break;
                    }
                    chinese = true;
                    pos++;
                } else if (bigUnit(c) > 0) {
                    if (!addBig(bigUnit(c))) {
                        break;
                    }
                    pos++;
                } else if (c == '点' && pending != null && pos + 1 < text.length()
                        && (ascii(text.charAt(pos + 1)) || digit(text.charAt(pos + 1)) > 0 || text.charAt(pos + 1) == '零')) {
                    chineseFraction();
                } else if ((c == 'k' || c == 'w') && pending != null && pos > start && ascii(text.charAt(pos - 1))
                        && !(pos + 1 < text.length() && Character.isLetter(text.charAt(pos + 1)) && text.charAt(pos + 1) < 128)) {
                    if (!(c == 'k' ? addSmall(1000) : addBig(10_000L))) {
                        break;
                    }
                    pos++;
                } else if (c == '个' && pending != null && pos + 1 < text.length() && bigUnit(text.charAt(pos + 1)) > 0) {
                    pos++;
                } else if (c == '个' && pending != null && pos + 2 < text.length() && text.charAt(pos + 1) == '多'
                        && bigUnit(text.charAt(pos + 2)) > 0) {
                    approximate = true;
                    pos += 2;
                } else {
                    break;
                }
                any = true;
            }
            if (!any || failed) {
                failed = true;
                return null;
            }
            return BigDecimal.ONE;
        }

        private void arabic() {
            int i = pos;
            StringBuilder digits = new StringBuilder();
            while (i < text.length() && ascii(text.charAt(i))) {
                digits.append(text.charAt(i++));
            }
            // thousands separators: 1,200 and 1 200 (a first group of at most three digits, then groups of three)
            if (digits.length() <= 3) {
                while (i + 3 < text.length() && (text.charAt(i) == ',' || text.charAt(i) == ' ') && allAscii(i + 1, i + 4)
                        && (i + 4 == text.length() || !ascii(text.charAt(i + 4)))) {
                    digits.append(text, i + 1, i + 4);
                    i += 4;
                }
            }
            if (i + 1 < text.length() && text.charAt(i) == '.' && ascii(text.charAt(i + 1))) {
                digits.append('.');
                i++;
                while (i < text.length() && ascii(text.charAt(i))) {
                    digits.append(text.charAt(i++));
                }
            }
            String number = digits.toString();
            pending = new BigDecimal(number);
            pendingSingle = number.length() == 1 && !number.equals("0");
            if (number.length() > 1 && number.startsWith("0") && !number.startsWith("0.")) {
                zeroSeen = true;
            }
            pos = i;
        }

        private boolean allAscii(int from, int to) {
            for (int k = from; k < to; k++) {
                if (!ascii(text.charAt(k))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * A run of Chinese digits: 零 markers and one digit (零五), a digit-by-digit reading (五零, 幺二零), or an
         * estimate of two neighbouring digits (七八, 三五). Returns false when the run cannot continue the number.
         */
        private boolean chineseDigits() {
            int runEnd = pos;
            while (runEnd < text.length() && (digit(text.charAt(runEnd)) >= 0 || text.charAt(runEnd) == '几')) {
                runEnd++;
            }
            final int i = runEnd;
            String run = text.substring(pos, i);
            boolean unitFollows = i < text.length() && (smallUnit(text.charAt(i)) > 0 || bigUnit(text.charAt(i)) > 0);
            if (run.indexOf('几') >= 0) {
                if (pending != null || run.length() > 1) {
                    return false;
                }
                approximate = true;
                pending = BigDecimal.ONE;
                pendingSingle = false;
                pos = i;
                return true;
            }
            String withoutZeros = run.replaceFirst("^[零〇]+", "");
            if (withoutZeros.length() <= 1) {
                if (pending != null && withoutZeros.length() == 1) {
                    return false;
                }
                if (run.length() > withoutZeros.length()) {
                    zeroSeen = true;
                }
                if (withoutZeros.isEmpty()) {
                    if (pending == null && small.signum() == 0 && group.signum() == 0 && total.signum() == 0) {
                        pending = BigDecimal.ZERO;
                    }
                } else {
                    pending = BigDecimal.valueOf(digit(withoutZeros.charAt(0)));
                    pendingSingle = true;
                }
                pos = i;
                return true;
            }
            if (pending != null) {
                return false;
            }
            if (!unitFollows && run.matches(".*[零〇幺].*")) {
                StringBuilder digits = new StringBuilder();
                run.chars().forEach(ch -> digits.append(digit((char) ch)));
                pending = new BigDecimal(digits.toString());
                pendingSingle = false;
                pendingIsSequence = true;
                pos = i;
                return true;
            }
            int first = digit(run.charAt(0));
            int second = digit(run.charAt(1));
            boolean atStart = small.signum() == 0 && group.signum() == 0 && total.signum() == 0;
            if (atStart && run.length() == 2 && first > 0 && second - first >= 1 && second - first <= 2
                    && (unitFollows || units.stream().anyMatch(unit -> text.startsWith(unit, i)))) {
                approximate = true;
                pending = BigDecimal.valueOf(first);
                pendingSingle = false;
                pos = i;
                return true;
            }
            failed = true;
            return false;
        }

        private void chineseFraction() {
            pos++;
            StringBuilder fraction = new StringBuilder();
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (ascii(c)) {
                    fraction.append(c);
                } else if (digit(c) >= 0 && c != '几') {
                    fraction.append(digit(c));
                } else {
                    break;
                }
                pos++;
            }
            BigDecimal whole = small.add(pending);
            small = BigDecimal.ZERO;
            lastSmall = Long.MAX_VALUE;
            pending = new BigDecimal(whole.toBigInteger() + "." + fraction);
            pendingSingle = false;
            anyUnitWord = true;
        }

        private boolean addSmall(long unit) {
            if (unit >= lastSmall) {
                return false;
            }
            BigDecimal factor;
            if (pending != null) {
                factor = pending;
            } else if (unit == 10 || (small.signum() == 0 && group.signum() == 0 && total.signum() == 0)) {
                factor = BigDecimal.ONE;
                if (unit > 10) {
                    approximate = true;
                }
            } else {
                return false;
            }
            small = small.add(factor.multiply(BigDecimal.valueOf(unit)));
            pending = null;
            lastUnit = unit;
            lastSmall = unit;
            zeroSeen = false;
            anyUnitWord = true;
            scaled |= unit == 1000;
            return true;
        }

        private boolean addBig(long unit) {
            BigDecimal section = small.add(pending == null ? BigDecimal.ZERO : pending);
            if (unit == 10_000L) {
                if (section.signum() == 0 || lastUnit == 10_000L) {
                    return false;
                }
                group = group.add(section.multiply(BigDecimal.valueOf(unit)));
            } else {
                BigDecimal below = group.add(section);
                if (below.signum() == 0 || lastUnit == 100_000_000L) {
                    return false;
                }
                total = total.add(below.multiply(BigDecimal.valueOf(unit)));
                group = BigDecimal.ZERO;
            }
            small = BigDecimal.ZERO;
            pending = null;
            lastUnit = unit;
            lastSmall = Long.MAX_VALUE;
            zeroSeen = false;
            scaled = true;
            anyUnitWord = true;
            return true;
        }

        /** The number read so far, the spoken abbreviation applied (两千八 is 2800). */
        private BigDecimal value() {
            BigDecimal rest = pending == null ? BigDecimal.ZERO : pending;
            if (pending != null && pendingSingle && !zeroSeen && lastUnit >= 100) {
                rest = pending.multiply(BigDecimal.valueOf(lastUnit / 10));
            }
            return total.add(group).add(small).add(rest);
        }

        /** 多, 余, 来, 几 right after the numerals (八十多人, 80余人). */
        private void approximateSuffix() {
            for (String word : approximateAfter) {
                if (text.startsWith(word, pos)) {
                    approximate = true;
                    pos += word.length();
                    return;
                }
            }
        }

        /** 1000多万元, 5亿多: a scale word after the estimate mark. */
        private void scaleAfterEstimate() {
            if (approximate && pos < text.length() && bigUnit(text.charAt(pos)) > 0) {
                addBig(bigUnit(text.charAt(pos)));
                pos++;
            }
        }

        private String unit() {
            if (text.startsWith("个百分点", pos)) {
                pos += 4;
                return "百分点";
            }
            for (String unit : units) {
                if (text.startsWith(unit, pos)) {
                    pos += unit.length();
                    return unit;
                }
            }
            if (pos + 1 < text.length() && text.startsWith(" ", pos)) {
                for (String unit : units) {
                    if (text.startsWith(unit, pos + 1) && !ascii(text.charAt(pos + 1))) {
                        pos += 1 + unit.length();
                        return unit;
                    }
                }
            }
            return "";
        }

        /** 100到120人, 100-120人: a range is an estimate; its second figure and its unit are consumed. */
        private String range() {
            if (pos + 1 >= text.length() || RANGE_MARKS.indexOf(text.charAt(pos)) < 0) {
                return null;
            }
            int i = pos + 1;
            if (!ascii(text.charAt(i)) && digit(text.charAt(i)) < 0) {
                return null;
            }
            while (i < text.length() && (ascii(text.charAt(i)) || digit(text.charAt(i)) >= 0 || text.charAt(i) == '.'
                    || smallUnit(text.charAt(i)) > 0 || bigUnit(text.charAt(i)) > 0)) {
                i++;
            }
            pos = i;
            return unit();
        }

        private boolean atClauseEnd(int at) {
            int i = at;
            while (i < text.length() && PARTICLES.indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            return i >= text.length() || CLAUSE_END.indexOf(text.charAt(i)) >= 0;
        }

        private boolean percentBefore() {
            return start >= 3 && text.startsWith("百分之", start - 3);
        }

        private boolean approximateBefore(int from) {
            String before = text.substring(Math.max(0, from - 4), from).stripTrailing();
            return approximateBefore.stream().anyMatch(before::endsWith);
        }

        private boolean negativeBefore(int from) {
            if (from > 0 && (text.charAt(from - 1) == '-' || text.charAt(from - 1) == '−')
                    && (from < 2 || !ascii(text.charAt(from - 2)))) {
                return true;
            }
            String before = text.substring(Math.max(0, from - 8), from).replaceAll("[\\s了约为达]+$", "");
            if (before.endsWith("为负") || before.endsWith("负")) {
                return true;
            }
            return negative.stream().anyMatch(before::endsWith);
        }
    }
}
