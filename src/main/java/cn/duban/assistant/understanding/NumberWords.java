package cn.duban.assistant.understanding;

import java.math.BigDecimal;
import java.util.List;

/**
 * The numerals of one figure, read from a position of a folded text: Arabic digits (with thousands separators and a
 * decimal point), Chinese and financial digits, 十/百/千 and 万/亿 (also 萬, 億, k, w, 个亿), 零 and 点. It builds the
 * value as Chinese numerals are built — sections below 万, groups below 亿 — so that Arabic and Chinese mix freely
 * (3百, 1万2千, 十亿3000万), and applies the spoken abbreviation at the end (两千八 is 2800). Not thread-safe: one
 * instance per figure.
 */
final class NumberWords {

    private static final String DIGIT_CHARS = "零〇一壹幺二两兩俩贰貳三仨叁參四肆五伍六陆陸七柒八捌九玖";
    private static final int[] DIGIT_VALUES = {0, 0, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5, 5, 6, 6, 6, 7, 7, 8, 8, 9, 9};

    private final String text;
    private final int start;
    private final List<String> units;
    int pos;
    private BigDecimal total = BigDecimal.ZERO;
    private BigDecimal group = BigDecimal.ZERO;
    private BigDecimal small = BigDecimal.ZERO;
    private BigDecimal pending;
    private boolean pendingSingle;
    private long lastUnit;
    private long lastSmall = Long.MAX_VALUE;
    private boolean zeroSeen;
    boolean scaled;
    boolean approximate;
    boolean chinese;
    boolean anyUnitWord;
    boolean pendingIsSequence;
    private boolean failed;

    NumberWords(String text, int start, List<String> units) {
        this.text = text;
        this.start = start;
        this.pos = start;
        this.units = units;
    }

    /** A Chinese digit's value (零 0, 一/壹/幺 1, 两 2 …), or -1. */
    static int digit(char c) {
        int index = DIGIT_CHARS.indexOf(c);
        return index < 0 ? -1 : DIGIT_VALUES[index];
    }

    /** 十 10, 百 100, 千 1000 (and 拾, 佰, 仟), else 0. */
    static int smallUnit(char c) {
        return switch (c) {
            case '十', '拾' -> 10;
            case '百', '佰' -> 100;
            case '千', '仟' -> 1000;
            default -> 0;
        };
    }

    /** 万 and 亿 (and 萬, 億), else 0. */
    static long bigUnit(char c) {
        return switch (c) {
            case '万', '萬' -> 10_000L;
            case '亿', '億' -> 100_000_000L;
            default -> 0;
        };
    }

    static boolean ascii(char c) {
        return c >= '0' && c <= '9';
    }

    /** Where the run of numeral characters that starts this scan ends (十四五 is skipped whole). */
    int endOfNumerals() {
        int i = start;
        while (i < text.length() && (ascii(text.charAt(i)) || digit(text.charAt(i)) >= 0
                || smallUnit(text.charAt(i)) > 0 || bigUnit(text.charAt(i)) > 0)) {
            i++;
        }
        return i;
    }

    /** Reads the numerals; false when they do not make a number. {@link #value()} gives the number read. */
    boolean read() {
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
        failed |= !any;
        return !failed;
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
        int zeros = 0;
        while (zeros < run.length() && digit(run.charAt(zeros)) == 0) {
            zeros++;
        }
        String withoutZeros = run.substring(zeros);
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
        if (!unitFollows && (run.indexOf('零') >= 0 || run.indexOf('〇') >= 0 || run.indexOf('幺') >= 0)) {
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

    boolean addBig(long unit) {
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
    BigDecimal value() {
        BigDecimal rest = pending == null ? BigDecimal.ZERO : pending;
        if (pending != null && pendingSingle && !zeroSeen && lastUnit >= 100) {
            rest = pending.multiply(BigDecimal.valueOf(lastUnit / 10));
        }
        return total.add(group).add(small).add(rest);
    }

}
