package cn.duban.assistant.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.duban.assistant.config.TestProperties;
import cn.duban.assistant.conversation.TestAssistant;
import cn.duban.assistant.redis.TestRedis;
import redis.clients.jedis.UnifiedJedis;

/** Tasks through the conversation core on a real Redis: questions, notes, 核实, 撤回 and 更正, and figures still reported. */
class TaskConversationTest {

    private static final Path ROSTER = Path.of("src/test/resources/tasks/roster.yml");
    private final UnifiedJedis redis = TestRedis.fresh();
    private final TestAssistant assistant = new TestAssistant(redis, TestProperties.withToday(LocalDate.of(2023, 6, 30)), ROSTER);
    private final TaskNotes notes = new TaskNotes(redis, Duration.ofHours(48));

    @Test
    void aQuestionAboutATaskShowsItsUnitsDeadlineAndLatestNotes() {
        assistant.say("lisi", "津潍高铁：庆云段桥梁桩基完成八成，下月架梁");
        assistant.say("jiaotong", "津潍高铁 架梁准备就绪");

        for (String question : new String[] {"津潍高铁进展", "津潍高铁怎么样了", "津潍铁路进度情况"}) {
            String reply = assistant.say("zhangsan", question);
            assertThat(reply).contains("津潍高铁建设", "加快津潍高铁、庆章高速等重点项目建设", "出处", "牵头单位：县交通运输局",
                    "县发展改革局、常家镇", "完成时限：2023年12月31日", "最新进展");
            assertThat(reply.indexOf("县交通运输局 6月30日")).isLessThan(reply.indexOf("常家镇 6月30日"));
            assertThat(reply).contains("进度80%");
        }
        assertThat(assistant.say("visitor", "中庆新能源产业园")).contains("重点园区建设", "庆云经济开发区管委会", "暂无");
    }

    @Test
    void aQuestionNearSeveralTasksGetsNumberedChoicesAndNothingNearIsNotATask() {
        assertThat(assistant.say("zhangsan", "产业园进展")).contains("哪项任务", "重点园区建设", "物流园和跨境电商产业园建设");
        assertThat(assistant.say("zhangsan", "航天发射基地进展")).doesNotContain("重点任务");
    }

    @Test
    void aCardShowsAtMostThreeNotes() {
        for (int i = 1; i <= 4; i++) {
            assistant.say("lisi", "津潍高铁：第" + i + "批桩基完成");
        }
        String reply = assistant.say("zhangsan", "津潍高铁进展");
        assertThat(reply).contains("第4批", "第3批", "第2批").doesNotContain("第1批");
    }

    @Test
    void aUnitsTasksLeadFirstWithDeadlines() {
        String reply = assistant.say("zhangsan", "县交通运输局的任务");
        assertThat(reply).contains("牵头：津潍高铁建设，完成时限", "牵头：庆章高速建设", "参与：商贸物流业发展规划");
        assertThat(reply.indexOf("牵头：")).isLessThan(reply.indexOf("参与："));
        assertThat(assistant.say("zhangsan", "交通局负责哪些任务")).contains("县交通运输局", "津潍高铁建设");
        assertThat(assistant.say("lisi", "我们单位的任务")).contains("常家镇", "津潍高铁建设");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "lisi  | 津潍高铁：庆云段桥梁桩基完成八成，下月架梁        | 进度80%",
            "kaifa | 中庆新能源产业园 一期厂房主体完工 进度60%        | 进度60%",
            "ziran | 报一下绿化提升工程进展:新植苗木3万株             | 新植苗木3万株",
            "kaifa | 中庆新能源产业园：一期厂房完成百分之七十五       | 进度75%",
            "lisi  | 津潍高铁,桩基完成八成五                         | 进度85%",
    })
    void notesAreRecordedAndConfirmed(String user, String message, String expected) {
        String reply = assistant.say(user, message);
        assertThat(reply).startsWith("已记录").contains(expected, "撤回");
        assertThat(assistant.ledger().history()).isEmpty();
    }

    @Test
    void theConfirmationNamesTaskUnitWordsAndPercent() {
        assertThat(assistant.say("lisi", "津潍高铁：庆云段桥梁桩基完成八成，下月架梁"))
                .startsWith("已记录 津潍高铁建设 进展(常家镇):庆云段桥梁桩基完成八成，下月架梁 进度80%");
        assertThat(notes.notes("jinwei-railway", 3)).singleElement().satisfies(note -> {
            assertThat(note.raw()).isEqualTo("津潍高铁：庆云段桥梁桩基完成八成，下月架梁");
            assertThat(note.userId()).isEqualTo("lisi");
            assertThat(note.unit()).isEqualTo("常家镇");
            assertThat(note.percent()).isEqualByComparingTo("80");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"津潍高铁：桩基完成过半", "津潍高铁 桩基约60%", "津潍高铁：桩基完成七八成", "津潍高铁 进度60%左右"})
    void anUnsurePercentIsAskedBackNotGuessed(String message) {
        assertThat(assistant.say("lisi", message)).contains("不是确切的进度", "没有记录");
        assertThat(notes.notes("jinwei-railway", 3)).isEmpty();
    }

    @Test
    void severalTasksGetNumberedChoicesAndTheAnswerRecords() {
        String asked = assistant.say("jiaotong", "津潍高铁和庆章高速：本周完成征地");
        assertThat(asked).contains("哪项任务", "1. 津潍高铁建设", "2. 庆章高速建设", "序号");
        assertThat(assistant.say("jiaotong", "2")).startsWith("已记录 庆章高速建设 进展(县交通运输局)");
        assertThat(notes.notes("qingzhang-expressway", 3)).hasSize(1);
        assertThat(notes.notes("jinwei-railway", 3)).isEmpty();

        assistant.say("jiaotong", "津潍高铁和庆章高速：下周验收");
        assertThat(assistant.say("jiaotong", "津潍高铁")).startsWith("已记录 津潍高铁建设");
        assistant.say("jiaotong", "津潍高铁和庆章高速：再下周验收");
        assertThat(assistant.say("jiaotong", "取消")).contains("已取消");

        assistant.say("jiaotong", "津潍高铁和庆章高速：月底验收");
        assertThat(assistant.say("jiaotong", "庆章高速：路面开始施工")).startsWith("已记录 庆章高速建设 进展(县交通运输局):路面开始施工");
        assertThat(assistant.say("jiaotong", "1")).doesNotContain("已记录");
        assertThat(notes.notes("qingzhang-expressway", 3)).extracting(TaskNote::text).doesNotContain("月底验收");
    }

    @Test
    void aReporterOfAnotherUnitIsRefusedWithTheTasksUnits() {
        String reply = assistant.say("zhaoliu", "津潍高铁：桩基完成八成");
        assertThat(reply).contains("县人社局", "津潍高铁建设", "县交通运输局", "县发展改革局、常家镇").doesNotContain("已记录");
        assertThat(notes.notes("jinwei-railway", 3)).isEmpty();
        assertThat(assistant.say("visitor", "津潍高铁：桩基完成八成")).contains("不在填报人员名单");
    }

    @Test
    void anOfficialsNoteIsAnsweredAsAQuestion() {
        assertThat(assistant.say("zhangsan", "津潍高铁：桩基完成八成")).contains("领导不填报进展", "牵头单位：县交通运输局");
        assertThat(notes.notes("jinwei-railway", 3)).isEmpty();
    }

    @Test
    void theSameMessageIdAgainGetsTheSameReplyAndOneEntry() {
        String first = assistant.say("m-1", "lisi", "津潍高铁：桩基完成八成");
        String again = assistant.say("m-1", "lisi", "津潍高铁：桩基完成八成");
        assertThat(again).isEqualTo(first);
        assertThat(notes.history("jinwei-railway")).hasSize(1);
    }

    @Test
    void finishedThenVerifiedByAnOfficialNotByAReporter() {
        assertThat(assistant.say("lisi", "津潍高铁：已全面完成")).contains("已完成待核实");
        assertThat(assistant.say("zhangsan", "津潍高铁进展")).contains("已完成待核实");
        assertThat(assistant.say("lisi", "核实 津潍高铁")).contains("只有县领导可以核实");
        assertThat(assistant.say("zhangsan", "核实 津潍高铁")).contains("已核实销号", "津潍高铁建设", "张三");
        assertThat(assistant.say("wangwu", "销号 津潍高铁")).contains("已于", "核实销号");
        assertThat(assistant.say("zhangsan", "津潍高铁进展")).contains("已核实销号");
        assertThat(assistant.say("zhangsan", "销号 庆章高速")).contains("还没有单位报告已完成");
    }

    @Test
    void aPercentWithTheFinishWordsIsNotFinished() {
        assertThat(assistant.say("lisi", "津潍高铁：已完成80%")).contains("已完成80%").doesNotContain("待核实", "进度80%");
    }

    @Test
    void withdrawAndCorrectWorkOnTheLastNote() {
        assistant.say("lisi", "津潍高铁：桩基完成八成");
        assertThat(assistant.say("lisi", "更正 进度90%")).contains("已更正", "桩基完成90%", "原为：桩基完成八成");
        assertThat(assistant.say("lisi", "更正：桩基全部完成，开始架梁")).contains("已更正", "开始架梁");
        assertThat(assistant.say("zhangsan", "津潍高铁进展")).contains("开始架梁").doesNotContain("进度80%");
        assertThat(assistant.say("lisi", "撤回")).contains("已撤回", "开始架梁");
        assertThat(assistant.say("zhangsan", "津潍高铁进展")).contains("暂无");
        assertThat(notes.history("jinwei-railway")).extracting(TaskNote::kind)
                .containsExactly("note", "correct", "correct", "withdraw");
        assertThat(assistant.say("lisi", "撤回")).contains("没有可以撤回");
    }

    @Test
    void figureReportsStillWorkBesideNotes() {
        assistant.say("lisi", "津潍高铁：桩基完成八成");
        assertThat(assistant.say("lisi", "新增城镇就业120人")).startsWith("已记录").contains("+120人");
        assertThat(assistant.say("lisi", "撤回")).doesNotContain("进展").contains("撤回");
        java.math.BigDecimal county = assistant.ledger().countyFigure(cn.duban.assistant.knowledge.BundledKnowledge.knowledge()
                .target("new-urban-jobs").orElseThrow());
        assertThat(county == null || county.signum() == 0).isTrue();
        assertThat(notes.notes("jinwei-railway", 3)).hasSize(1);
        assertThat(assistant.say("zhangsan", "就业进度")).contains("新增城镇就业");
    }
}
