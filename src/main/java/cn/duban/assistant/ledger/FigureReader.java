package cn.duban.assistant.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures in a chat message: Arabic (1,200 / 12.5 / 1.2万) or Chinese numerals (一百二十 / 两千八),
 * scale words 万 and 亿, and a unit (人, 个, 家, %, 元 …). Dates (6月, 28日) are not figures, and a Chinese
 * numeral counts only with a unit, so that 一批 or 三年 are left alone.
 */
public final class FigureReader {

    private static final String CHINESE_DIGITS = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟";
    private static final Pattern FIGURE = Pattern.compile(
            "(?<percent>百分之)?"
                    + "(?<number>-?[0-9]+(?:,[0-9]{3})*(?:\\.[0-9]+)?|[零〇一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾]["
                    + CHINESE_DIGITS + "]*(?:点[零〇一二三四五六七八九]+)?)"
                    + "\\s*(?<scale>千|万|亿)?\\s*(?<unit>人次|人|名|位|个|项|家|户|%|‰|元|亩|吨|套|件|次)?"
                    + "(?![0-9月日号年季周天])");

    private FigureReader() {
    }

    public static List<Figure> read(String text) {
        List<Figure> figures = new ArrayList<>();
        Matcher matcher = FIGURE.matcher(text);
        while (matcher.find()) {
            String number = matcher.group("number");
            boolean arabic = Character.isDigit(number.charAt(number.length() - 1)) || number.charAt(0) == '-';
            String unit = matcher.group("percent") != null ? "%" : matcher.group("unit") == null ? "" : matcher.group("unit");
            String scale = matcher.group("scale");
            if (!arabic && unit.isEmpty() && scale == null) {
                continue;
            }
            BigDecimal amount = ChineseNumerals.parse(number.startsWith("-") ? number.substring(1) : number);
            if (amount == null) {
                continue;
            }
            if (number.startsWith("-")) {
                amount = amount.negate();
            }
            if (scale != null) {
                amount = amount.multiply(BigDecimal.valueOf(switch (scale) {
                    case "千" -> 1_000L;
                    case "万" -> 10_000L;
                    default -> 100_000_000L;
                }));
            }
            figures.add(new Figure(amount.stripTrailingZeros(), unit, matcher.group()));
        }
        return figures;
    }
}
