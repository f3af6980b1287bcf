package cn.duban.assistant.lights;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import cn.duban.assistant.config.TestProperties;
import cn.duban.assistant.conversation.TestAssistant;
import cn.duban.assistant.digest.Since;
import cn.duban.assistant.redis.TestRedis;
import cn.duban.assistant.tasks.TaskNotes;
import redis.clients.jedis.UnifiedJedis;

/**
 * One rule, the same lights everywhere: at fixed dates, 预警, the digest and the 通报 give the same item the same
 * light and the same counts, tasks and targets counted apart (任务N项, 指标N项).
 */
class LightsAgreeTest {

    private static final Path ROSTER = Path.of("src/test/resources/tasks/roster.yml");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final UnifiedJedis redis = TestRedis.fresh();
    private final TaskNotes notes = new TaskNotes(redis, Duration.ofHours(48));

    private TestAssistant on(LocalDate today) {
        return new TestAssistant(redis, TestProperties.withToday(today), ROSTER);
    }

    @Test
    void atThePeriodsEndAnUnmetTargetIsRedInWarningsDigestAndBulletinAlike() {
        on(LocalDate.of(2023, 7, 5)).say("lisi", "过亿元项目新增12个");
        TestAssistant january = on(LocalDate.of(2024, 1, 5));

        String warnings = january.say("zhangsan", "预警");
        String digest = january.digestText(Since.entry(0));
        String bulletin = january.say("zhangsan", "通报");

        String red = "· 指标 引进过亿元项目：统计周期已结束，未完成（完成34.3%）";
        assertThat(warnings).contains("【红灯】任务", "指标6项", red);
        assertThat(digest).contains(red, "统计周期已结束、未完成的指标（红灯）6项：", "欠进度0项，未上报0项")
                .doesNotContain("· 引进过亿元项目：完成34.3%", "欠进度和未上报的指标");
        assertThat(bulletin).contains(red, "统计周期已结束、未完成的指标（红灯）6项：", "欠进度0项，未上报0项")
                .doesNotContain("· 引进过亿元项目：完成34.3%");
    }

    @Test
    void afterThePeriodATargetsOwnAnswerAndTheBehindListSayEndedUnmetAsWarningsDo() {
        on(LocalDate.of(2023, 7, 5)).say("lisi", "过亿元项目新增12个");
        TestAssistant january = on(LocalDate.of(2024, 1, 5));

        String own = january.say("zhangsan", "引进过亿元项目完成得怎么样");
        String notReported = january.say("zhangsan", "新增城镇就业进度");
        String behind = january.say("zhangsan", "哪些指标欠进度");
        String warnings = january.say("zhangsan", "预警");

        assertThat(warnings).contains("· 指标 引进过亿元项目：统计周期已结束，未完成（完成34.3%）");
        assertThat(own).contains("完成34.3%", "统计周期已结束、未完成（红灯）").doesNotContain("欠进度");
        assertThat(notReported).contains("尚无上报，统计周期已结束（红灯）").doesNotContain("序时进度");
        assertThat(behind).contains("· 引进过亿元项目：统计周期已结束，未完成（完成34.3%）", "· 新增城镇就业：统计周期已结束，尚无上报")
                .doesNotContain("序时进度100");
    }

    @Test
    void midYearTheYellowCountsAgreeAndAreLabelledByKind() {
        notes.note("note-1", LocalDate.of(2023, 6, 20).atTime(10, 0).atZone(ZONE).toInstant(), "lisi", "常家镇",
                "jinwei-railway", "桩基施工", "津潍高铁：桩基施工", new BigDecimal(40), false);
        TestAssistant july = on(LocalDate.of(2023, 7, 5));
        july.say("lisi", "过亿元项目新增12个");

        String warnings = july.say("zhangsan", "预警");
        String digest = july.digestText(Since.entry(0));
        String bulletin = july.say("zhangsan", "通报");

        int yellowTasks = number(warnings, "【黄灯】任务(\\d+)项，指标1项");
        int redTasks = number(warnings, "【红灯】任务(\\d+)项\n");
        assertThat(warnings).contains("· 指标 引进过亿元项目：欠进度，完成34.3%");
        String counts = "重点任务30项：红灯" + redTasks + "项，黄灯" + yellowTasks + "项";
        assertThat(digest).contains(counts, "欠进度1项", "· 引进过亿元项目：完成34.3%");
        assertThat(bulletin).contains("三色预警（任务）：红灯" + redTasks + "项，黄灯" + yellowTasks + "项", "欠进度1项",
                "· 引进过亿元项目：完成34.3%");
    }

    private static int number(String text, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        assertThat(m.find()).as(pattern + " in\n" + text).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
