package cn.duban.assistant.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.duban.assistant.conversation.TestAssistant;
import cn.duban.assistant.redis.TestRedis;

/** The digest's content on 2023-06-30 (序时进度 49.6%) after a few reports. */
class DigestComposerTest {

    private final TestAssistant assistant = new TestAssistant(TestRedis.fresh(), LocalDate.of(2023, 6, 30));

    @BeforeEach
    void someUnitsReport() {
        assistant.reportSample();
    }

    @Test
    void exceptionsFirstWithNumbersStatusesAndSilentUnits() {
        String digest = assistant.digestText(Since.entry(0));

        assertThat(digest.lines().findFirst().orElseThrow()).contains("6月30日", "序时进度49.6%");
        assertThat(digest).contains("已完成1项", "超进度1项", "达进度0项", "欠进度1项", "未上报3项");
        assertThat(digest).contains("引进过亿元项目\uFF1A完成34.3%\uFF0C序时进度49.6%", "新增高新技术企业\uFF1A尚无上报");
        assertThat(digest).contains("收到上报4条", "3个单位", "常家镇、县人社局、县工信局");
        String silent = digest.lines().filter(line -> line.contains("未上报的单位")).findFirst().orElseThrow();
        assertThat(silent).contains("10个", "尚堂镇", "县科技局", "县工信局").doesNotContain("常家镇", "县人社局");
        assertThat(digest).contains("进度”等查看单项详情", "谁还没报");
        assertThat(digest.indexOf("引进过亿元项目")).isLessThan(digest.indexOf("收到上报"));
    }

    @Test
    void onlyReportsSinceTheLastDigestCount() {
        String digest = assistant.digestText(Since.entry(assistant.ledger().lastEntryId()));

        assertThat(digest).contains("没有收到上报");
    }

    @Test
    void officialsAskForItWithHuiZongOrRiBao() {
        assertThat(assistant.say("zhangsan", "汇总")).contains("督办日报", "欠进度");
        assertThat(assistant.say("wangwu", "日报")).contains("督办日报");
        assertThat(assistant.say("lisi", "汇总")).contains("只发给县领导");
    }

    @Test
    void afterThePeriodNobodyIsListedOrRemindedForTargetsThatEnded() {
        TestAssistant january = new TestAssistant(TestRedis.fresh(), LocalDate.of(2024, 1, 5));
        var roster = january.roster();
        var properties = cn.duban.assistant.config.TestProperties.withToday(LocalDate.of(2024, 1, 5));
        var progress = new cn.duban.assistant.progress.ProgressService(cn.duban.assistant.knowledge.BundledKnowledge.knowledge(),
                january.ledger(), roster, january.clock(), properties);
        var reminders = new ReminderDelivery(progress, roster, january.wording().digestWriter(), null, null);

        String digest = january.digestText(Since.entry(0));

        assertThat(digest).contains("统计周期已结束、未完成的指标（红灯）").doesNotContain("未上报的单位");
        assertThat(january.say("zhangsan", "谁还没报")).contains("不在统计周期内").doesNotContain("尚堂镇", "新增城镇就业", "都已上报");
        assertThat(reminders.reminders()).isEmpty();
    }
}
