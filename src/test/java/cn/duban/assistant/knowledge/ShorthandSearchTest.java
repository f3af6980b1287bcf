package cn.duban.assistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Officials' shorthand ({@code knowledge/vocabulary.yml}) in the search of the report's sentences: a question said
 * the short way finds the sentence written the long way, and the other way round, never another indicator's figure.
 */
class ShorthandSearchTest {

    @TempDir
    static Path dir;
    private static Knowledge knowledge;
    private static KnowledgeIndex index;

    @BeforeAll
    static void loadReportWrittenTheLongWay() {
        BundledKnowledge.write(dir.resolve("reports/r.txt"), BundledKnowledge.reportFile("某县政府工作报告", 2024, """
                今年主要预期目标是:地区生产总值增长6%以上,一般公共预算收入增长3%左右。
                一、稳住工业
                规模以上工业增加值增长8%。工业投资增长12%。
                二、扩大投资和消费
                固定资产投资增长7%左右。社会消费品零售总额增长5%左右。
                三、城市建设
                完成棚户区改造1200户,改造老旧小区30个。
                """));
        BundledKnowledge.write(dir.resolve("vocabulary.yml"), BundledKnowledge.read(BundledKnowledge.DIR.resolve("vocabulary.yml")));
        BundledKnowledge.write(dir.resolve("targets.yml"), "targets: []\n");
        knowledge = KnowledgeLoader.load(dir);
        index = new KnowledgeIndex(knowledge);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static String reply(String question) {
        return BundledKnowledge.reply(knowledge, new ReportAnswerer(knowledge, index), question);
    }

    @Test
    void shorthandFindsTheSentenceWrittenInFull() {
        assertThat(reply("规上工业增速")).startsWith("原文").contains("规模以上工业增加值增长8%").doesNotContain("12%");
        assertThat(reply("固投增长多少")).startsWith("原文").contains("固定资产投资增长7%左右").doesNotContain("12%", "8%");
        assertThat(reply("社零")).startsWith("原文").contains("社会消费品零售总额增长5%左右");
        assertThat(reply("GDP增速是多少")).startsWith("原文").contains("地区生产总值增长6%以上").contains("出处\uFF1A开篇");
        assertThat(reply("棚改")).startsWith("原文").contains("棚户区改造1200户");
    }

    @Test
    void theFullNameFindsTheSentenceWrittenInShorthand() {
        assertThat(BundledKnowledge.reply("电子商务怎么安排")).startsWith("原文").contains("完善县乡村三级电商服务体系");
        assertThat(reply("规上工业增加值增长多少")).startsWith("原文").contains("规模以上工业增加值增长8%");
    }

    @Test
    void theBundledReportsShantyTownRenewalIsFoundAsItIsSaid() {
        String reply = BundledKnowledge.reply("棚改怎么安排");

        assertThat(reply).startsWith("原文").contains("棚户区改造").contains("出处\uFF1A二、在加快新型城镇建设上攻坚突破");
    }

    @Test
    void shorthandNeverAnswersWithAnotherIndicatorsFigure() {
        assertThat(reply("规上企业多少家")).startsWith("未找到").doesNotContainPattern("[0-9]");
        assertThat(reply("固投总额多少亿元")).startsWith("未找到").doesNotContainPattern("[0-9]");
        assertThat(reply("社零总额去年增长多少")).startsWith("未找到").doesNotContainPattern("[0-9]");
        assertThat(reply("GDP总量多少亿")).startsWith("未找到").doesNotContainPattern("[0-9]");
    }
}
