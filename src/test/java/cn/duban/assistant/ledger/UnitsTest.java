package cn.duban.assistant.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {

    @ParameterizedTest
    @CsvSource({
            "1530000000, 元, 亿元, 15.3", "80000000, 元, 亿元, 0.8", "80000000, 元, 万元, 8000", "120, 人, 人, 120",
            "120, 名, 人, 120", "3, 个, 家, 3", "12.5, %, %, 12.5", "120, '', 人, 120", "5000000, 吨, 万吨, 500"
    })
    void convertsToTheTargetsUnit(BigDecimal amount, String unit, String targetUnit, BigDecimal expected) {
        assertThat(Units.convert(new Figure(amount, unit, ""), targetUnit)).hasValueSatisfying(
                value -> assertThat(value).isEqualByComparingTo(expected));
    }

    @ParameterizedTest
    @CsvSource({"120, 人, %", "12.5, %, 人", "3, 家, 个", "100, 元, 人", "5, 人, 亿元"})
    void refusesAUnitThatCannotBelongToTheTarget(BigDecimal amount, String unit, String targetUnit) {
        assertThat(Units.convert(new Figure(amount, unit, ""), targetUnit)).isEmpty();
    }
}
