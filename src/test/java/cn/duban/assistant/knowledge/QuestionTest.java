package cn.duban.assistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "津潍高铁是什么            | 津潍高铁",
            "重点园区有哪些            | 重点园区",
            "养老服务怎么发展          | 养老服务 发展",
            "今年招商引资目标是多少亿  | 招商引资目标 亿",
            "\uFF14\uFF0B\uFF14        | 4+4",
            "AND \"x\" \\ * ?          | and x",
    })
    void keepsOnlyTheContent(String asked, String content) {
        assertThat(Question.of(asked).content()).isEqualTo(content);
    }

    @Test
    void punctuationAndEmojiHaveNoContent() {
        assertThat(Question.of("???!!!").hasContent()).isFalse();
        assertThat(Question.of("\uD83D\uDE00\uD83D\uDC4D").hasContent()).isFalse();
        assertThat(Question.of("").hasContent()).isFalse();
    }

    @Test
    void coverageCountsCharactersTheTextHoldsWithANeighbour() {
        Question question = Question.of("居民人均可支配收入增长多少");

        assertThat(question.coverageIn("争取技改投资增长15%以上")).isCloseTo(2.0 / 11, within(1e-9));
        assertThat(Question.of("津潍高铁").coverageIn("加快津潍高铁、庆章高速等重点项目建设")).isEqualTo(1.0);
        assertThat(Question.of("4+4").coverageIn("着力构建“4+4”现代产业体系")).isEqualTo(1.0);
    }

    @Test
    void normalizationFoldsWidthCaseAndQuotes() {
        assertThat(Question.normalize("省级“专精特新”ＡＢＣ\uFF11\uFF12")).isEqualTo("省级专精特新abc12");
    }
}
