package cn.duban.assistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 什么时候 is answered with the time of the clause about the work asked, not another clause's in the same sentence. */
class WhenClauseTest {

    @TempDir
    Path dir;

    @Test
    void theTimeIsTheClauseOfTheWorkAsked() throws IOException {
        BundledKnowledge.write(dir.resolve("reports/qingshan-2024.txt"), BundledKnowledge.reportFile("青山县政府工作报告", 2024, """
                一、抓项目稳投资
                加快推进总投资32亿元的青山抽水蓄能电站前期工作,确保总投资8.5亿元的县医院新院区年底前主体完工。
                今年6月底前,完成城区供水管网改造,启动污水处理厂扩建。
                """));
        BundledKnowledge.write(dir.resolve("targets.yml"), "targets: []\n");
        Knowledge knowledge = KnowledgeLoader.load(dir);
        try (KnowledgeIndex index = new KnowledgeIndex(knowledge)) {
            ReportAnswerer answerer = new ReportAnswerer(knowledge, index);
            assertThat(BundledKnowledge.reply(knowledge, answerer, "抽水蓄能电站什么时候开工"))
                    .contains("抽水蓄能电站", "报告没有写明时间").doesNotContain("年底前”");
            assertThat(BundledKnowledge.reply(knowledge, answerer, "县医院新院区什么时候完工")).contains("“年底前”");
            assertThat(BundledKnowledge.reply(knowledge, answerer, "污水处理厂扩建什么时候启动")).contains("“今年6月底前”");
        }
    }
}
