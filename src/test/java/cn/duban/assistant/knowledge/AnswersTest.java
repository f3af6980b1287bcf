package cn.duban.assistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** Answers to questions about the report, as the reader, the answerer and the wording give them to a visitor. */
class AnswersTest {

    @Test
    void aTargetQuestionLeadsWithTheStatementThenQuotesAndNamesTheSection() {
        List<String> lines = BundledKnowledge.reply("过亿元项目要引进多少个?").lines().toList();

        assertThat(lines.get(0)).isEqualTo("力争全年引进过亿元项目35个以上。");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("原文").contains("产业集群,力争全年引进过亿元项目35个以上"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("出处\uFF1A一、在构建现代产业体系上攻坚突破");
    }

    @Test
    void twoTargetsInOneQuestionGetTwoStatements() {
        String reply = BundledKnowledge.reply("高企和专精特新各要新增多少");

        assertThat(reply).contains("新增高新技术企业11家。", "省级“专精特新”企业17家。");
    }

    @Test
    void aPassageAnswerQuotesTheSentencePartAndItsSection() {
        // without tasks.yml (with it, 津潍高铁 is a task and gets its card, which quotes the same words)
        Knowledge knowledge = BundledKnowledge.knowledge();
        Knowledge withoutTasks = new Knowledge(knowledge.reports(), knowledge.targets(), knowledge.synonyms());
        String reply = BundledKnowledge.reply(withoutTasks, BundledKnowledge.answerer(), "津潍高铁");
        assertThat(BundledKnowledge.reply("津潍高铁")).contains("【重点任务】津潍高铁建设", "原文：“加快津潍高铁、庆章高速等重点项目建设”",
                "出处：二、在加快新型城镇建设上攻坚突破");

        assertThat(reply).startsWith("原文").contains("加快津潍高铁、庆章高速等重点项目建设")
                .contains("出处\uFF1A二、在加快新型城镇建设上攻坚突破");
        assertThat(reply.lines().findFirst().orElseThrow().length()).isLessThan(80);
    }

    @Test
    void anExcerptIsLongEnoughToStandAlone() {
        String quote = BundledKnowledge.reply("文旅").lines().findFirst().orElseThrow();

        assertThat(quote).startsWith("原文\uFF1A\u201C提升文旅产业,深入挖掘少年玄奘");
        assertThat(quote.length()).isGreaterThan(25).isLessThan(120);
    }

    @Test
    void notFoundListsWhatCanBeAnsweredAndStatesNoFigure() {
        String reply = BundledKnowledge.reply("居民人均可支配收入增长多少");

        assertThat(reply).startsWith("未找到");
        for (Target target : BundledKnowledge.knowledge().targets()) {
            assertThat(reply).contains(target.name());
        }
        assertThat(reply).doesNotContainPattern("[0-9]");
    }

    @Test
    void theTargetListNamesEveryTarget() {
        String reply = BundledKnowledge.reply("今年的主要目标有哪些");

        assertThat(reply).contains("6项");
        for (Target target : BundledKnowledge.knowledge().targets()) {
            assertThat(reply).contains(target.quote());
        }
    }

    @Test
    void theSpeakerComesFromTheReportInformation() {
        assertThat(BundledKnowledge.reply("这篇讲话是谁讲的")).contains("吕德山", "庆云县县长", "德州新闻网");
    }

    @Test
    void withSeveralReportsTheAnswerNamesItsReport(@TempDir Path dir) {
        BundledKnowledge.write(dir.resolve("reports/qingyun-2023.txt"),
                BundledKnowledge.read(BundledKnowledge.DIR.resolve("reports/qingyun-2023.txt")));
        BundledKnowledge.write(dir.resolve("reports/shenqiu-2023.txt"), BundledKnowledge.reportFile("沈丘县政府工作报告", 2023,
                "三、2023年政府重点工作\n\uFF08一\uFF09保持经济运营在合理区间\n全力推进重点项目建设。围绕钢铁、食品加工、电子信息三大产业强化优质项目储备和招商。\n"));
        BundledKnowledge.write(dir.resolve("targets.yml"), "targets: []\n");
        Knowledge knowledge = KnowledgeLoader.load(dir);
        try (KnowledgeIndex index = new KnowledgeIndex(knowledge)) {
            String reply = BundledKnowledge.reply(knowledge, new ReportAnswerer(knowledge, index), "钢铁食品加工产业");

            assertThat(reply).contains("《沈丘县政府工作报告》", "三、2023年政府重点工作 / \uFF08一\uFF09保持经济运营在合理区间");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void whenQuotesTheSentenceAndGivesTheTasksDeadlineOrSaysTheReportGivesNoDate() {
        String reply = BundledKnowledge.reply("津潍高铁什么时候建成");

        assertThat(reply).contains("加快津潍高铁、庆章高速等重点项目建设", "出处", "完成时限：2023年12月31日")
                .doesNotStartWith("未找到").doesNotContain("没有写明时间");
        assertThat(BundledKnowledge.reply("中庆新能源产业园何时投产")).contains("中庆新能源产业园", "完成时限：");
        assertThat(BundledKnowledge.reply("养老服务高地什么时候建成")).doesNotContain("完成时限：");
    }

    @Test
    void whenATargetIsDueIsItsPeriod() {
        assertThat(BundledKnowledge.reply("就业目标什么时候完成"))
                .startsWith("“新增城镇就业”按2023年1月1日至2023年12月31日统计，目标要在2023年12月31日前完成。")
                .contains("争取新增城镇就业2800人以上。");
    }

    @Test
    void whenNamesTheTimeTheSentenceGives(@TempDir Path dir) {
        BundledKnowledge.write(dir.resolve("reports/r.txt"), BundledKnowledge.reportFile("某县政府工作报告", 2024,
                "二、抓项目。确保城北污水处理厂6月底前建成投用,年底前完成老旧小区改造。\n三、惠民生。新建幼儿园3所。\n"));
        BundledKnowledge.write(dir.resolve("targets.yml"), "targets: []\n");
        Knowledge knowledge = KnowledgeLoader.load(dir);
        try (KnowledgeIndex index = new KnowledgeIndex(knowledge)) {
            ReportAnswerer answerer = new ReportAnswerer(knowledge, index);

            assertThat(BundledKnowledge.reply(knowledge, answerer, "城北污水处理厂什么时候建成"))
                    .contains("城北污水处理厂").endsWith("时间：原文写的是“6月底前”。");
            assertThat(BundledKnowledge.reply(knowledge, answerer, "幼儿园啥时候建好")).endsWith("报告没有写明时间。");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void whoLeadsATargetIsAnsweredFromItsOwnerOrSaidToBeUnstated() {
        for (String question : new String[] {"技改投资哪个单位牵头", "技改投资谁负责", "技改由哪个部门负责", "技改投资的牵头单位是哪个"}) {
            String reply = BundledKnowledge.reply(question);

            assertThat(reply).as(question).startsWith("报告和目标表都没有写明“技改投资增长”由哪个单位牵头")
                    .contains("争取技改投资增长15%以上。", "出处").doesNotStartWith("未找到");
        }
        assertThat(BundledKnowledge.reply("高企和就业分别由谁负责")).contains("“新增高新技术企业”", "“新增城镇就业”");
    }

    @Test
    void whoLeadsIsTheOwnerTheCountyWroteDown(@TempDir Path dir) {
        BundledKnowledge.write(dir.resolve("reports/r.txt"), BundledKnowledge.reportFile("某县政府工作报告", 2024,
                "一、稳就业。实施就业优先政策,新增城镇就业3000人以上。\n二、抓项目。固定资产投资增长8%。\n"));
        BundledKnowledge.write(dir.resolve("targets.yml"), """
                targets:
                  - id: jobs
                    name: 新增城镇就业
                    aliases: [就业]
                    value: 3000
                    unit: 人
                    comparator: ">="
                    aggregation: sum
                    quote: 新增城镇就业3000人以上
                    owner: 县人社局
                """);
        Knowledge knowledge = KnowledgeLoader.load(dir);
        try (KnowledgeIndex index = new KnowledgeIndex(knowledge)) {
            ReportAnswerer answerer = new ReportAnswerer(knowledge, index);

            assertThat(BundledKnowledge.reply(knowledge, answerer, "就业由哪个部门负责"))
                    .startsWith("“新增城镇就业”的牵头单位：县人社局。").contains("新增城镇就业3000人以上");
            assertThat(BundledKnowledge.reply(knowledge, answerer, "固定资产投资谁负责"))
                    .as("no target by that name: the report's sentence, no owner made up").doesNotContain("县人社局", "牵头单位");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
