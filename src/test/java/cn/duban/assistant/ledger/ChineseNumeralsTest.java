package cn.duban.assistant.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

    @ParameterizedTest
    @CsvSource({
            "120, 120", "1200, 1200", "'1,200', 1200", "12.5, 12.5", "0.8, 0.8",
            "一, 1", "十, 10", "十二, 12", "二十, 20", "八十五, 85", "一百, 100", "一百二十, 120", "一百零八, 108",
            "两百, 200", "三百五, 350", "两千八, 2800", "两千八百, 2800", "三千零五, 3005", "一千二百三十四, 1234",
            "一万, 10000", "一万二, 12000", "三万五千, 35000", "十万, 100000", "一亿二, 120000000", "〇, 0",
            "一点五, 1.5", "十二点三四, 12.34", "壹佰贰拾, 120", "两, 2"
    })
    void readsFigures(String text, BigDecimal expected) {
        assertThat(ChineseNumerals.parse(text)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "一二三", "百", "万", "一批", "1.2.3"})
    void refusesWhatIsNotAFigure(String text) {
        assertThat(ChineseNumerals.parse(text)).isNull();
    }
}
