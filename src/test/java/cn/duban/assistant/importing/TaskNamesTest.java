package cn.duban.assistant.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.duban.assistant.vocabulary.Vocabulary;

/** Short task names for {@code import-plan}: cut between words, never inside one, and unique among the proposal. */
class TaskNamesTest {

    private final TaskNames names = new TaskNames(Vocabulary.bundled());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            统筹抓好安置区建设和棚户区改造           | 统筹抓好安置区建设
            全力抓好中庆新能源产业园、机床附件产业园 | 全力抓好中庆新能源产业园
            加快庆章高速等重点项目建设               | 加快庆章高速
            深入推进国资国企改革工作                 | 深入推进国资国企改革工作
            健全完善防止返贫动态监测机制             | 健全完善防止返贫动态监测机制
            统筹抓好“吨半粮”核心示范区和高标准农田建设 | 统筹抓好“吨半粮”核心示范区
            加快建设水发渤海国际农产品交易中心       | 加快建设水发渤海国际
            持续深化“县镇同权”“三类地”改革            | 持续深化“县镇同权”“三类地”改革
            深化建设“共富型”社会大救助体系            | 深化建设“共富型”社会大救助体系
            加快培育一批智能制造示范企业             | 加快培育一批智能制造示范企业
            实施“百项技改、百企提质”工程，促进创新要素向企业集聚 | 实施“百项技改、百企提质”工程
            着力推进“一网通办”“跨省通办”“全程网办”改革落地见效 | 着力推进“一网通办”“跨省通办”
            """)
    void aLongNameIsCutBetweenWords(String words, String name) {
        assertThat(names.shortName(words)).isEqualTo(name);
    }

    @Test
    void namesSharedByRowsAreMadeUniqueAndFlagged() {
        String sentence = "加快津潍高铁、庆章高速等重点项目建设";
        List<TaskNames.Named> named = names.name(List.of(
                new TaskNames.Source(3, sentence, "加快津潍高铁等重点项目建设"),
                new TaskNames.Source(4, sentence, "加快庆章高速等重点项目建设"),
                new TaskNames.Source(5, sentence, sentence),
                new TaskNames.Source(6, sentence, sentence),
                new TaskNames.Source(7, "深化国资国企改革", "深化国资国企改革")));

        assertThat(named).extracting(TaskNames.Named::name).containsExactly("加快津潍高铁(第3行)", "加快庆章高速",
                "加快津潍高铁(第5行)", "加快津潍高铁(第6行)", "深化国资国企改革").doesNotHaveDuplicates();
        assertThat(named.get(1).flag()).contains("与第3、5、6行取自报告同一处");
        assertThat(named.get(0).flag()).contains("同名,已加行号区分");
        assertThat(named.get(4).flag()).isEmpty();
    }
}
