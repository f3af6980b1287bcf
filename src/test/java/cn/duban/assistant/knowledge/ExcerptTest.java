package cn.duban.assistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    private static final String LONG = "持续完善城市功能,实施城乡基础设施提升工程,统筹抓好安置区建设和棚户区改造,"
            + "加快津潍高铁、庆章高速等重点项目建设,全力打通交通“大动脉”,畅通县域“内循环”。";

    @Test
    void shortSentencesAreQuotedWholeWithoutTheirFullStop() {
        assertThat(Excerpt.of("完善社会保障体系,实施就业优先政策。", Question.of("就业"))).isEqualTo("完善社会保障体系,实施就业优先政策");
    }

    @Test
    void longSentencesAreCutToTheClausesHoldingTheQuestion() {
        assertThat(Excerpt.of(LONG, Question.of("津潍高铁"))).isEqualTo("……加快津潍高铁、庆章高速等重点项目建设……");
    }

    @Test
    void clausesKeepQuotedCommasTogether() {
        assertThat(Excerpt.clauses("构建“商、仓、流,一体”格局,推进建设")).containsExactly("构建“商、仓、流,一体”格局,", "推进建设");
    }

    @Test
    void aroundQuotesTheClauseWithItsPredecessor() {
        assertThat(Excerpt.around(LONG, "庆章高速")).isEqualTo("……统筹抓好安置区建设和棚户区改造,加快津潍高铁、庆章高速等重点项目建设……");
    }
}
