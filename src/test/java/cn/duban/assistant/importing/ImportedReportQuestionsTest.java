package cn.duban.assistant.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.duban.assistant.knowledge.BundledKnowledge;
import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.KnowledgeIndex;
import cn.duban.assistant.knowledge.KnowledgeLoader;
import cn.duban.assistant.knowledge.ReportAnswerer;

/**
 * Each fragment of another county's report alone in {@code knowledge/}, imported with {@code import-report} and the
 * targets it proposes taken as they are, answers officials' questions in their own shorthand (GDP, 固投, 社零, 规上,
 * 财政收入 …) with the report's words, and never with another target's figure.
 */
class ImportedReportQuestionsTest {

    @TempDir
    static Path dir;

    private static Knowledge knowledge(String file) throws IOException {
        Path knowledge = dir.resolve(file.replace(".txt", ""));
        if (!Files.exists(knowledge.resolve("targets.yml"))) {
            ImportCommandsTest.Run run = ImportCommandsTest.run("import-report", ImportCommandsTest.OTHER_COUNTIES.resolve(file).toString(),
                    "--assistant.knowledge-dir=" + knowledge);
            assertThat(run.exit()).as(run.err()).isZero();
            Files.move(knowledge.resolve("targets.proposed.yml"), knowledge.resolve("targets.yml"));
        }
        return KnowledgeLoader.load(knowledge);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            01-huadong9881.txt | GDP增速目标多少              | 地区生产总值增长6%以上       |
            01-huadong9881.txt | 财政收入增长多少              | 一般公共预算收入增长6%       | 6.2%
            01-huadong9881.txt | 固投增速                    | 固定资产投资增长8%          |
            01-huadong9881.txt | 社零增长目标                 | 社会消费品零售总额增长8%     |
            01-huadong9881.txt | 居民收入增长多少              | 居民人均可支配收入增长6.2%    |
            01-huadong9881.txt | 装备制造集群产值目标是多少      | 装备制造产业集群产值达到130亿元 | 70亿元
            01-huadong9881.txt | 康养食品产业集群要达到多少      | 康养食品产业集群产值达到70亿元 | 130亿元
            01-huadong9881.txt | 规上企业新增几家              | 新增规上工业企业20家以上      |
            01-huadong9881.txt | 规上工业增速                 | 规上工业增加值增长8%以上      |
            01-huadong9881.txt | 15亿元以上企业培育几家         | 培育产值15亿元以上企业3家     |
            02-shenqiu.txt     | 工业熟地储备多少亩            | 储备不低于1000亩的工业“熟地”  |
            02-shenqiu.txt     | 钢产能目标                   | 钢产能500万吨               |
            02-shenqiu.txt     | 周钢一期二步                 | 推进周钢一期二步建设          |
            02-shenqiu.txt     | 招商有哪些方式               | 产业链集群招商               |
            02-shenqiu.txt     | 标准化厂房                   | 标准化厂房建设               |
            02-shenqiu.txt     | 食品产业龙头                 | 金丝猴                     |
            02-shenqiu.txt     | 久亿矿山机械总投资多少          | 总投资10亿元的久亿矿山机械     |
            02-shenqiu.txt     | 东寨西寨拆迁                 | 完成东寨、西寨拆迁工作         |
            03-zhangwu.txt     | 5000万元以上项目开工几个        | 等50个5000万元以上项目开工建设 | 35个
            03-zhangwu.txt     | 竣工投产项目多少个             | 等35个5000万元以上项目竣工投产 | 50个
            03-zhangwu.txt     | 原砂开采量目标                | 原砂开采量力争突破400万吨     |
            03-zhangwu.txt     | 硅砂产业怎么发展              | 硅砂                       |
            03-zhangwu.txt     | 5+1主导产业                  | “5+1”主导产业体系           |
            03-zhangwu.txt     | 项目管家                    | “项目管家”人性化服务          |
            03-zhangwu.txt     | 三争取                      | “三争取”                   |
            03-zhangwu.txt     | 光伏治沙                    | 50万千瓦光伏治沙             |
            04-longyou.txt     | GDP增长目标                 | 全县生产总值增长7%           |
            04-longyou.txt     | 固投目标                    | 固定资产投资增长10%以上       |
            04-longyou.txt     | 社零增速                    | 社会消费品零售总额增长7%      |
            04-longyou.txt     | 财政收入增长目标              | 一般公共预算收入增长7%以上     |
            04-longyou.txt     | 失业率控制在多少              | 城镇调查失业率控制在5%以内     |
            04-longyou.txt     | 外贸出口有什么要求            | 外贸出口额占全市份额保持稳定    |
            04-longyou.txt     | 节能减排                    | 节能减排完成上级下达目标任务    |
            04-longyou.txt     | 八八战略                    | 忠实践行“八八战略”            |
            05-zhengding.txt   | GDP增速                    | 地区生产总值增长6%以上        |
            05-zhengding.txt   | 固投增速目标                 | 固定资产投资增长7%左右        |
            05-zhengding.txt   | 规上工业增速                 | 规上工业增加值增长7%左右      |
            05-zhengding.txt   | 社零目标                    | 社会消费品零售总额增长5%左右   |
            05-zhengding.txt   | 财政收入增长目标              | 一般公共预算收入增长3%左右     |
            05-zhengding.txt   | 农村居民收入增长多少           | 6.5%左右                   |
            05-zhengding.txt   | 城镇居民收入增长多少           | 5.5%左右                   |
            05-zhengding.txt   | 十五五规划纲要                | “十五五”规划纲要编制工作       |
            """)
    void officialsShorthandIsAnsweredInTheReportsWords(String file, String question, String expected, String never) throws IOException {
        Knowledge knowledge = knowledge(file.strip());
        try (KnowledgeIndex index = new KnowledgeIndex(knowledge)) {
            String reply = BundledKnowledge.reply(knowledge, new ReportAnswerer(knowledge, index), question.strip());
            assertThat(reply).as(question).contains(expected.strip()).doesNotContain("未找到");
            if (never != null && !never.isBlank()) {
                assertThat(reply.lines().findFirst().orElseThrow()).as(question).doesNotContain(never.strip());
            }
        }
    }
}
