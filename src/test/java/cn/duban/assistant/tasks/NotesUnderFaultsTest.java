package cn.duban.assistant.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.config.TestProperties;
import cn.duban.assistant.conversation.TestAssistant;
import cn.duban.assistant.redis.FreezableRedis;
import cn.duban.assistant.redis.TestRedis;
import redis.clients.jedis.UnifiedJedis;

/**
 * Notes while Redis stalls (SIGSTOP past the 2 s timeout), as reports are: a note Redis took without answering is
 * settled by its message id before the writer is told — 已记录 only when recorded — and a note sent again after
 * 状态未知 is matched with the first one, never recorded twice.
 */
class NotesUnderFaultsTest {

    private static final Path ROSTER = Path.of("src/test/resources/tasks/roster.yml");

    private FreezableRedis redis;
    private UnifiedJedis client;

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
        AssistantProperties p = TestProperties.withToday(LocalDate.of(2023, 6, 30));
        AssistantProperties.Ledger l = p.ledger();
        return new AssistantProperties(p.knowledgeDir(), p.dataDir(), p.today(), p.zone(), p.maxMessageLength(), p.configDir(),
                p.roster(), p.redis(), new AssistantProperties.Ledger(l.tolerance(), l.silentDays(), l.confirmTimeout(),
                l.replyMemory(), l.sameReportWindow(), wait, l.resendWindow()), p.wecom(), p.wecomBot(), p.digest(), p.knowledge(),
                p.tasks());
    }

    /** An earlier note (of another unit): the notes' script is loaded, as in a service that has run a while. */
    private static TestAssistant warm(TestAssistant assistant) {
        assertThat(assistant.say("jiaotong", "庆章高速：路面开始施工")).startsWith("已记录");
        return assistant;
    }

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

    @Test
    void aNoteRedisTookWhileFrozenIsConfirmedAsRecordedOnceRedisAnswers() {
        TestAssistant assistant = warm(new TestAssistant(client, settleWait(Duration.ofSeconds(20)), ROSTER));
        redis.freeze();
        redis.thawAfter(Duration.ofSeconds(3));

        String reply = assistant.say("lisi", "津潍高铁：桩基完成八成");

        assertThat(reply).startsWith("已记录 津潍高铁建设 进展(常家镇):桩基完成八成").doesNotContain("暂时无法保存", "状态未知");
        assertThat(new TaskNotes(client, Duration.ofHours(1)).history("jinwei-railway")).hasSize(1);
    }

    @Test
    void whenRedisStaysFrozenTheOutcomeIsUnknownAndTheSameNoteSentAgainIsRecordedOnce() {
        TestAssistant assistant = warm(new TestAssistant(client, settleWait(Duration.ofSeconds(1)), ROSTER));
        redis.freeze();

        String first = assistant.say("lisi", "津潍高铁：桩基完成八成");
        assertThat(first).startsWith("状态未知").contains("津潍高铁进展").doesNotContain("已记录");

        redis.thaw();
        awaitRedis();
        String again = assistant.say("lisi", "津潍高铁：桩基完成八成");

        assertThat(again).startsWith("已记录 津潍高铁建设");
        TaskNotes notes = new TaskNotes(client, Duration.ofHours(1));
        assertThat(notes.history("jinwei-railway")).hasSize(1);
        assertThat(assistant.say("zhangsan", "津潍高铁进展").split("桩基完成八成", -1)).hasSize(2);
    }

    @Test
    void severalNotesRedisTookWhileFrozenAreSettledTogether() {
        TestAssistant assistant = warm(new TestAssistant(client, settleWait(Duration.ofSeconds(20)), ROSTER));
        redis.freeze();
        redis.thawAfter(Duration.ofSeconds(3));

        String reply = assistant.say("lisi", "津潍高铁：桩基完成八成；人居环境：完成村庄清洁120个");

        assertThat(reply).contains("已记录 津潍高铁建设", "已记录 农村人居环境整治").doesNotContain("暂时无法保存", "状态未知");
        assertThat(new TaskNotes(client, Duration.ofHours(1)).notes("jinwei-railway", 3)).hasSize(1);
    }
}
