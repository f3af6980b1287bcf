package cn.duban.assistant.knowledge;

import static cn.duban.assistant.knowledge.BundledKnowledge.read;
import static cn.duban.assistant.knowledge.BundledKnowledge.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.duban.assistant.files.MalformedFileException;

/** {@code knowledge/tasks.yml}: the bundled tasks, and every kind of mistake named by file, line and field. */
class TaskLoaderTest {

    @TempDir
    Path dir;
    Path tasks;

    @BeforeEach
    void copyBundledKnowledge() {
        BundledKnowledge.copyTo(dir);
        tasks = dir.resolve("tasks.yml");
    }

    @Test
    void theBundledTasksStandInTheReportWordForWord() {
        Knowledge knowledge = KnowledgeLoader.load(BundledKnowledge.DIR);

        assertThat(knowledge.tasks()).hasSizeGreaterThanOrEqualTo(20);
        String report = knowledge.reports().get(0).fullText();
        assertThat(knowledge.tasks()).allSatisfy(task -> {
            assertThat(report).contains(task.text());
            assertThat(task.lead()).isNotBlank();
            assertThat(task.deadline()).isBetween(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
            assertThat(task.leader()).isIn("", "zhangsan", "wangwu");
            assertThat(task.reportId()).isEqualTo("qingyun-2023");
        });
        assertThat(knowledge.tasks()).extracting(Task::text)
                .noneMatch(text -> knowledge.targets().stream().anyMatch(target -> text.contains(target.quote())));
        Task railway = knowledge.task("jinwei-railway").orElseThrow();
        assertThat(railway.name()).isEqualTo("津潍高铁建设");
        assertThat(railway.names()).contains("津潍高铁", "津潍铁路");
        assertThat(railway.text()).isEqualTo("加快津潍高铁、庆章高速等重点项目建设");
        assertThat(railway.section()).isEqualTo("二、在加快新型城镇建设上攻坚突破");
        assertThat(railway.lead()).isEqualTo("县交通运输局");
        assertThat(railway.partners()).containsExactly("县发展改革局", "常家镇");
        assertThat(railway.leader()).isEqualTo("zhangsan");
        assertThat(railway.deadline()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(railway.milestones()).first()
                .isEqualTo(new Task.Milestone(LocalDate.of(2023, 6, 30), "完成庆云段桥梁桩基"));
    }

    @Test
    void theBundledLeadersAreOfficialsOfTheBundledRoster() {
        Knowledge knowledge = KnowledgeLoader.load(BundledKnowledge.DIR);

        KnowledgeLoader.checkLeaders(BundledKnowledge.DIR, knowledge, Set.of("zhangsan", "wangwu"));
    }

    @Test
    void aFolderWithoutTasksHasNone() {
        assertThat(KnowledgeLoader.load(dir).tasks()).isEmpty();
    }

    @Test
    void anEmptyFileOrAnEmptyListHasNoTasks() {
        write(tasks, "\n");
        assertThat(KnowledgeLoader.load(dir).tasks()).isEmpty();
        write(tasks, "tasks: []\n");
        assertThat(KnowledgeLoader.load(dir).tasks()).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"2023-06-15, 2023-06-15", "2023-06, 2023-06-30", "2024-02, 2024-02-29", "2023, 2023-12-31"})
    void aDeadlineIsADayAMonthOrAYear(String written, LocalDate meant) {
        write(tasks, task("deadline: " + written));

        assertThat(KnowledgeLoader.load(dir).tasks()).singleElement()
                .satisfies(task -> assertThat(task.deadline()).isEqualTo(meant));
    }

    @Test
    void aMilestoneTakesTheSameForms() {
        write(tasks, task("deadline: 2023\n    milestones:\n      - {date: 2023-06, due: 完成桩基}\n"
                + "      - {date: 2023-09-10, due: 完成征地}"));

        assertThat(KnowledgeLoader.load(dir).tasks().get(0).milestones()).containsExactly(
                new Task.Milestone(LocalDate.of(2023, 6, 30), "完成桩基"),
                new Task.Milestone(LocalDate.of(2023, 9, 10), "完成征地"));
    }

    @Test
    void aSectionLeftOutIsTheOneTheTextStandsIn() {
        write(tasks, task("deadline: 2023"));

        assertThat(KnowledgeLoader.load(dir).tasks().get(0).section()).isEqualTo("二、在加快新型城镇建设上攻坚突破");
    }

    /** Two good tasks; the cases below edit the second. */
    private static final String TWO_TASKS = """
            tasks:
              - id: first-task
                name: 津潍高铁建设
                text: 加快津潍高铁、庆章高速等重点项目建设
                lead: 县交通运输局
                deadline: 2023
              - id: the-task
                name: 庆章高速建设
                aliases: [庆章高速]
                text: 加快津潍高铁、庆章高速等重点项目建设
                section: 二、在加快新型城镇建设上攻坚突破
                lead: 县交通运输局
                partners: [县发展改革局]
                leader: zhangsan
                deadline: 2023-12
                milestones:
                  - {date: 2023-06-30, due: 完成桩基}
                report: qingyun-2023
            """;

    @Test
    void twoGoodTasksLoad() {
        write(tasks, TWO_TASKS);

        assertThat(KnowledgeLoader.load(dir).tasks()).extracting(Task::id).containsExactly("first-task", "the-task");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an unknown field                 | leader: zhangsan       | leeder: zhangsan       | leeder: zhangsan     | tasks[2].leeder   | 不认识的字段“leeder”,是不是“leader”
            a missing lead                   | lead: 县交通运输局\\n    partners | partners       | - id: the-task       | tasks[2].lead     | 缺少此项
            a missing deadline               | deadline: 2023-12\\n    milestones | milestones     | - id: the-task       | tasks[2].deadline | 缺少此项
            a lead given as a list           | lead: 县交通运输局     | lead: [甲, 乙]         | lead: [甲, 乙]       | tasks[2].lead     | 应为单个值
            partners given as a mapping      | partners: [县发展改革局] | partners: {a: b}     | partners: {a: b}     | tasks[2].partners | 应为列表
            partners written as one text     | partners: [县发展改革局] | partners: 县发展改革局、常家镇 | partners: 县发展改革局、常家镇 | tasks[2].partners | 应为列表,每个单位一项
            two lead units in one text       | lead: 县交通运输局     | lead: 县交通运输局、常家镇 | lead: 县交通运输局、常家镇 | tasks[2].lead | 牵头单位只写一个单位
            milestones given as one value    | milestones:\\n      - {date: 2023-06-30, due: 完成桩基} | milestones: 6月底 | milestones: 6月底 | tasks[2].milestones | 应为列表
            a date that does not exist       | deadline: 2023-12      | deadline: 2023-02-30   | deadline: 2023-02-30 | tasks[2].deadline | 应为日期 2023-12-31、月份 2023-06(当月最后一天)或年份 2023(当年12月31日)
            a date written otherwise         | deadline: 2023-12      | deadline: 2023年12月   | deadline: 2023年12月 | tasks[2].deadline | 现在是“2023年12月”
            a milestone after the deadline   | date: 2023-06-30       | date: 2024-01          | date: 2024-01        | tasks[2].milestones[1].date | 节点日期 2024-01-31 晚于任务的完成时限 2023-12-31
            a milestone with an unknown field | due: 完成桩基         | what: 完成桩基         | what: 完成桩基       | tasks[2].milestones[1].what | 不认识的字段“what”
            a milestone with a bad date      | date: 2023-06-30       | date: 6月30日          | date: 6月30日        | tasks[2].milestones[1].date | 现在是“6月30日”
            a text not in the report         | text: 加快津潍高铁、庆章高速等重点项目建设 | text: 加快津潍高铁建设 | text: 加快津潍高铁建设 | tasks[2].text | 在报告 qingyun-2023 中找不到这段原文,须一字不差
            a section the text is not in   | section: 二、          | section: 一、          | section: 一、        | tasks[2].section  | 原文所在章节是“二、在加快新型城镇建设上攻坚突破”
            an id with capitals              | id: the-task           | id: The-Task           | id: The-Task         | tasks[2].id       | 只能用小写英文字母、数字和连字符
            a report that does not exist     | report: qingyun-2023   | report: qingyun-2022   | report: qingyun-2022 | tasks[2].report   | 没有这篇报告,可选: qingyun-2023
            a field the root does not take   | tasks:                 | task:                  | - id: first-task     | task              | 不认识的字段“task”,是不是“tasks”
            """)
    void eachMistakeNamesTheFileTheLineAndTheField(String what, String from, String to, String lineHolding,
                                                   String field, String problem) {
        String yaml = TWO_TASKS;
        int second = "tasks:".equals(from) ? 0 : yaml.indexOf("- id: the-task");
        String unescapedFrom = from.replace("\\n", "\n");
        int at = yaml.indexOf(unescapedFrom, second);
        assertThat(at).as(what + ": " + from).isNotNegative();
        String edited = yaml.substring(0, at) + to.replace("\\n", "\n") + yaml.substring(at + unescapedFrom.length());
        write(tasks, edited);

        assertThatThrownBy(() -> KnowledgeLoader.load(dir)).as(what)
                .isInstanceOfSatisfying(MalformedFileException.class, e -> {
                    assertThat(e.file()).isEqualTo(tasks);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.line()).isEqualTo(lineOf(edited, lineHolding));
                    assertThat(e.getMessage()).contains(tasks.toString(), "第" + e.line() + "行", "字段 " + field, problem);
                });
    }

    @Test
    void aRepeatedIdIsRefused() {
        String yaml = TWO_TASKS.replace("id: the-task", "id: first-task");
        write(tasks, yaml);

        assertThatThrownBy(() -> KnowledgeLoader.load(dir))
                .isInstanceOfSatisfying(MalformedFileException.class, e -> {
                    assertThat(e.field()).isEqualTo("tasks[2].id");
                    assertThat(e.line()).isEqualTo(yaml.lines().toList().lastIndexOf("  - id: first-task") + 1);
                    assertThat(e.getMessage()).contains("第" + e.line() + "行", "与前面的任务重复: first-task");
                });
    }

    @Test
    void anIdOfATargetIsRefused() {
        write(tasks, task("deadline: 2023").replace("id: the-task", "id: new-urban-jobs"));

        assertThatThrownBy(() -> KnowledgeLoader.load(dir))
                .isInstanceOfSatisfying(MalformedFileException.class, e -> {
                    assertThat(e.field()).isEqualTo("tasks[1].id");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("与 targets.yml 中的目标重复: new-urban-jobs");
                });
    }

    @Test
    void aLeaderWhoIsNoOfficialNamesTheLine() {
        write(tasks, task("deadline: 2023\n    leader: zhangsan") + task("deadline: 2023\n    leader: lisi")
                .replace("tasks:\n", "").replace("the-task", "other-task"));
        Knowledge knowledge = KnowledgeLoader.load(dir);

        assertThatThrownBy(() -> KnowledgeLoader.checkLeaders(dir, knowledge,
                new java.util.LinkedHashSet<>(List.of("zhangsan", "wangwu"))))
                .isInstanceOfSatisfying(MalformedFileException.class, e -> {
                    assertThat(e.file()).isEqualTo(tasks);
                    assertThat(e.field()).isEqualTo("tasks[2].leader");
                    assertThat(e.line()).isEqualTo(lineOf(read(tasks), "leader: lisi"));
                    assertThat(e.getMessage()).contains("“lisi”不在人员名单的领导中", "zhangsan、wangwu");
                });
    }

    /** A file of one task {@code the-task} on the railway sentence, with these lines after its lead. */
    private static String task(String more) {
        return """
                tasks:
                  - id: the-task
                    name: 津潍高铁建设
                    text: 加快津潍高铁、庆章高速等重点项目建设
                    lead: 县交通运输局
                    %s
                """.formatted(more);
    }

    private static int lineOf(String yaml, String holding) {
        List<String> lines = yaml.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(holding)) {
                return i + 1;
            }
        }
        throw new AssertionError(holding + " not in\n" + yaml);
    }
}
