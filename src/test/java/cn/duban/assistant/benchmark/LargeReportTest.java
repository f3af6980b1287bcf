package cn.duban.assistant.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.duban.assistant.knowledge.BundledKnowledge;
import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.KnowledgeIndex;
import cn.duban.assistant.knowledge.Report;
import cn.duban.assistant.knowledge.ReportAnswerer;

/** The 20,000-character report of {@code benchmark-questions}, alongside the bundled one, answers as a report does. */
class LargeReportTest {

    @Test
    void theLargeReportHasTwentyThousandCharactersUnderHeadingsAndIsAnsweredFromByYearOrCounty() throws Exception {
        Knowledge bundled = BundledKnowledge.knowledge();
        String text = LargeReport.text(bundled.reports().get(0));
        Report large = LargeReport.from(text);
        List<Report> both = new ArrayList<>(bundled.reports());
        both.add(large);
        Knowledge knowledge = new Knowledge(both, bundled.targets(), bundled.synonyms());

        assertThat(text.length()).isGreaterThanOrEqualTo(20_000);
        assertThat(large.headings()).hasSize(30);
        try (KnowledgeIndex index = new KnowledgeIndex(knowledge)) {
            ReportAnswerer answerer = new ReportAnswerer(knowledge, index);

            assertThat(BundledKnowledge.reply(knowledge, answerer, "2024年规上工业增速"))
                    .startsWith("原文").contains("规模以上工业增加值增长8%", "《青禾县2024年政府工作报告》（2024年）");
            assertThat(BundledKnowledge.reply(knowledge, answerer, "青禾县棚户区改造"))
                    .contains("完成棚户区改造1200户", "五、提升城市品质");
            assertThat(BundledKnowledge.reply(knowledge, answerer, "庆云县棚改怎么安排"))
                    .contains("统筹抓好安置区建设和棚户区改造", "（2023年）");
        }
    }
}
