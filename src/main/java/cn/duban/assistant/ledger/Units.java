package cn.duban.assistant.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Converts a figure's unit to a target's: 8000万元 to 0.8 亿元; 名 for 人; 个 for 家 (companies are often counted
 * in 个), but not 家 for 个. A unit that cannot belong to the target
 * (人 for a % target) has no conversion.
 */
public final class Units {

    private static final List<List<String>> SAME_KIND = List.of(
            List.of("人", "名", "位", "人次"), List.of("个", "项", "件", "套"), List.of("家", "户"), List.of("%"), List.of("‰"),
            List.of("亩"), List.of("吨"), List.of("次"));

    private Units() {
    }

    /** The figure in the target's unit, or empty when its unit cannot be the target's. */
    public static Optional<BigDecimal> convert(Figure figure, String targetUnit) {
        if (!figure.hasUnit()) {
            return Optional.of(figure.amount());
        }
        BigDecimal moneyScale = money(targetUnit);
        if (moneyScale != null) {
            return "元".equals(figure.unit())
                    ? Optional.of(figure.amount().divide(moneyScale, 8, RoundingMode.HALF_UP).stripTrailingZeros())
                    : Optional.empty();
        }
        String base = targetUnit.replaceFirst("^[万亿]", "");
        BigDecimal scale = targetUnit.length() > base.length() ? (targetUnit.startsWith("万") ? BigDecimal.valueOf(10_000) : BigDecimal.valueOf(100_000_000)) : BigDecimal.ONE;
        boolean sameKind = SAME_KIND.stream().anyMatch(kind -> kind.contains(base) && kind.contains(figure.unit()))
                || ("家".equals(base) && "个".equals(figure.unit()));
        return sameKind || base.equals(figure.unit())
                ? Optional.of(figure.amount().divide(scale, 8, RoundingMode.HALF_UP).stripTrailingZeros())
                : Optional.empty();
    }

    private static BigDecimal money(String unit) {
        return switch (unit) {
            case "元" -> BigDecimal.ONE;
            case "万元" -> BigDecimal.valueOf(10_000);
            case "亿元" -> BigDecimal.valueOf(100_000_000);
            default -> null;
        };
    }
}
