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
 * What follows a note, as a README-only tester found it (issue 13): 更正 with words, a second 撤回, a finish word
 * about a step, an official's 是 with nothing of his waiting, a task's name mistyped — on a real Redis.
 */
class NoteFollowUpsTest {

    private static final Path ROSTER = Path.of("src/test/resources/tasks/roster.yml");
    private final UnifiedJedis redis = TestRedis.fresh();
    private final TestAssistant assistant = new TestAssistant(redis, TestProperties.withToday(LocalDate.of(2023, 6, 30)), ROSTER);
    private final TaskNotes notes = new TaskNotes(redis, Duration.ofHours(48));
    private final Target jobs = BundledKnowledge.knowledge().target("new-urban-jobs").orElseThrow();

    private BigDecimal jobsFigure() {
        return assistant.ledger().countyFigure(jobs);
    }

    @ParameterizedTest
    @ValueSource(strings = {"更正：桩基全部完成，进度95%", "更正：全部桩基完成 整体进度95%", "修改:桩基全面完成,总进度95%"})
    void aCorrectionWithWordsThatReadLikeTheOverviewCorrectsTheNote(String correction) {
        assistant.say("lisi", "津潍高铁：桩基完成八成五");
        assistant.say("lisi", "更正 进度90%");

        String reply = assistant.say("lisi", correction);

        assertThat(reply).contains("已更正 津潍高铁建设", "95%").doesNotContain("日报", "全县各项指标");
        assertThat(notes.notes("jinwei-railway", 3)).singleElement()
                .satisfies(note -> assertThat(note.percent()).isEqualByComparingTo("95"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"更正：完成征地和拆迁", "修改：征地完成，拆迁启动"})
    void wordsInACorrectionAfterTheFiguresWereCorrectedMeanTheNote(String correction) {
        assistant.say("lisi", "津潍高铁：完成征地；新增城镇就业30人");
        assertThat(assistant.say("lisi", "更正 35人")).contains("改为 +35人");

        String reply = assistant.say("lisi", correction);

        assertThat(reply).startsWith("已更正 津潍高铁建设 的进展").contains("拆迁").doesNotContain("请这样更正");
        assertThat(notes.notes("jinwei-railway", 3)).extracting(TaskNote::text).singleElement()
                .satisfies(text -> assertThat(text).contains("拆迁"));
        assertThat(jobsFigure()).isEqualByComparingTo("35");
    }

    @Test
    void aMessageWrittenAfterAWithdrawalIsWithdrawnAtOnceWithItsFigures() {
        assistant.say("lisi", "津潍高铁：桩基完成六成");
        assertThat(assistant.say("lisi", "撤回")).contains("已撤回", "桩基完成六成");
        assistant.say("lisi", "人居环境：完成清洁，新增城镇就业20人");

        String reply = assistant.say("lisi", "撤回");

        assertThat(reply).contains("已撤回 农村人居环境整治", "完成清洁", "新增城镇就业 +20人").doesNotContain("再上一条");
        assertThat(jobsFigure()).isEqualByComparingTo("0");
    }

    @Test
    void aSecondWithdrawalReachingPastTheWithdrawnNamesTheFiguresAndTakesThemOnYes() {
        assistant.say("lisi", "津潍高铁：桩基完成六成，新增城镇就业20人");
        assistant.say("lisi", "人居环境：完成清洁");
        assistant.say("lisi", "撤回");

        String asked = assistant.say("lisi", "撤回");
        assertThat(asked).contains("还要撤回再上一条吗", "津潍高铁建设：桩基完成六成", "新增城镇就业 +20人", "一并撤回")
                .doesNotContain("已撤回");
        assertThat(jobsFigure()).isEqualByComparingTo("20");

        assertThat(assistant.say("lisi", "是")).contains("已撤回 津潍高铁建设", "已撤回：常家镇 新增城镇就业 +20人");
        assertThat(notes.notes("jinwei-railway", 3)).isEmpty();
        assertThat(jobsFigure()).isEqualByComparingTo("0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"商贸物流规划：已完成规划初稿编制", "津潍高铁：已完成征地，下月架梁", "津潍高铁：全部完成桩基施工"})
    void aFinishWordAboutAStepLeavesTheTaskOpen(String note) {
        String reply = assistant.say("jiaotong", note);

        assertThat(reply).contains("已记录").doesNotContain("待核实");
        assertThat(notes.state("jinwei-railway").state()).isEqualTo(TaskState.State.OPEN);
        assertThat(notes.state("trade-logistics-plan").state()).isEqualTo(TaskState.State.OPEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"津潍高铁：已完成，请核实", "津潍高铁：项目已竣工", "津潍高铁 已全部完工！"})
    void aFinishWordAboutTheTaskMarksItDone(String note) {
        assertThat(assistant.say("jiaotong", note)).contains("已完成待核实");
        assertThat(notes.state("jinwei-railway").state()).isEqualTo(TaskState.State.DONE_UNVERIFIED);
    }

    @Test
    void anOfficialsYesWhileAnotherOfficialHasADraftIsToldWhatYesConfirmsForHim() {
        assertThat(assistant.say("wangwu", "督办 津潍高铁")).contains("是否发送");

        String reply = assistant.say("zhangsan", "是");

        assertThat(reply).contains("没有待确认的事项", "督办单").doesNotContain("改数", "撤回上一条上报");
        assertThat(assistant.say("wangwu", "否")).doesNotContain("没有待确认");
    }

    @Test
    void aMistypedTaskNameIsAskedAndRecordedOnlyOnTheAnswer() {
        String asked = assistant.say("lisi", "津维高铁：完成征地");
        assertThat(asked).contains("没有“津维高铁”这项任务", "是“津潍高铁建设”吗", "1. 津潍高铁建设").doesNotContain("已记录");
        assertThat(notes.notes("jinwei-railway", 3)).isEmpty();

        assertThat(assistant.say("lisi", "是")).startsWith("已记录 津潍高铁建设 进展(常家镇):完成征地");
        assertThat(notes.notes("jinwei-railway", 3)).extracting(TaskNote::text).containsExactly("完成征地");

        assistant.say("lisi", "津卫高铁：开始架梁");
        assertThat(assistant.say("lisi", "取消")).contains("没有记录");
        assertThat(notes.notes("jinwei-railway", 3)).extracting(TaskNote::text).containsExactly("完成征地");
    }
}
