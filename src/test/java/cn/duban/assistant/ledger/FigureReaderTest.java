package cn.duban.assistant.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureReaderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "新增城镇就业 120人      | 120        | 人",
            "新增就业八十五人        | 85         | 人",
            "本月新增1,200人         | 1200       | 人",
            "新增2个                 | 2          | 个",
            "增长12.5%               | 12.5       | %",
            "累计15.3亿元            | 1530000000 | 元",
            "8000万元                | 80000000   | 元",
            "新增1.2万人             | 12000      | 人",
            "两千八人                | 2800       | 人",
            "增长百分之十五          | 15         | %",
            "新增120                 | 120        | ''",
    })
    void readsOneFigureWithItsUnit(String text, BigDecimal amount, String unit) {
        assertThat(FigureReader.read(text)).singleElement().satisfies(figure -> {
            assertThat(figure.amount()).isEqualByComparingTo(amount);
            assertThat(figure.unit()).isEqualTo(unit);
        });
    }

    @Test
    void datesAreNotFigures() {
        assertThat(FigureReader.read("截至6月28日累计350人")).singleElement()
                .satisfies(figure -> assertThat(figure.amount()).isEqualByComparingTo("350"));
        assertThat(FigureReader.read("2023年")).isEmpty();
    }

    @Test
    void chineseNumeralsNeedAUnit() {
        assertThat(FigureReader.read("引进一批项目,三年行动")).isEmpty();
    }
}
