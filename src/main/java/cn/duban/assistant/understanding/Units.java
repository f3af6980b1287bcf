package cn.duban.assistant.understanding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * Converts a figure to a target's unit: 8000万元 to 0.8 亿元; 名 for 人 (the unit groups of the vocabulary); 个 for
 * 家 (companies are often counted in 个), but not 家 for 个. A figure without a unit is in the target's unit, unless
 * a scale word was applied (12.5亿, 4000万, 1.2万): then it is in the target's base unit (元 for 亿元, 人 for 万人).
 * A unit that cannot belong to the target (人 for a % target) has no conversion.
 */
public final class Units {

    private final List<List<String>> groups;
    private final List<String> counted;

    public Units(Vocabulary vocabulary) {
        this.groups = List.of(vocabulary.words("unit.group.people"), vocabulary.words("unit.group.things"),
                vocabulary.words("unit.group.firms"), vocabulary.words("unit.group.area"));
        this.counted = vocabulary.words("units.counted");
    }

    /** The figure in the target's unit, or empty when its unit cannot be the target's. */
    public Optional<BigDecimal> convert(Figure figure, String targetUnit) {
        String base = targetUnit;
        BigDecimal scale = BigDecimal.ONE;
        if (targetUnit.length() > 1 && (targetUnit.startsWith("万") || targetUnit.startsWith("亿"))) {
            base = targetUnit.substring(1);
            scale = BigDecimal.valueOf(targetUnit.startsWith("万") ? 10_000L : 100_000_000L);
        }
        if (!figure.hasUnit()) {
            return Optional.of(figure.scaled() ? divide(figure.amount(), scale) : figure.amount());
        }
        String targetBase = base;
        boolean sameKind = base.equals(figure.unit())
                || groups.stream().anyMatch(group -> group.contains(targetBase) && group.contains(figure.unit()))
                || ("家".equals(base) && "个".equals(figure.unit()));
        return sameKind ? Optional.of(divide(figure.amount(), scale)) : Optional.empty();
    }

    /** Whether a target counted in this unit takes whole numbers only (人, 个, 家 …). */
    public boolean counted(String targetUnit) {
        return counted.contains(targetUnit);
    }

    private static BigDecimal divide(BigDecimal amount, BigDecimal scale) {
        return amount.divide(scale, 8, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
