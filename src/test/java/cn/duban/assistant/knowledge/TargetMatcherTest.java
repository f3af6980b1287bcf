package cn.duban.assistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetMatcherTest {

    private final TargetMatcher matcher = new TargetMatcher(BundledKnowledge.knowledge().targets());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "过亿元项目要引进多少个?       | billion-yuan-projects",
            "技改投资增长目标是多少        | tech-upgrade-investment",
            "技改                          | tech-upgrade-investment",
            "高新技术企业新增几家          | new-high-tech-enterprises",
            "高企目标                      | new-high-tech-enterprises",
            "省级专精特新企业要新增多少    | provincial-specialized-smes",
            "电商网络零售额目标是多少      | ecommerce-online-retail",
            "网络零售额要达到多少          | ecommerce-online-retail",
            "新增城镇就业目标              | new-urban-jobs",
            "就业进度                      | new-urban-jobs",
            "今年新增就业任务              | new-urban-jobs",
    })
    void recognisesQuestionsAboutATargetsFigure(String question, String targetId) {
        assertThat(matcher.askedFor(Question.of(question))).extracting(Target::id).containsExactly(targetId);
    }

    @ParameterizedTest
    @CsvSource({"跨境电商产业园", "电商服务体系怎么完善", "就业道路更宽", "电商产业园有几个", "津潍高铁"})
    void leavesOtherQuestionsToTheIndex(String question) {
        assertThat(matcher.askedFor(Question.of(question))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"今年的主要目标有哪些", "量化指标", "有哪些目标任务"})
    void recognisesAskingForAllTargets(String question) {
        assertThat(matcher.asksForAll(Question.of(question))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"今年招商引资到位资金目标多少亿", "城市发展目标"})
    void doesNotTakeOtherGoalsForTheTargetList(String question) {
        assertThat(matcher.asksForAll(Question.of(question))).isFalse();
    }
}
