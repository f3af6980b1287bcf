package cn.duban.assistant.conversation;

import static cn.duban.assistant.knowledge.BundledKnowledge.read;
import static cn.duban.assistant.knowledge.BundledKnowledge.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.duban.assistant.config.TestProperties;
import cn.duban.assistant.knowledge.BundledKnowledge;
import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.redis.TestRedis;

/**
 * 重新加载: an official reloads a copy of the knowledge and roster after editing it; a broken edit is told with its
 * place and the old knowledge keeps answering; others are refused; the ledger is left as it is.
 */
class ReloadTest {

    static final String ROSTER = """
            officials:
              - userid: zhangsan
                name: 张三
                title: 副县长
            reporters:
              - userid: lisi
                name: 李四
                unit: 常家镇
                targets: [new-urban-jobs]
            """;

    @TempDir
    Path dir;
    Path knowledge;
    Path targets;
    Path report;
    Path roster;
    TestAssistant assistant;

    /** A copy of the bundled knowledge and a small roster, and the assistant on them, on a day of 2023. */
    @BeforeEach
    void copyKnowledge() {
        knowledge = dir.resolve("knowledge");
        report = knowledge.resolve("reports/qingyun-2023.txt");
        targets = knowledge.resolve("targets.yml");
        roster = dir.resolve("roster.yml");
        BundledKnowledge.copyTo(knowledge);
        write(roster, ROSTER);
        assistant = TestAssistant.fromFiles(TestRedis.fresh(),
                TestProperties.withFiles(LocalDate.of(2023, 6, 30), knowledge, roster));
    }

    static void replace(Path file, String from, String to) {
        String text = read(file);
        assertThat(text).as(file.toString()).contains(from);
        write(file, text.replace(from, to));
    }

    @Test
    void anOfficialsReloadAnswersWithTheEditedValue() {
        assertThat(assistant.say("zhangsan", "新增城镇就业目标")).startsWith("争取新增城镇就业2800人以上");
        replace(report, "争取新增城镇就业2800人以上", "争取新增城镇就业3000人以上");
        replace(targets, "value: 2800", "value: 3000");
        replace(targets, "quote: 争取新增城镇就业2800人以上", "quote: 争取新增城镇就业3000人以上");

        assertThat(assistant.say("zhangsan", "重新加载")).isEqualTo("已重新加载：1篇报告，6个目标；人员名单1位领导、1位填报人。");
        assertThat(assistant.say("zhangsan", "新增城镇就业目标")).startsWith("争取新增城镇就业3000人以上")
                .doesNotContain("2800");
        assertThat(assistant.say("lisi", "新增城镇就业120人")).contains("已记录", "完成4.0%");
    }

    @Test
    void aNewTargetIsRecognisedAfterReload() {
        assertThat(assistant.say("zhangsan", "口袋公园目标")).startsWith("未找到");
        replace(report, "全力做好困难群众基本生活保障。", "全力做好困难群众基本生活保障。全年新建口袋公园12个。");
        write(targets, read(targets) + """

                  - id: pocket-parks
                    name: 新建口袋公园
                    aliases: [口袋公园]
                    value: 12
                    unit: 个
                    comparator: ">="
                    aggregation: sum
                    quote: 全年新建口袋公园12个
                """);

        assertThat(assistant.say("zhangsan", "重新加载")).startsWith("已重新加载：1篇报告，7个目标");
        assertThat(assistant.say("zhangsan", "口袋公园目标")).startsWith("全年新建口袋公园12个").contains("出处：六、");
        assertThat(assistant.say("zhangsan", "今年的主要目标有哪些")).contains("共7项", "新建口袋公园");
    }

    @Test
    void aNewReportIsSearchedAfterReload() {
        assertThat(assistant.say("zhangsan", "智慧停车场")).startsWith("未找到");
        write(knowledge.resolve("reports/qingyun-2023-parking.txt"), BundledKnowledge.reportFile("停车设施建设方案", 2023,
                "一、建设任务\n全年建成智慧停车场8处，新增停车泊位1200个。\n"));
        // with two reports each target names its own
        replace(targets, "    period: {start: 2023-01-01, end: 2023-12-31}\n",
                "    period: {start: 2023-01-01, end: 2023-12-31}\n    report: qingyun-2023\n");

        assertThat(assistant.say("zhangsan", "重新加载")).startsWith("已重新加载：2篇报告，6个目标");
        assertThat(assistant.say("zhangsan", "智慧停车场")).contains("全年建成智慧停车场8处", "停车设施建设方案");
        assertThat(assistant.say("zhangsan", "新增城镇就业目标")).startsWith("争取新增城镇就业2800人以上");
    }

    @Test
    void theRosterIsReloadedWithTheKnowledge() {
        assertThat(assistant.say("zhaoyi", "重新加载")).startsWith("只有县领导可以重新加载");
        write(roster, ROSTER.replace("officials:\n", "officials:\n  - userid: zhaoyi\n    name: 赵一\n"));

        assertThat(assistant.say("zhangsan", "重新加载")).contains("人员名单2位领导、1位填报人");
        assertThat(assistant.say("zhaoyi", "重新加载")).startsWith("已重新加载");
        assertThat(assistant.roster().official("zhaoyi")).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            YAML that does not parse     | targets.yml | aggregation: sum          | aggregation: [sum       | 方括号没有成对
            a field the file does not take | targets.yml | aliases: [城镇新增就业 | alias: [城镇新增就业     | 不认识的字段“alias”
            a quote not in the report    | targets.yml | quote: 争取新增城镇就业2800人以上 | quote: 争取新增城镇就业3000人以上 | targets[6].quote
            a value that is not a number | targets.yml | value: 2800               | value: 两千八             | 应为数字
            a report missing its title   | qingyun-2023.txt | title: 全力攻坚       | titel: 全力攻坚           | 字段 title: 缺少此项
            the roster naming a target that is gone | targets.yml | - id: new-urban-jobs | - id: new-urban-jobs-2023 | roster.yml 第9行
            """)
    void aBrokenEditIsToldWithItsPlaceAndTheOldKnowledgeKeepsAnswering(String what, String file, String from, String to,
                                                                      String problem) {
        Path edited = file.equals("targets.yml") ? targets : report;
        String original = read(edited);
        replace(edited, from, to);

        String reply = assistant.say("zhangsan", "重新加载");

        assertThat(reply).as(what).startsWith("没有重新加载，仍在使用原来的知识库和人员名单。")
                .contains("文件有误: ", problem, "第").endsWith("请改正后再发送“重新加载”。");
        assertThat(reply.lines().filter(line -> line.startsWith("文件有误")).count()).isEqualTo(1);
        assertThat(assistant.say("zhangsan", "新增城镇就业目标")).startsWith("争取新增城镇就业2800人以上");
        assertThat(assistant.say("lisi", "新增城镇就业120人")).contains("已记录");

        write(edited, original);
        assertThat(assistant.say("zhangsan", "重新加载")).startsWith("已重新加载");
    }

    @Test
    void aTaskLedByNoOfficialOfTheRosterIsToldWithItsPlace() {
        Path tasks = knowledge.resolve("tasks.yml");
        String task = """
                tasks:
                  - id: jinwei-railway
                    name: 津潍高铁建设
                    text: 加快津潍高铁、庆章高速等重点项目建设
                    lead: 县交通运输局
                    leader: %s
                    deadline: 2023-12-31
                """;
        write(tasks, task.formatted("lisi"));

        assertThat(assistant.say("zhangsan", "重新加载")).startsWith("没有重新加载")
                .contains("文件有误: " + tasks + " 第6行 字段 tasks[1].leader: “lisi”不在人员名单的领导中");

        write(tasks, task.formatted("zhangsan"));
        assertThat(assistant.say("zhangsan", "重新加载")).startsWith("已重新加载");
        assertThat(assistant.current().get().knowledge().tasks()).extracting(t -> t.leader()).containsExactly("zhangsan");
    }

    @Test
    void theErrorNamesTheFileAndTheLine() {
        replace(targets, "value: 2800", "value: 两千八");

        assertThat(assistant.say("zhangsan", "重新加载")).contains("文件有误: " + targets + " 第", "行 字段 targets[6].value: 应为数字,现在是“两千八”");
    }

    @Test
    void reportersAndVisitorsAreRefusedAndNothingIsReloaded() {
        replace(targets, "value: 2800", "value: 3000");
        replace(targets, "quote: 争取新增城镇就业2800人以上", "quote: 争取新增城镇就业3000人以上");
        replace(report, "争取新增城镇就业2800人以上", "争取新增城镇就业3000人以上");

        assertThat(assistant.say("lisi", "重新加载")).isEqualTo("只有县领导可以重新加载知识库。如需更新报告、目标或人员名单，请联系县政府办。");
        assertThat(assistant.say("visitor", "请重新加载")).startsWith("只有县领导可以重新加载知识库");
        assertThat(assistant.say("zhangsan", "新增城镇就业目标")).startsWith("争取新增城镇就业2800人以上");
    }

    @Test
    void theLedgerKeepsTheEntriesOfATargetThatIsGone() {
        assertThat(assistant.say("lisi", "新增城镇就业120人")).contains("已记录");
        Target jobs = assistant.current().get().knowledge().target("new-urban-jobs").orElseThrow();
        String targetsBefore = read(targets);
        String jobsBlock = targetsBefore.substring(targetsBefore.indexOf("  - id: new-urban-jobs"));
        write(targets, targetsBefore.replace(jobsBlock, ""));
        write(roster, ROSTER.replace("[new-urban-jobs]", "[billion-yuan-projects]"));

        assertThat(assistant.say("zhangsan", "重新加载")).startsWith("已重新加载：1篇报告，5个目标");
        assertThat(assistant.current().get().knowledge().target("new-urban-jobs")).isEmpty();
        assertThat(assistant.ledger().countyFigure(jobs)).isEqualByComparingTo("120");
        assertThat(assistant.ledger().history()).extracting(entry -> entry.targetId()).containsExactly("new-urban-jobs");

        write(targets, targetsBefore);
        write(roster, ROSTER);
        assertThat(assistant.say("zhangsan", "重新加载")).startsWith("已重新加载：1篇报告，6个目标");
        assertThat(assistant.say("zhangsan", "就业进度")).contains("累计120人");
    }

    @Test
    void aSnapshotTakenBeforeAReloadIsNotChangedByIt() {
        Snapshot before = assistant.current().get();
        replace(targets, "value: 2800", "value: 3000");
        replace(targets, "quote: 争取新增城镇就业2800人以上", "quote: 争取新增城镇就业3000人以上");
        replace(report, "争取新增城镇就业2800人以上", "争取新增城镇就业3000人以上");

        assistant.say("zhangsan", "重新加载");

        assertThat(assistant.current().get()).isNotSameAs(before);
        assertThat(before.knowledge().target("new-urban-jobs").orElseThrow().value()).isEqualByComparingTo("2800");
        assertThat(before.answerer().answer(cn.duban.assistant.knowledge.Question.of("新增城镇就业2800人")))
                .isInstanceOf(cn.duban.assistant.knowledge.Answer.Quotation.class);
    }

    @Test
    void aCopyOfTheSameMessageReloadsOnce() {
        String first = assistant.say("same-id", "zhangsan", "重新加载");
        Snapshot after = assistant.current().get();

        assertThat(assistant.say("same-id", "zhangsan", "重新加载")).isEqualTo(first);
        assertThat(assistant.current().get()).isSameAs(after);
    }
}
