package cn.duban.assistant.reporting;

import static cn.duban.assistant.knowledge.BundledKnowledge.read;
import static cn.duban.assistant.knowledge.BundledKnowledge.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.duban.assistant.config.TestProperties;
import cn.duban.assistant.conversation.TestAssistant;
import cn.duban.assistant.knowledge.BundledKnowledge;
import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.ledger.LedgerEntry;
import cn.duban.assistant.redis.TestRedis;
import redis.clients.jedis.UnifiedJedis;

/**
 * Reports on a target that a reload (or a restart) removed from targets.yml: 撤回 and 更正 of them are refused clearly,
 * a question asked about such a target is void, progress questions still answer, and the ledger keeps every entry.
 */
class RemovedTargetTest {

    private static final String ROSTER = """
            officials:
              - userid: zhangsan
                name: 张三
                title: 副县长
            reporters:
              - userid: lisi
                name: 李四
                unit: 常家镇
            """;
    private static final String REFUSED_JOBS = "这条上报的指标（new-urban-jobs）已从目标表中删除，无法撤回或更正；如需处理请联系督查室。";
    private static final String VOID = "目标表刚刚更新，之前的问题已作废，请按现在的目标重新上报。";
    private static final String PENDING = "duban:{ledger}:pending:lisi";

    @TempDir
    Path dir;
    Path targets;
    Path roster;
    UnifiedJedis redis;
    TestAssistant assistant;

    /** A copy of the bundled knowledge and a roster whose reporter may report every target, on a day of 2023. */
    @BeforeEach
    void copyKnowledge() {
        Path knowledge = dir.resolve("knowledge");
        targets = knowledge.resolve("targets.yml");
        roster = dir.resolve("roster.yml");
        BundledKnowledge.copyTo(knowledge);
        write(roster, ROSTER);
        redis = TestRedis.fresh();
        assistant = start();
    }

    private TestAssistant start() {
        return TestAssistant.fromFiles(redis, TestProperties.withFiles(LocalDate.of(2023, 6, 30), dir.resolve("knowledge"), roster));
    }

    /** Removes a target's block from the copy of targets.yml and reloads it. */
    private void removeAndReload(String id) {
        remove(id);
        assertThat(assistant.say("zhangsan", "重新加载")).startsWith("已重新加载：1篇报告，5个目标");
    }

    private void remove(String id) {
        String text = read(targets);
        int start = text.indexOf("  - id: " + id + "\n");
        assertThat(start).as(id).isPositive();
        int end = text.indexOf("  - id: ", start + 1);
        write(targets, text.substring(0, start) + (end < 0 ? "" : text.substring(end)));
    }

    private Target target(String id) {
        return assistant.current().get().knowledge().target(id).orElseThrow();
    }

    private List<LedgerEntry> history() {
        return assistant.ledger().history();
    }

    @ParameterizedTest
    @ValueSource(strings = {"撤回", "请撤回", "撤回120人", "上一条不算", "刚才发错了", "更正为95人", "更正为累计400人", "改成85人",
            "应为95人", "不对，应该是65"})
    void aWithdrawalOrCorrectionOfAReportOnARemovedTargetIsRefusedAndChangesNothing(String message) {
        assertThat(assistant.say("lisi", "新增城镇就业120人")).startsWith("已记录");
        Target jobs = target("new-urban-jobs");
        List<LedgerEntry> before = history();
        removeAndReload("new-urban-jobs");

        assertThat(assistant.say("lisi", message)).isEqualTo(REFUSED_JOBS);

        assertThat(history()).isEqualTo(before);
        assertThat(assistant.ledger().countyFigure(jobs)).isEqualByComparingTo("120");
        assertThat(redis.exists(PENDING)).isFalse();
    }

    @Test
    void theSameHappensAfterARestartWithTheEditedFile() {
        assistant.say("lisi", "新增城镇就业120人");
        List<LedgerEntry> before = history();
        remove("new-urban-jobs");

        TestAssistant restarted = start();

        assertThat(restarted.say("lisi", "撤回")).isEqualTo(REFUSED_JOBS);
        assertThat(restarted.say("lisi", "更正 95人")).isEqualTo(REFUSED_JOBS);
        assertThat(restarted.ledger().history()).isEqualTo(before);
    }

    @Test
    void aReportOnACurrentTargetSentAfterwardsIsWithdrawnAndCorrectedAsUsual() {
        assistant.say("lisi", "新增城镇就业120人");
        removeAndReload("new-urban-jobs");
        assertThat(assistant.say("lisi", "引进过亿元项目2个")).startsWith("已记录");

        assertThat(assistant.say("lisi", "更正 3个")).contains("已更正", "+2个", "+3个");
        assertThat(assistant.say("lisi", "撤回")).contains("已撤回", "+3个");
        // the report before it is on the removed target: a second 撤回 does not ask about it, it refuses
        assertThat(assistant.say("lisi", "撤回")).isEqualTo(REFUSED_JOBS);
        assertThat(redis.exists(PENDING)).isFalse();
        assertThat(assistant.ledger().countyFigure(target("billion-yuan-projects"))).isEqualByComparingTo("0");
        assertThat(history()).filteredOn(entry -> entry.targetId().equals("new-urban-jobs")).singleElement()
                .satisfies(entry -> assertThat(entry.active()).isTrue());
    }

    @Test
    void aWithdrawalNeverReachesPastTheLastReportToAnOlderOne() {
        assistant.say("lisi", "引进过亿元项目2个");
        assistant.say("lisi", "新增城镇就业120人");
        List<LedgerEntry> before = history();
        removeAndReload("new-urban-jobs");

        assertThat(assistant.say("lisi", "撤回")).isEqualTo(REFUSED_JOBS);
        assertThat(assistant.say("lisi", "更正 3个")).isEqualTo(REFUSED_JOBS);

        assertThat(history()).isEqualTo(before);
        assertThat(assistant.ledger().countyFigure(target("billion-yuan-projects"))).isEqualByComparingTo("2");
    }

    @Test
    void inAMessageWithFiguresOfBothTheCurrentOneNamedIsCorrectedAndNothingIsWithdrawn() {
        assertThat(assistant.say("lisi", "新增就业30人，引进过亿元项目1个")).startsWith("这条消息记录了2项");
        removeAndReload("new-urban-jobs");

        assertThat(assistant.say("lisi", "撤回")).isEqualTo(REFUSED_JOBS);
        assertThat(assistant.say("lisi", "更正 2个")).isEqualTo(REFUSED_JOBS);
        assertThat(assistant.say("lisi", "更正 过亿元项目 2个")).contains("已更正", "引进过亿元项目", "+1个", "+2个");
        assertThat(assistant.ledger().countyFigure(target("billion-yuan-projects"))).isEqualByComparingTo("2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"是", "1", "2", "高企"})
    void anAnswerToAQuestionAboutARemovedTargetFindsItVoid(String answer) {
        assertThat(assistant.say("lisi", "新增3家")).contains("哪个指标", "1. 新增高新技术企业", "2. 省级专精特新企业");
        removeAndReload("provincial-specialized-smes");

        assertThat(assistant.say("lisi", answer)).isEqualTo(VOID);

        assertThat(assistant.ledger().entryCount()).isZero();
        assertThat(redis.exists(PENDING)).isFalse();
        assertThat(assistant.say("lisi", "是")).contains("没有待确认的事项");
    }

    @ParameterizedTest
    @ValueSource(strings = {"新增城镇就业3000人", "应为95人", "刚才发错了", "新增城镇就业120人"})
    void aYesToAQuestionAboutARemovedTargetFindsItVoid(String asked) {
        assistant.say("lisi", "新增城镇就业120人");
        assertThat(assistant.say("lisi", asked)).contains("10分钟内有效");
        List<LedgerEntry> before = history();
        removeAndReload("new-urban-jobs");

        assertThat(assistant.say("lisi", "是")).isEqualTo(VOID);

        assertThat(history()).isEqualTo(before);
        assertThat(redis.exists(PENDING)).isFalse();
    }

    @Test
    void noToAQuestionAboutARemovedTargetCancelsIt() {
        assistant.say("lisi", "新增城镇就业3000人");
        removeAndReload("new-urban-jobs");

        assertThat(assistant.say("lisi", "否")).isEqualTo("已取消，没有记录。");
        assertThat(assistant.ledger().entryCount()).isZero();
    }

    @Test
    void aCopyOfAWithdrawalMadeBeforeSaysItsTargetIsGone() {
        assistant.say("lisi", "新增城镇就业120人");
        assertThat(assistant.say("wx-1", "lisi", "撤回")).startsWith("已撤回");
        List<LedgerEntry> before = history();
        removeAndReload("new-urban-jobs");

        assertThat(assistant.say("wx-1", "lisi", "撤回"))
                .isEqualTo("这条消息之前已处理过，台账记录保留不变；其中的指标（new-urban-jobs）已从目标表中删除，如需处理请联系督查室。");
        assertThat(history()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"我报了多少", "我报了什么", "我们镇报了多少", "进度", "哪些指标欠进度"})
    void aReportersProgressQuestionsLeaveOutTheRemovedTarget(String question) {
        assistant.say("lisi", "新增城镇就业120人");
        assistant.say("lisi", "引进过亿元项目2个");
        removeAndReload("new-urban-jobs");

        assertThat(assistant.say("lisi", question)).isNotBlank().doesNotContain("新增城镇就业", "120人", "出错");
    }

    @ParameterizedTest
    @ValueSource(strings = {"汇总", "常家镇报了什么", "谁还没报", "哪些指标欠进度"})
    void anOfficialsProgressQuestionsAndTheDigestLeaveOutTheRemovedTarget(String question) {
        assistant.say("lisi", "新增城镇就业120人");
        assistant.say("lisi", "引进过亿元项目2个");
        removeAndReload("new-urban-jobs");

        assertThat(assistant.say("zhangsan", question)).isNotBlank().doesNotContain("新增城镇就业", "120人", "出错");
    }
}
