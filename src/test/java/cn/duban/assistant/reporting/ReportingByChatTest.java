package cn.duban.assistant.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.duban.assistant.conversation.TestAssistant;
import cn.duban.assistant.knowledge.BundledKnowledge;
import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.ledger.LedgerEntry;
import cn.duban.assistant.redis.TestRedis;
import redis.clients.jedis.UnifiedJedis;

/** Reporters report figures by chat; the ledger (a real Redis) keeps them exact. */
class ReportingByChatTest {

    private static final LocalDate JUNE_30 = LocalDate.of(2023, 6, 30);
    private final UnifiedJedis redis = TestRedis.fresh();
    private final TestAssistant assistant = new TestAssistant(redis, JUNE_30);

    private static Target target(String id) {
        return BundledKnowledge.knowledge().target(id).orElseThrow();
    }

    private BigDecimal county(String targetId) {
        return assistant.ledger().countyFigure(target(targetId));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "lisi    | 上报 新增城镇就业 120人       | new-urban-jobs          | 120",
            "lisi    | 新增就业八十五人              | new-urban-jobs          | 85",
            "lisi    | 本月城镇新增就业1,200人       | new-urban-jobs          | 1200",
            "lisi    | 过亿元项目新增2个             | billion-yuan-projects   | 2",
            "qianqi  | 技改投资增长12.5%             | tech-upgrade-investment | 12.5",
            "liwu    | 电商网络零售额累计15.3亿元    | ecommerce-online-retail | 15.3",
            "lisi    | 累计新增城镇就业350人         | new-urban-jobs          | 350",
            "zhaoliu | 新增城镇就业两千八人          | new-urban-jobs          | 2800",
            "zhaoliu | 新增城镇就业1.2千人           | new-urban-jobs          | 1200",
            "zhaoliu | 城镇新增就业0.12万人          | new-urban-jobs          | 1200",
    })
    void thePhrasingsOfTheIssueAreRecorded(String user, String message, String targetId, BigDecimal expected) {
        String reply = assistant.say(user, message);

        assertThat(reply).startsWith("已记录");
        assertThat(county(targetId)).isEqualByComparingTo(expected);
        assertThat(assistant.ledger().history()).singleElement()
                .satisfies(entry -> assertThat(entry.raw()).isEqualTo(message.strip()));
    }

    @Test
    void theConfirmationGivesTheNewStandingAndHowToUndo() {
        assistant.say("lisi", "新增城镇就业120人");
        String reply = assistant.say("zhouba", "新增城镇就业80人");

        assertThat(reply).contains("已记录", "渤海路街道", "+80人", "本单位累计", "80人", "累计200人", "完成7.1%",
                "序时进度49.6%", "欠进度", "周八", "6月30日", "撤回", "更正");
    }

    @Test
    void incrementsAddUpAndARunningTotalReplacesTheUnitsFigure() {
        assistant.say("lisi", "新增城镇就业120人");
        assistant.say("lisi", "新增城镇就业30人");
        assistant.say("zhouba", "新增城镇就业100人");
        assertThat(county("new-urban-jobs")).isEqualByComparingTo("250");

        assistant.say("lisi", "截至目前累计新增城镇就业400人");

        assertThat(assistant.ledger().unitFigures(target("new-urban-jobs")).get("常家镇")).isEqualByComparingTo("400");
        assertThat(county("new-urban-jobs")).isEqualByComparingTo("500");
    }

    @Test
    void aLatestFigureReplacesThePreviousOne() {
        assistant.say("qianqi", "技改投资增长12.5%");
        assistant.say("qianqi", "技改投资增长13.1%");

        assertThat(county("tech-upgrade-investment")).isEqualByComparingTo("13.1");
        assertThat(assistant.ledger().entryCount()).isEqualTo(2);
    }

    @Test
    void moneyIsConvertedToTheTargetsUnit() {
        assistant.say("liwu", "电商网络零售额累计8000万元");

        assertThat(county("ecommerce-online-retail")).isEqualByComparingTo("0.8");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "qianqi  | 技改投资增长120人    | 单位是%",
            "lisi    | 新增城镇就业0人      | 为0",
            "lisi    | 新增城镇就业-5人     | 负数",
            "lisi    | 新增城镇就业300000人 | 远远超过",
            "lisi    | 新增城镇就业12.5人   | 整数",
            "lisi    | 新增城镇就业很多人   | 没有看到数字",
            "lisi    | 新增城镇就业120人和30人 | 只报一个数",
            "lisi    | 技改投资增长12.5%    | 不负责",
            "lisi    | 上报 引进外资5000万元 | 没认出",
            "nobody  | 新增城镇就业120人    | 不在填报人员名单",
            "zhangsan | 新增城镇就业120人   | 县领导",
    })
    void badReportsGetAClearReplyAndChangeNothing(String user, String message, String expectedWords) {
        String reply = assistant.say(user, message);

        assertThat(reply).contains(expectedWords);
        assertThat(assistant.ledger().entryCount()).isZero();
    }

    @Test
    void anImplausibleFigureIsConfirmedFirst() {
        String question = assistant.say("lisi", "新增城镇就业3000人");
        assertThat(question).contains("超过了全年目标2800人", "是", "否");
        assertThat(assistant.ledger().entryCount()).isZero();
        assertThat(redis.ttl("duban:{ledger}:pending:lisi")).isBetween(590L, 600L);

        String reply = assistant.say("lisi", "是");

        assertThat(reply).startsWith("已记录");
        assertThat(county("new-urban-jobs")).isEqualByComparingTo("3000");
        assertThat(assistant.say("lisi", "是")).doesNotStartWith("已记录");
        assertThat(assistant.ledger().entryCount()).isEqualTo(1);
    }

    @Test
    void noCancelsThePendingReport() {
        assistant.say("lisi", "新增城镇就业3000人");

        assertThat(assistant.say("lisi", "否")).contains("已取消");
        assertThat(assistant.ledger().entryCount()).isZero();
        assertThat(redis.exists("duban:{ledger}:pending:lisi")).isFalse();
    }

    @Test
    void aReporterWithOneCompatibleTargetNeedNotNameIt() {
        assertThat(assistant.say("sunjiu", "上报 3家")).startsWith("已记录").contains("新增高新技术企业", "+3家");
        assertThat(county("new-high-tech-enterprises")).isEqualByComparingTo("3");
    }

    @Test
    void whenUnsureBetweenTargetsTheAssistantAsksWhichAndTheAnswerRecordsIt() {
        String question = assistant.say("qianqi", "新增 5");
        assertThat(question).contains("哪个指标", "1. 技改投资增长", "2. 省级专精特新企业");
        assertThat(assistant.ledger().entryCount()).isZero();

        String reply = assistant.say("qianqi", "2");

        assertThat(reply).startsWith("已记录").contains("省级专精特新企业", "+5家");
        assertThat(county("provincial-specialized-smes")).isEqualByComparingTo("5");
        assertThat(redis.exists("duban:{ledger}:pending:qianqi")).isFalse();
    }

    @Test
    void withdrawalKeepsTheOriginalInTheHistory() {
        assistant.say("lisi", "新增城镇就业120人");
        assistant.say("lisi", "新增城镇就业30人");

        String reply = assistant.say("lisi", "撤回");

        assertThat(reply).contains("已撤回", "+30人", "累计120人");
        assertThat(county("new-urban-jobs")).isEqualByComparingTo("120");
        assertThat(assistant.ledger().history()).extracting(LedgerEntry::kind).containsExactly("add", "add", "withdraw");
        assertThat(assistant.ledger().history().get(1).active()).isFalse();
        assertThat(assistant.say("lisi", "撤回")).contains("刚才已经撤回了一条", "+120人").doesNotContain("已撤回");
        assertThat(assistant.say("lisi", "是")).contains("已撤回", "+120人");
        assertThat(assistant.say("lisi", "撤回")).contains("没有可以撤回");
        assertThat(county("new-urban-jobs")).isEqualByComparingTo("0");
    }

    @Test
    void correctionReplacesTheLastReportAndKeepsTheOriginal() {
        assistant.say("lisi", "新增城镇就业120人");

        String reply = assistant.say("lisi", "更正为95人");

        assertThat(reply).contains("已更正", "+120人", "+95人", "累计95人");
        assertThat(county("new-urban-jobs")).isEqualByComparingTo("95");
        var history = assistant.ledger().history();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).active()).isFalse();
        assertThat(history.get(1).refersTo()).isEqualTo(history.get(0).id());
        assertThat(assistant.say("lisi", "更正 90人")).contains("由 +95人 改为 +90人");
        assertThat(county("new-urban-jobs")).isEqualByComparingTo("90");
    }

    @Test
    void aCorrectionIsCheckedLikeAReport() {
        assistant.say("qianqi", "技改投资增长12.5%");

        assertThat(assistant.say("qianqi", "更正 120人")).contains("单位是%");
        assertThat(assistant.say("lisi", "更正 95人")).contains("没有可以更正");
        assertThat(county("tech-upgrade-investment")).isEqualByComparingTo("12.5");
    }

    @Test
    void withdrawingALatestFigureBringsBackThePreviousOne() {
        assistant.say("qianqi", "技改投资增长12.5%");
        assistant.say("qianqi", "技改投资增长14%");

        assistant.say("qianqi", "撤回");

        assertThat(county("tech-upgrade-investment")).isEqualByComparingTo("12.5");
    }

    @Test
    void aRepeatedMessageIdChangesNothingAndGetsTheSameReply() {
        String first = assistant.say("wx-1001", "lisi", "新增城镇就业120人");
        String second = assistant.say("wx-1001", "lisi", "新增城镇就业120人");
        String third = assistant.say("wx-1001", "lisi", "新增城镇就业120人");

        assertThat(second).isEqualTo(first);
        assertThat(third).isEqualTo(first);
        assertThat(assistant.ledger().entryCount()).isEqualTo(1);
        assertThat(county("new-urban-jobs")).isEqualByComparingTo("120");
    }

    @Test
    void theLedgerAloneRefusesASecondEffectWhenRepliesWereForgotten() {
        String first = assistant.say("wx-2002", "lisi", "新增城镇就业120人");
        redis.del("duban:{ledger}:reply:wx-2002");

        String again = assistant.say("wx-2002", "lisi", "新增城镇就业120人");

        assertThat(again).isEqualTo(first);
        assertThat(assistant.ledger().entryCount()).isEqualTo(1);
    }

    @Test
    void aTargetStatementIsAQuestionNotAReport() {
        assertThat(assistant.say("lisi", "新增城镇就业2800人以上")).doesNotStartWith("已记录");
        assertThat(assistant.say("lisi", "新增城镇就业目标是多少")).startsWith("争取新增城镇就业2800人以上");
        assertThat(assistant.ledger().entryCount()).isZero();
    }
}
