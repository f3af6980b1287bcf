package cn.duban.assistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two reports side by side — the bundled 庆云县 2023 and a 正定县 2024 one on some of the same topics: a question
 * naming a year or a county is answered from that report, one naming neither from either, the report named.
 */
class SeveralReportsTest {

    private static final String QINGYUN_SHANTY_TOWNS = "统筹抓好安置区建设和棚户区改造";
    private static final String ZHENGDING_SHANTY_TOWNS = "完成棚户区改造1200户";

    @TempDir
    static Path dir;
    private static Knowledge knowledge;
    private static KnowledgeIndex index;

    @BeforeAll
    static void loadTwoReports() {
        BundledKnowledge.write(dir.resolve("reports/qingyun-2023.txt"),
                BundledKnowledge.read(BundledKnowledge.DIR.resolve("reports/qingyun-2023.txt")));
        BundledKnowledge.write(dir.resolve("reports/zhengding-2024.txt"), """
                ---
                title: 正定县政府工作报告
                county: 正定县
                year: 2024
                ---
                一、推动城市更新
                完成棚户区改造1200户,改造老旧小区30个。加快石家庄至正定城际轨道建设。
                二、做好民生保障
                实施就业优先政策,新增城镇就业3000人以上。完善县乡村三级电商服务体系,培育直播电商基地2个。
                """);
        BundledKnowledge.write(dir.resolve("vocabulary.yml"), BundledKnowledge.read(BundledKnowledge.DIR.resolve("vocabulary.yml")));
        BundledKnowledge.write(dir.resolve("targets.yml"), """
                targets:
                  - id: jobs-2023
                    name: 新增城镇就业
                    aliases: [就业]
                    value: 2800
                    unit: 人
                    comparator: ">="
                    aggregation: sum
                    quote: 争取新增城镇就业2800人以上
                    report: qingyun-2023
                  - id: jobs-2024
                    name: 新增城镇就业
                    aliases: [就业]
                    value: 3000
                    unit: 人
                    comparator: ">="
                    aggregation: sum
                    quote: 新增城镇就业3000人以上
                    report: zhengding-2024
                """);
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
    void aQuestionNamingAYearIsAnsweredFromThatYearsReport() {
        assertThat(reply("2024年棚改怎么安排")).startsWith("原文").contains(ZHENGDING_SHANTY_TOWNS, "《正定县政府工作报告》（2024年）")
                .doesNotContain(QINGYUN_SHANTY_TOWNS);
        assertThat(reply("2023年棚户区改造")).startsWith("原文").contains(QINGYUN_SHANTY_TOWNS, "（2023年）")
                .doesNotContain(ZHENGDING_SHANTY_TOWNS);
        assertThat(reply("二〇二四年电商服务体系")).startsWith("原文").contains("培育直播电商基地2个", "（2024年）");
    }

    @Test
    void aQuestionNamingACountyIsAnsweredFromThatCountysReport() {
        for (String question : new String[] {"正定棚改怎么安排", "正定县的棚户区改造", "正定县电商服务体系"}) {
            assertThat(reply(question)).as(question).startsWith("原文").contains("《正定县政府工作报告》（2024年）")
                    .doesNotContain(QINGYUN_SHANTY_TOWNS);
        }
        assertThat(reply("庆云县棚改怎么安排")).startsWith("原文").contains(QINGYUN_SHANTY_TOWNS, "（2023年）");
        assertThat(reply("庆云电商服务体系")).startsWith("原文").contains("完善县乡村三级电商服务体系", "（2023年）")
                .doesNotContain("直播");
        assertThat(reply("正定县新增城镇就业多少")).contains("3000人").doesNotContain("2800");
    }

    @Test
    void aQuestionNamingNeitherSearchesBothAndNamesTheReport() {
        assertThat(reply("棚改怎么安排")).startsWith("原文").containsAnyOf(QINGYUN_SHANTY_TOWNS, ZHENGDING_SHANTY_TOWNS)
                .containsPattern("出处\uFF1A《[^》]+》（202[34]年）");
        assertThat(reply("城际轨道")).startsWith("原文").contains("石家庄至正定城际轨道", "（2024年）");
    }

    @Test
    void aYearPicksThatReportsTarget() {
        assertThat(reply("2024年新增城镇就业目标是多少").lines().findFirst().orElseThrow()).isEqualTo("新增城镇就业3000人以上。");
        assertThat(reply("2023年新增城镇就业目标是多少").lines().findFirst().orElseThrow()).isEqualTo("争取新增城镇就业2800人以上。");
    }

    @Test
    void aTargetBothReportsSetIsAnsweredForEachWhenNeitherYearNorCountyIsNamed() {
        String reply = reply("新增城镇就业目标是多少");
        assertThat(reply).contains("争取新增城镇就业2800人以上", "新增城镇就业3000人以上", "（2023年）", "（2024年）");
        assertThat(reply("正定县新增城镇就业目标是多少")).contains("3000人").doesNotContain("2800");
        assertThat(reply("庆云县就业目标")).contains("2800人").doesNotContain("3000");
    }

    @Test
    void aYearOrCountyNoReportHasFindsNothing() {
        assertThat(reply("2022年新增城镇就业多少")).startsWith("未找到").doesNotContain("2800", "3000");
        assertThat(reply("正定县2023年棚改怎么安排")).startsWith("未找到");
    }
}
