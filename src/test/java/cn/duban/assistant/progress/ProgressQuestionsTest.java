package cn.duban.assistant.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.duban.assistant.conversation.TestAssistant;
import cn.duban.assistant.redis.TestRedis;

/** Officials ask where targets stand; reporters see their own unit. All on 2023-06-30 (序时进度 49.6%). */
class ProgressQuestionsTest {

    private final TestAssistant assistant = new TestAssistant(TestRedis.fresh(), LocalDate.of(2023, 6, 30));

    @BeforeEach
    void someUnitsReport() {
        assistant.reportSample();
    }

    @Test
    void aTargetAnswerGainsItsProgressLine() {
        String reply = assistant.say("zhangsan", "过亿元项目要引进多少个");

        assertThat(reply).startsWith("力争全年引进过亿元项目35个以上")
                .contains("进度\uFF1A累计12个\uFF0C完成34.3%\uFF0C序时进度49.6%\uFF0C欠进度\uFF1B最近 李四\uFF08常家镇\uFF096月30日");
    }

    @Test
    void askingAboutProgressShowsEachUnitToOfficials() {
        String reply = assistant.say("zhangsan", "就业进度");

        assertThat(reply).contains("累计1600人", "完成57.1%", "超进度", "常家镇 1000人", "县人社局 600人", "赵六");
        assertThat(assistant.say("zhangsan", "新增城镇就业完成得怎么样")).contains("超进度", "常家镇 1000人");
    }

    @Test
    void reportersSeeTheCountyLineButNotOtherUnits() {
        String reply = assistant.say("lisi", "就业进度");

        assertThat(reply).contains("累计1600人").doesNotContain("县人社局 600人");
        assertThat(assistant.say("lisi", "县人社局报了什么")).contains("只能查看本单位");
        assertThat(assistant.say("lisi", "常家镇报了什么")).contains("新增城镇就业\uFF1A1000人");
    }

    @Test
    void aReportersCountyLineNamesNoPersonOfAnotherUnit() {
        assistant.say("zhaoliu", "新增城镇就业50人");

        for (String question : new String[] {"就业进度", "新增城镇就业", "新增城镇就业完成得怎么样", "技改投资最新多少", "汇总",
                "哪些指标欠进度"}) {
            assertThat(assistant.say("lisi", question)).as(question).doesNotContain("赵六", "钱七", "县人社局", "县工信局");
        }
        assertThat(assistant.say("lisi", "就业进度")).contains("累计1650人", "最近上报 6月30日");
        assertThat(assistant.say("lisi", "过亿元项目进度")).contains("最近 李四（常家镇）6月30日");
        assertThat(assistant.say("zhangsan", "新增城镇就业")).contains("最近 赵六（县人社局）6月30日");
    }

    @Test
    void strangersGetNoProgress() {
        assertThat(assistant.say("stranger", "新增城镇就业目标")).doesNotContain("进度");
        assertThat(assistant.say("stranger", "谁还没报")).contains("县领导");
    }

    @Test
    void behindScheduleListsTheTargetsThatAreBehindOrUnreported() {
        String reply = assistant.say("zhangsan", "哪些指标欠进度");

        assertThat(reply).contains("引进过亿元项目\uFF1A完成34.3%\uFF0C序时进度49.6%", "新增高新技术企业\uFF1A尚无上报",
                "电商网络零售额\uFF1A尚无上报").doesNotContain("新增城镇就业", "技改投资增长");
    }

    @Test
    void whoHasNotReportedListsSilentUnitsWithTheirTargets() {
        String reply = assistant.say("zhangsan", "谁还没报");

        assertThat(reply).contains("尚堂镇\uFF1A引进过亿元项目、新增城镇就业", "县科技局\uFF1A新增高新技术企业", "县商务局")
                .doesNotContain("常家镇", "县人社局", "县工信局\uFF1A技改");
        assertThat(reply).contains("县工信局\uFF1A省级专精特新企业");
    }

    @Test
    void unitsThatReportedLongAgoCountAsSilent() {
        TestAssistant weekLater = new TestAssistant(TestRedis.client(), LocalDate.of(2023, 7, 7));
        assertThat(weekLater.say("zhangsan", "哪些单位没报")).contains("常家镇");
        TestAssistant sixDaysLater = new TestAssistant(TestRedis.client(), LocalDate.of(2023, 7, 6));
        assertThat(sixDaysLater.say("zhangsan", "哪些单位没报")).doesNotContain("常家镇");
    }

    @Test
    void aUnitsReportsNameWhoAndWhen() {
        String reply = assistant.say("wangwu", "常家镇报了什么");

        assertThat(reply).contains("常家镇上报情况", "引进过亿元项目\uFF1A12个\uFF08最近 李四 6月30日\uFF09", "新增城镇就业\uFF1A1000人");
    }

    @Test
    void theLatestGrowthRateIsJudgedAgainstTheTarget() {
        assertThat(assistant.say("zhangsan", "技改投资最新多少")).contains("最新16%", "已完成", "钱七");
    }
}
