package cn.duban.assistant.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.config.TestProperties;
import cn.duban.assistant.conversation.TestAssistant;
import cn.duban.assistant.knowledge.BundledKnowledge;
import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.redis.FreezableRedis;
import cn.duban.assistant.redis.TestRedis;
import redis.clients.jedis.UnifiedJedis;

/**
 * Reports while the ledger's redis-server stalls (SIGSTOP past the 2 s timeout) or dies: a reporter is told 已记录
 * only for what is recorded, 暂时无法保存 only for what is not, and 状态未知 when it cannot be known yet — and a report
 * sent again after 状态未知 is matched with the first one, never counted twice.
 */
class ReportingUnderFaultsTest {

    private static final LocalDate JUNE_30 = LocalDate.of(2023, 6, 30);

    private FreezableRedis redis;
    private UnifiedJedis client;
    private final Target jobs = BundledKnowledge.knowledge().target("new-urban-jobs").orElseThrow();

    @BeforeEach
    void start() {
        redis = FreezableRedis.start();
        client = TestRedis.connect(redis.url());
    }

    @AfterEach
    void stop() {
        client.close();
        redis.close();
    }

    private static AssistantProperties settleWait(Duration wait) {
        AssistantProperties p = TestProperties.withToday(JUNE_30);
        AssistantProperties.Ledger l = p.ledger();
        return new AssistantProperties(p.knowledgeDir(), p.dataDir(), p.today(), p.zone(), p.maxMessageLength(), p.configDir(),
                p.roster(), p.redis(), new AssistantProperties.Ledger(l.tolerance(), l.silentDays(), l.confirmTimeout(),
                l.replyMemory(), l.sameReportWindow(), wait, l.resendWindow()), p.wecom(), p.wecomBot(), p.digest(), p.knowledge(),
                p.tasks());
    }

    /** Waits (at most 5 s) until the assistant's client reaches Redis again. */
    private void awaitRedis() {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (true) {
            try {
                client.ping();
                return;
            } catch (RuntimeException e) {
                assertThat(System.nanoTime()).as("Redis answers again").isLessThan(deadline);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** An earlier report (of another unit): the ledger's script is loaded, as it is in a service that has run a while. */
    private static TestAssistant warm(TestAssistant assistant) {
        assertThat(assistant.say("zhaoliu", "新增城镇就业100人")).startsWith("已记录");
        return assistant;
    }

    @Test
    void aReportThatRedisTookWhileFrozenIsConfirmedAsRecordedOnceRedisAnswers() {
        TestAssistant assistant = warm(new TestAssistant(client, settleWait(Duration.ofSeconds(20)), TestAssistant.ROSTER));
        redis.freeze();
        redis.thawAfter(Duration.ofSeconds(3));

        String reply = assistant.say("lisi", "新增城镇就业120人");

        // the report waited in the stalled server, which runs it once it goes on: that is found and said
        assertThat(reply).startsWith("已记录：常家镇 新增城镇就业").doesNotContain("暂时无法保存", "状态未知");
        assertThat(assistant.ledger().countyFigure(jobs)).isEqualByComparingTo("220");
        assertThat(assistant.ledger().entryCount()).isEqualTo(2);
    }

    @Test
    void whenRedisStaysFrozenTheOutcomeIsUnknownAndTheSameReportSentAgainIsNotCountedTwice() {
        TestAssistant assistant = warm(new TestAssistant(client, settleWait(Duration.ofSeconds(1)), TestAssistant.ROSTER));
        redis.freeze();

        String first = assistant.say("lisi", "新增城镇就业120人");
        assertThat(first).startsWith("状态未知").contains("我报了什么");

        redis.thaw();
        awaitRedis();
        String again = assistant.say("lisi", "新增城镇就业120人");

        assertThat(again).startsWith("已记录：常家镇 新增城镇就业").doesNotContain("与刚才的上报相同");
        assertThat(assistant.ledger().countyFigure(jobs)).isEqualByComparingTo("220");
        assertThat(assistant.ledger().entryCount()).isEqualTo(2);
        assertThat(assistant.say("lisi", "我报了什么")).contains("新增城镇就业", "120");
    }

    @Test
    void whileRedisStaysFrozenFurtherReportsAreNotSentAndSaySoAndTheResendAfterwardsIsMatched() {
        TestAssistant assistant = warm(new TestAssistant(client, settleWait(Duration.ofMillis(500)), TestAssistant.ROSTER));
        redis.freeze();
        assertThat(assistant.say("lisi", "新增城镇就业75人")).startsWith("状态未知");
        // Redis failed a moment ago: this one is not even sent, so it is certainly not saved
        assertThat(assistant.say("lisi", "新增城镇就业75人")).isEqualTo("暂时无法保存，请稍后再报。");

        redis.thaw();
        awaitRedis();
        String again = assistant.say("lisi", "新增城镇就业75人");

        assertThat(again).startsWith("已记录：常家镇 新增城镇就业");
        assertThat(assistant.ledger().countyFigure(jobs)).isEqualByComparingTo("175");
        assertThat(assistant.ledger().entryCount()).isEqualTo(2);
        // the next time is an ordinary repeat, asked about as ever
        assertThat(assistant.say("lisi", "新增城镇就业75人")).contains("与刚才的上报相同");
    }

    @Test
    void aReportWhileRedisIsKilledIsNotSavedAndSaysSoAndRedisComesBackWithItsLedger() {
        TestAssistant assistant = warm(new TestAssistant(client, settleWait(Duration.ofSeconds(1)), TestAssistant.ROSTER));
        redis.kill();

        assertThat(assistant.say("lisi", "新增城镇就业120人")).isIn("暂时无法保存，请稍后再报。",
                "状态未知，请稍后发送“我报了什么”核对。10分钟内重发同样的数字不会重复计数。");

        awaitRedis();
        String again = assistant.say("lisi", "新增城镇就业120人");
        assertThat(again).startsWith("已记录");
        assertThat(assistant.ledger().countyFigure(jobs)).isEqualByComparingTo("220");
        assertThat(assistant.ledger().entryCount()).isEqualTo(2);
    }
}
