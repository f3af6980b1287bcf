package cn.duban.assistant.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.duban.assistant.config.TestProperties;
import cn.duban.assistant.conversation.TestAssistant;
import cn.duban.assistant.knowledge.BundledKnowledge;
import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.redis.TestRedis;
import redis.clients.jedis.UnifiedJedis;

/**
 * Notes as a tester wrote them: a note and a figure in one message, several notes in one message, two tasks named
 * in one note, a second 撤回, and 更正 of a percent — nothing silently dropped, nothing stale shown.
 */
class NotePartsTest {

    private static final Path ROSTER = Path.of("src/test/resources/tasks/roster.yml");
    private final UnifiedJedis redis = TestRedis.fresh();
    private final TestAssistant assistant = new TestAssistant(redis, TestProperties.withToday(LocalDate.of(2023, 6, 30)), ROSTER);
    private final TaskNotes notes = new TaskNotes(redis, Duration.ofHours(48));
    private final Target jobs = BundledKnowledge.knowledge().target("new-urban-jobs").orElseThrow();

    private BigDecimal jobsFigure() {
        return assistant.ledger().countyFigure(jobs);
    }

    @ParameterizedTest
    @ValueSource(strings = {"津潍高铁：完成征地；新增城镇就业20人", "津潍高铁：完成征地，新增城镇就业20人",
            "新增城镇就业20人；津潍高铁：完成征地", "津潍高铁:完成征地;本月新增城镇就业20人"})
    void aNoteAndAFigureInOneMessageAreBothRecordedAndConfirmed(String message) {
        String reply = assistant.say("lisi", message);

        assertThat(reply).contains("已记录 津潍高铁建设 进展(常家镇):完成征地", "新增城镇就业", "20人");
        assertThat(notes.notes("jinwei-railway", 3)).extracting(TaskNote::text).containsExactly("完成征地");
        assertThat(jobsFigure()).isEqualByComparingTo("20");
    }

    @Test
    void withdrawingAMessageWithANoteAndAFigureTakesBoth() {
        assistant.say("lisi", "津潍高铁：完成征地；新增城镇就业20人");

        String reply = assistant.say("lisi", "撤回");
        assertThat(reply).contains("已撤回 津潍高铁建设 的进展：完成征地", "已撤回", "新增城镇就业");
        assertThat(notes.notes("jinwei-railway", 3)).isEmpty();
        assertThat(jobsFigure()).isZero();
    }

    @Test
    void correctingAFigureAfterANoteWithAFigureCorrectsTheFigureAndAPercentTheNote() {
        assistant.say("lisi", "津潍高铁：完成征地，本周新增城镇就业20人");

        assertThat(assistant.say("lisi", "更正 进度30%")).contains("已更正 津潍高铁建设 的进展：完成征地 进度30%");
        assertThat(assistant.say("lisi", "更正 25人")).contains("新增城镇就业", "25").doesNotContain("进展");
        assertThat(jobsFigure()).isEqualByComparingTo("25");
        assertThat(notes.notes("jinwei-railway", 3)).extracting(TaskNote::text).containsExactly("完成征地");
    }

    @Test
    void aFigureThatCannotBeRecordedIsSaidBesideTheRecordedNote() {
        String reply = assistant.say("lisi", "津潍高铁：完成征地；新增城镇就业约20人");

        assertThat(reply).contains("已记录 津潍高铁建设 进展(常家镇):完成征地", "约20人");
        assertThat(notes.notes("jinwei-railway", 3)).hasSize(1);
        assertThat(jobsFigure()).isNull();
    }

    @Test
    void aNoteThatCannotBeRecordedIsSaidBesideTheRecordedFigure() {
        String reply = assistant.say("zhaoliu", "津潍高铁：完成征地；新增城镇就业20人");

        assertThat(reply).contains("不能为它填报进展", "县交通运输局", "新增城镇就业").doesNotContain("已记录 津潍高铁");
        assertThat(notes.notes("jinwei-railway", 3)).isEmpty();
        assertThat(jobsFigure()).isEqualByComparingTo("20");
    }

    @ParameterizedTest
    @ValueSource(strings = {"棚改：完成500户；人居环境：完成村庄清洁120个", "棚改:完成500户;人居环境:完成村庄清洁120个。",
            "棚户区改造：完成500户\n农村人居环境整治：完成村庄清洁120个"})
    void severalNotesInOneMessageAreEachRecordedOnTheirTaskInOneReply(String message) {
        String reply = assistant.say("lisi", message);

        assertThat(reply).contains("已记录 安置区建设", "完成500户", "已记录 农村人居环境整治", "完成村庄清洁120个");
        assertThat(reply.split("如有误")).hasSize(2);
        assertThat(notes.notes(taskOf("人居环境"), 3)).extracting(TaskNote::text).containsExactly("完成村庄清洁120个");
        assertThat(notes.notes(taskOf("棚改"), 3)).extracting(TaskNote::text).containsExactly("完成500户");
    }

    @Test
    void aPartOfAnotherUnitIsSaidAndTheOtherPartsRecorded() {
        String reply = assistant.say("lisi", "人居环境：完成村庄清洁120个；庆章高速：路面施工");

        assertThat(reply).contains("已记录 农村人居环境整治", "庆章高速建设", "不能为它填报进展");
        assertThat(notes.notes("qingzhang-expressway", 3)).isEmpty();
        assertThat(notes.notes(taskOf("人居环境"), 3)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"津潍高铁和庆章高速：桥梁桩基完成八成", "津潍高铁、庆章高速：桥梁桩基完成八成",
            "津潍高铁与庆章高速 桥梁桩基完成八成"})
    void twoTasksInOneNoteStoreTheWordsWithoutTheOtherTasksName(String message) {
        assertThat(assistant.say("jiaotong", message)).contains("哪项任务");
        assertThat(assistant.say("jiaotong", "2")).startsWith("已记录 庆章高速建设 进展(县交通运输局):桥梁桩基完成八成");
        assertThat(notes.notes("qingzhang-expressway", 3)).extracting(TaskNote::text).containsExactly("桥梁桩基完成八成");

        assertThat(assistant.say("lisi", message)).startsWith("已记录 津潍高铁建设 进展(常家镇):桥梁桩基完成八成");
        assertThat(notes.notes("jinwei-railway", 3)).extracting(TaskNote::text).containsExactly("桥梁桩基完成八成");
    }

    @Test
    void aSecondWithdrawalSoonAfterOneIsAskedWithTheNotesWordsAndTime() {
        assistant.say("lisi", "津潍高铁：桩基完成六成");
        assistant.say("lisi", "津潍高铁：桩基完成七成");
        assertThat(assistant.say("lisi", "撤回")).contains("已撤回", "桩基完成七成");

        String asked = assistant.say("lisi", "撤回");
        assertThat(asked).contains("还要撤回再上一条吗", "桩基完成六成", "6月30日").doesNotContain("已撤回");
        assertThat(notes.notes("jinwei-railway", 3)).extracting(TaskNote::text).containsExactly("桩基完成六成");

        assertThat(assistant.say("lisi", "是")).contains("已撤回", "桩基完成六成");
        assertThat(notes.notes("jinwei-railway", 3)).isEmpty();
    }

    @Test
    void aSecondWithdrawalDeclinedKeepsTheOlderNote() {
        assistant.say("lisi", "人居环境：完成村庄清洁100个");
        assistant.say("lisi", "人居环境：完成村庄清洁120个");
        assistant.say("lisi", "请撤回");
        assertThat(assistant.say("lisi", "撤回刚刚那个")).contains("还要撤回再上一条吗", "完成村庄清洁100个");
        assertThat(assistant.say("lisi", "否")).contains("没有撤回").doesNotContain("没有记录");
        assertThat(notes.notes(taskOf("人居环境"), 3)).extracting(TaskNote::text).containsExactly("完成村庄清洁100个");
        assertThat(assistant.say("lisi", "是")).doesNotContain("已撤回");
    }

    @ParameterizedTest
    @ValueSource(strings = {"更正 进度90%", "更正为90%", "更正：完成九成"})
    void aCorrectedPercentShowsTheNewPercentOnceAndKeepsTheOld(String correction) {
        assistant.say("lisi", "津潍高铁：桩基完成八成");

        String reply = assistant.say("lisi", correction);
        String said = reply.substring(0, reply.indexOf("原为"));
        assertThat(said).contains("已更正").doesNotContain("八成", "80");
        assertThat(said.split("90%|九成", -1)).hasSize(2);
        assertThat(reply.substring(reply.indexOf("原为"))).contains("八成");

        String card = assistant.say("zhangsan", "津潍高铁进展");
        assertThat(card).doesNotContain("八成", "80%");
        String latest = card.substring(card.indexOf("最新进展"));  // the light line above states the percent on its own
        assertThat(latest.split("90%|九成", -1)).hasSize(2);
        assertThat(notes.history("jinwei-railway")).extracting(TaskNote::kind).containsExactly("note", "correct");
        assertThat(notes.history("jinwei-railway").get(0).percent()).isEqualByComparingTo("80");
        assertThat(notes.history("jinwei-railway").get(1).percent()).isEqualByComparingTo("90");
    }

    private static String taskOf(String name) {
        return BundledKnowledge.knowledge().tasks().stream().filter(task -> task.names().contains(name)).findFirst()
                .orElseThrow().id();
    }
}
