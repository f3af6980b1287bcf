package cn.duban.assistant.understanding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.duban.assistant.vocabulary.Vocabulary;

import static cn.duban.assistant.understanding.NumberWords.ascii;
import static cn.duban.assistant.understanding.NumberWords.bigUnit;
import static cn.duban.assistant.understanding.NumberWords.digit;
import static cn.duban.assistant.understanding.NumberWords.smallUnit;

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

    /** Characters between a sign word and its figure: 下降了3%, 下降约3%. */
    private static final String LINKING = " \t了约为达";

    private static final String CLAUSE_END = ",.;!?、:)]}>\"'\u3002\uFF0C\uFF1B\uFF01\uFF1F\uFF1A\uFF09\u3001 \t\n";

    private final List<String> units;
    private final List<String> approximateBefore;
    private final List<String> approximateAfter;
    private final List<String> negative;
    private final Set<String> notAQuantityAfter;
    private final List<String> particles;
    private final List<String> ranges;
    private final List<String> percentBefore;
    private final List<String> dateBefore;
    private final List<String> ordinalBefore;
    private final List<String> ordinalOneBefore;

    public NumeralReader(Vocabulary vocabulary) {
        this.units = vocabulary.words("units");
        this.approximateBefore = vocabulary.words("approximate.before");
        this.approximateAfter = vocabulary.words("approximate.after");
        this.negative = vocabulary.words("negative");
        this.notAQuantityAfter = vocabulary.set("not-a-quantity.after");
        this.particles = vocabulary.words("particles");
        this.ranges = vocabulary.words("range");
        this.percentBefore = vocabulary.words("percent.before");
        this.dateBefore = vocabulary.words("date.before");
        this.ordinalBefore = vocabulary.words("ordinal.before");
        this.ordinalOneBefore = vocabulary.words("ordinal.one-before");
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

    /** A character that continues a numeral: a digit or a unit of count (十, 百, 万 …). */
    private static boolean isNumeral(char c) {
        return ascii(c) || digit(c) >= 0 || smallUnit(c) > 0 || bigUnit(c) > 0;
    }

    private boolean startsNumber(String text, int i) {
        char c = text.charAt(i);
        if (ascii(c) || digit(c) >= 0 || c == '十' || c == '拾' || c == '几') {
            return !(i > 0 && (ascii(text.charAt(i - 1)) || text.charAt(i - 1) == '.'));
        }
        // 百人, 上千人, 千余人: a bare 百 or 千 counts only as an estimate
        return (c == '百' || c == '千') && i + 1 < text.length()
                && (approximateAfter.stream().anyMatch(word -> text.startsWith(word, i + 1)) || units.stream().anyMatch(unit -> text.startsWith(unit, i + 1)))
                && (i == 0 || digit(text.charAt(i - 1)) < 0 && smallUnit(text.charAt(i - 1)) == 0);
    }

    /** One attempt to read a figure starting at a position; {@link #end} is where reading stopped. */
    private final class Scan {

        private final String text;
        private final int start;
        private final NumberWords words;
        private int pos;
        int end;
        private boolean approximate;

        Scan(String text, int start) {
            this.text = text;
            this.start = start;
            this.pos = start;
            this.end = start + 1;
            this.words = new NumberWords(text, start, units);
        }

        Figure figure() {
            if (isOrdinalOrDate()) {
                skipBody();
                return null;
            }
            boolean read = words.read();
            pos = words.pos;
            if (!read) {
                end = Math.max(end, words.endOfNumerals());
                return null;
            }
            approximate = words.approximate;
            approximateSuffix();
            scaleAfterEstimate();
            BigDecimal value = words.value();
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
            int percentWord = unit.isEmpty() ? percentWordBefore() : 0;
            if (percentWord > 0) {
                unit = "%";
                from = start - percentWord;
            }
            boolean wordsOnly = unit.isEmpty() && words.chinese && !approximate;
            if (wordsOnly && (!(words.scaled || words.anyUnitWord || words.pendingIsSequence) || !atClauseEnd(pos))) {
                return null;
            }
            int estimateWord = approximateBefore(from);
            if (estimateWord > 0) {
                approximate = true;
                from -= estimateWord;
            }
            if (negativeBefore(from)) {
                value = value.negate();
            }
            return new Figure(value.stripTrailingZeros(), unit, text.substring(from, end), from, end, words.scaled, approximate);
        }

        /** 第3, 6月, 28日, 1-6月, 2023-06-30, 6.30 after 截至: no figure here. */
        private boolean isOrdinalOrDate() {
            if (ordinalBefore.stream().anyMatch(word -> text.startsWith(word, start - word.length()))
                    || digit(text.charAt(start)) == 1 && (start + 1 >= text.length() || !isNumeral(text.charAt(start + 1)))
                    && ordinalOneBefore.stream().anyMatch(word -> text.startsWith(word, start - word.length()))) {
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
                boolean dateAfter = j < text.length() && notAQuantityAfter.contains(Character.toString(text.charAt(j)));
                boolean isoDate = j + 1 < text.length() && "-./".indexOf(text.charAt(j)) >= 0 && ascii(text.charAt(j + 1));
                boolean monthDay = text.charAt(i) != '-' && i - start <= 2 && j - i - 1 == 2;
                boolean afterUntil = monthDay && start >= 2
                        && dateBefore.stream().anyMatch(word -> text.startsWith(word, start - word.length()));
                // 6.28新增就业33人, 6/28 新增…: a month and day opening a clause, with no unit after it
                int after = j;
                boolean opening = monthDay && (start == 0 || CLAUSE_END.indexOf(text.charAt(start - 1)) >= 0)
                        && (after >= text.length() || units.stream().noneMatch(unit -> text.startsWith(unit, after))
                        && bigUnit(text.charAt(after)) == 0 && smallUnit(text.charAt(after)) == 0);
                return dateAfter || isoDate || afterUntil || opening;
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
                words.pos = pos;
                words.addBig(bigUnit(text.charAt(pos)));
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
            String mark = ranges.stream().filter(word -> text.startsWith(word, pos)).findFirst().orElse(null);
            if (mark == null || pos + mark.length() >= text.length()) {
                return null;
            }
            int i = pos + mark.length();
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
            boolean particle = true;
            while (i < text.length() && particle) {
                int here = i;
                particle = particles.stream().anyMatch(word -> text.startsWith(word, here));
                i += particle ? 1 : 0;
            }
            return i >= text.length() || CLAUSE_END.indexOf(text.charAt(i)) >= 0;
        }

        /** The length of 百分之 right before the figure, else 0. */
        private int percentWordBefore() {
            return percentBefore.stream().filter(word -> text.startsWith(word, start - word.length()))
                    .mapToInt(String::length).findFirst().orElse(0);
        }

        /** How far back an estimate word right before the figure (约, 大约, 近 — spaces allowed) begins, else 0. */
        private int approximateBefore(int from) {
            int at = from;
            while (at > 0 && text.charAt(at - 1) == ' ') {
                at--;
            }
            for (String word : approximateBefore) {
                if (text.startsWith(word, at - word.length())) {
                    return from - (at - word.length());
                }
            }
            return 0;
        }

        private boolean negativeBefore(int from) {
            if (from > 0 && (text.charAt(from - 1) == '-' || text.charAt(from - 1) == '−')
                    && (from < 2 || !ascii(text.charAt(from - 2)))) {
                return true;
            }
            int end = from;
            while (end > 0 && LINKING.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            for (String word : negative) {
                if (text.startsWith(word, end - word.length())) {
                    return true;
                }
            }
            return false;
        }
    }
}
