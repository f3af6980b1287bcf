package cn.duban.assistant.lights;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import cn.duban.assistant.config.TestProperties;
import cn.duban.assistant.conversation.TestAssistant;
import cn.duban.assistant.digest.Since;
import cn.duban.assistant.redis.TestRedis;
import cn.duban.assistant.tasks.TaskNotes;
import redis.clients.jedis.UnifiedJedis;

/**
 * The 三色 lights through the conversation core on a real Redis, at fixed dates: a task's card, 红灯任务 / 预警 and
 * the digest's task lines. Notes are written at given dates through the real store.
 */
class LightsConversationTest {

    private static final Path ROSTER = Path.of("src/test/resources/tasks/roster.yml");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final UnifiedJedis redis = TestRedis.fresh();
    private final TaskNotes notes = new TaskNotes(redis, Duration.ofHours(48));
    private int sequence;

    private TestAssistant on(LocalDate today) {
        return new TestAssistant(redis, TestProperties.withToday(today), ROSTER);
    }

    private void note(String task, LocalDate day, Integer percent, boolean done) {
        notes.note("note-" + ++sequence, day.atTime(10, 0).atZone(ZONE).toInstant(), "lisi", "常家镇", task, "桩基施工",
                "津潍高铁：桩基施工", percent == null ? null : new BigDecimal(percent), done);
    }

    @Test
    void aCardBehindItsScheduleIsYellowWithBothPercents() {
        note("jinwei-railway", LocalDate.of(2023, 6, 20), 40, false);

        assertThat(on(LocalDate.of(2023, 6, 30)).say("zhangsan", "津潍高铁进展"))
                .contains("黄灯：进度40%，低于序时进度49.6%");
    }

    @Test
    void aCardWithoutANoteForThirtyDaysIsYellow() {
        note("jinwei-railway", LocalDate.of(2023, 5, 1), null, false);

        assertThat(on(LocalDate.of(2023, 6, 30)).say("zhangsan", "津潍高铁进展")).contains("黄灯：60天未报进展");
        assertThat(on(LocalDate.of(2023, 5, 20)).say("zhangsan", "津潍高铁进展"))
                .contains("预警：无").doesNotContain("黄灯", "红灯", "蓝灯");
    }

    @Test
    void aCardPastItsDeadlineIsRedAndNearItBlue() {
        note("tourism-operator", LocalDate.of(2023, 6, 20), null, false);

        assertThat(on(LocalDate.of(2023, 6, 21)).say("zhangsan", "引进旅游运营管理团队")).contains("蓝灯：距完成时限还有9天");
        assertThat(on(LocalDate.of(2023, 7, 5)).say("zhangsan", "引进旅游运营管理团队"))
                .contains("红灯：已超过完成时限（5天）");
    }

    @Test
    void aTaskReportedFinishedHasNoLight() {
        note("tourism-operator", LocalDate.of(2023, 6, 20), null, true);

        assertThat(on(LocalDate.of(2023, 7, 5)).say("zhangsan", "引进旅游运营管理团队"))
                .contains("已完成待核实").doesNotContain("红灯", "预警");
    }

    @Test
    void officialsAskForLightsByColourRedFirst() {
        TestAssistant assistant = on(LocalDate.of(2023, 7, 5));
        note("jinwei-railway", LocalDate.of(2023, 6, 20), 40, false);
        assistant.say("lisi", "过亿元项目新增12个");

        String red = assistant.say("zhangsan", "哪些任务超期了");
        assertThat(red).contains("【红灯】任务3项", "商贸物流业发展规划（牵头：县商务局；完成时限2023年6月30日；无进展）：已超过完成时限")
                .doesNotContain("【黄灯】", "【蓝灯】", "津潍高铁建设");
        assertThat(assistant.say("zhangsan", "红灯任务")).isEqualTo(red);

        String yellow = assistant.say("zhangsan", "黄灯有哪些");
        assertThat(yellow).contains("【黄灯】", "津潍高铁建设（牵头：县交通运输局；完成时限2023年12月31日；最近进展6月20日）：进度40%，低于序时进度",
                "指标 引进过亿元项目：欠进度，完成34.3%").doesNotContain("【红灯】");

        String all = assistant.say("wangwu", "预警");
        assertThat(all.indexOf("【红灯】")).isPositive().isLessThan(all.indexOf("【黄灯】"));
        assertThat(assistant.say("zhangsan", "亮灯的任务")).isEqualTo(all);
    }

    @Test
    void blueIsTheDeadlineNearAndNoneLitIsSaid() {
        note("tourism-operator", LocalDate.of(2023, 6, 20), null, false);
        TestAssistant june = on(LocalDate.of(2023, 6, 21));
        assertThat(june.say("zhangsan", "蓝灯")).contains("【蓝灯】任务1项", "引进旅游运营管理团队", "距完成时限还有9天")
                .doesNotContain("【黄灯】");
        assertThat(june.say("zhangsan", "快到期的任务")).contains("【蓝灯】任务1项");

        TestAssistant january = on(LocalDate.of(2023, 1, 15));
        assertThat(january.say("zhangsan", "亮灯的任务")).isEqualTo("没有亮灯的任务和指标。");
        assertThat(january.say("zhangsan", "红灯任务")).isEqualTo("没有红灯任务或指标。");
    }

    @Test
    void reportersSeeTheirUnitsTasksAndVisitorsNone() {
        TestAssistant assistant = on(LocalDate.of(2023, 7, 5));

        String reply = assistant.say("lisi", "预警");
        assertThat(reply).contains("常家镇牵头或参与的任务", "津潍高铁建设", "“双镇百村”建设")
                .doesNotContain("商贸物流业发展规划", "庆章高速建设");
        assertThat(assistant.say("visitor", "红灯任务")).contains("人员名单");
    }

    @Test
    void theDigestCountsTasksByLightAndListsRedAndYellowShortly() {
        note("tourism-operator", LocalDate.of(2023, 6, 20), null, true);
        note("jinwei-railway", LocalDate.of(2023, 7, 1), 60, false);
        TestAssistant assistant = on(LocalDate.of(2023, 7, 5));

        String digest = assistant.digestText(Since.entry(0));

        assertThat(digest).contains("重点任务30项：红灯2项，黄灯26项，蓝灯0项，已完成待核实1项，已核实0项。", "红灯、黄灯任务：",
                "· 红灯 商贸物流业发展规划（县商务局，无进展）", "……等23项，回复“预警”查看全部。")
                .doesNotContain("津潍高铁建设", "引进旅游运营管理团队");
        assertThat(digest.indexOf("红灯 防止返贫动态监测")).isLessThan(digest.indexOf("黄灯 "));
        assertThat(digest.lines().filter(line -> line.startsWith("· 红灯") || line.startsWith("· 黄灯"))).hasSize(5);
        assertThat(on(LocalDate.of(2023, 1, 15)).digestText(Since.entry(0)))
                .contains("重点任务30项：红灯0项，黄灯0项，蓝灯0项").doesNotContain("红灯、黄灯任务");
    }
}
