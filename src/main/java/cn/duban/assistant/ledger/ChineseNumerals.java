package cn.duban.assistant.ledger;

import java.math.BigDecimal;

/**
 * Chinese numerals as people type them in chat: 一百二十, 两千八 (2800), 一万二 (12000), 三千零五, 十二, 八十五,
 * 一点五; and the financial forms 壹贰叁. Arabic figures may carry thousands separators: 1,200.
 */
public final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";
    private static final String FINANCIAL = "零壹贰叁肆伍陆柒捌玖";

    private ChineseNumerals() {
    }

    /** The value of a figure in Arabic or Chinese numerals; null when it is neither. */
    public static BigDecimal parse(String text) {
        String figure = text.strip().replace(",", "").replace("\uFF0C", "");
        if (figure.isEmpty()) {
            return null;
        }
        if (figure.matches("[0-9]+(\\.[0-9]+)?")) {
            return new BigDecimal(figure);
        }
        int point = figure.indexOf('点');
        if (point >= 0) {
            BigDecimal whole = parseWhole(figure.substring(0, point));
            String fraction = figure.substring(point + 1);
            StringBuilder digits = new StringBuilder();
            for (char c : fraction.toCharArray()) {
                int d = digit(c);
                if (d < 0) {
                    return null;
                }
                digits.append(d);
            }
            return whole == null || digits.isEmpty() ? null : new BigDecimal(whole.toBigInteger() + "." + digits);
        }
        return parseWhole(figure);
    }

    private static int digit(char c) {
        if (c == '〇') {
            return 0;
        }
        if (c == '两' || c == '俩') {
            return 2;
        }
        int d = DIGITS.indexOf(c);
        return d >= 0 ? d : FINANCIAL.indexOf(c);
    }

    private static int smallUnit(char c) {
        return switch (c) {
            case '十', '拾' -> 10;
            case '百', '佰' -> 100;
            case '千', '仟' -> 1000;
            default -> 0;
        };
    }

    /**
     * A whole number. A last digit that follows a unit without 零 is read as the next lower unit, as people say it:
     * 两千八 is 2800, 一万二 is 12000, 三百五 is 350; 三千零五 is 3005.
     */
    private static BigDecimal parseWhole(String figure) {
        if (figure.isEmpty()) {
            return null;
        }
        long result = 0;
        long section = 0;
        long number = 0;
        long lastUnit = 0;
        boolean zeroSeen = false;
        boolean numberPending = false;
        for (char c : figure.toCharArray()) {
            int d = digit(c);
            int unit = smallUnit(c);
            if (d >= 0) {
                if (numberPending && d != 0) {
                    return null;
                }
                zeroSeen |= d == 0;
                number = d;
                numberPending = d != 0;
            } else if (unit > 0) {
                if (!numberPending && number == 0 && unit == 10) {
                    number = 1;
                } else if (!numberPending) {
                    return null;
                }
                section += number * unit;
                number = 0;
                numberPending = false;
                lastUnit = unit;
                zeroSeen = false;
            } else if (c == '万' || c == '亿') {
                long big = c == '万' ? 10_000L : 100_000_000L;
                section += number;
                if (section == 0 && result == 0) {
                    return null;
                }
                result = c == '亿' ? (result + section) * big : result + section * big;
                section = 0;
                number = 0;
                numberPending = false;
                lastUnit = big;
                zeroSeen = false;
            } else {
                return null;
            }
        }
        if (numberPending && !zeroSeen && lastUnit >= 100) {
            number *= lastUnit / 10;
        }
        return BigDecimal.valueOf(result + section + number);
    }
}
