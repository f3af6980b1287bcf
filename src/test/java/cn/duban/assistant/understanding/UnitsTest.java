package cn.duban.assistant.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.duban.assistant.vocabulary.Vocabulary;

class UnitsTest {

    private final Units units = new Units(Vocabulary.bundled());
    private final NumeralReader numerals = new NumeralReader(Vocabulary.bundled());

    @ParameterizedTest
    @CsvSource({
            "1530000000, 元, 亿元, 15.3", "80000000, 元, 亿元, 0.8", "80000000, 元, 万元, 8000", "120, 人, 人, 120",
            "120, 名, 人, 120", "3, 个, 家, 3", "12.5, %, %, 12.5", "120, '', 人, 120", "5000000, 吨, 万吨, 500"
    })
    void convertsToTheTargetsUnit(BigDecimal amount, String unit, String targetUnit, BigDecimal expected) {
        assertThat(units.convert(new Figure(amount, unit, ""), targetUnit)).hasValueSatisfying(
                value -> assertThat(value).isEqualByComparingTo(expected));
    }

    @ParameterizedTest
    @CsvSource({"120, 人, %", "12.5, %, 人", "3, 家, 个", "100, 元, 人", "5, 人, 亿元"})
    void refusesAUnitThatCannotBelongToTheTarget(BigDecimal amount, String unit, String targetUnit) {
        assertThat(units.convert(new Figure(amount, unit, ""), targetUnit)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12.5亿   | 亿元 | 12.5", "4000万 | 亿元 | 0.4", "6.5个亿 | 亿元 | 6.5", "二十亿 | 亿元 | 20",
            "15.3     | 亿元 | 15.3", "1.2万  | 人   | 12000", "1.2万  | 万人 | 1.2", "8千万元 | 亿元 | 0.8",
            "十亿3000万元 | 亿元 | 10.3", "1.5万亩 | 万亩 | 1.5"
    })
    void aScaleWithoutAUnitIsInTheTargetsBaseUnit(String text, String targetUnit, BigDecimal expected) {
        Figure figure = numerals.read(text).get(0);
        assertThat(units.convert(figure, targetUnit)).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo(expected));
    }
}
