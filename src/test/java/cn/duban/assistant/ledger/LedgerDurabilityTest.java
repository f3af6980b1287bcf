package cn.duban.assistant.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.duban.assistant.knowledge.BundledKnowledge;
import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.redis.EmbeddedRedis;
import cn.duban.assistant.redis.TestRedis;
import redis.clients.jedis.UnifiedJedis;

/** A report acknowledged to the user survives kill -9 of Redis and a restart of everything on the same data dir. */
class LedgerDurabilityTest {

    @TempDir
    Path data;

    private final Target jobs = BundledKnowledge.knowledge().target("new-urban-jobs").orElseThrow();

    @Test
    void acknowledgedReportsSurviveKillDashNine() throws Exception {
        EmbeddedRedis first = EmbeddedRedis.start(data);
        try (UnifiedJedis redis = TestRedis.connect(first.url())) {
            Ledger ledger = new Ledger(redis, Duration.ofHours(48));
            for (int i = 0; i < 50; i++) {
                assertThat(ledger.record("k-" + i, Instant.now(), "lisi", "常家镇", jobs, LedgerEntry.ADD, BigDecimal.valueOf(3),
                        "新增3人", "")).isInstanceOf(Ledger.Outcome.Recorded.class);
            }
            long pid = Long.parseLong(redis.info("server").lines().filter(line -> line.startsWith("process_id:"))
                    .findFirst().orElseThrow().substring("process_id:".length()).strip());
            ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
            process.destroyForcibly();
            process.onExit().get();
        } finally {
            first.close();
        }

        EmbeddedRedis second = EmbeddedRedis.start(data);
        try (UnifiedJedis redis = TestRedis.connect(second.url())) {
            Ledger ledger = new Ledger(redis, Duration.ofHours(48));
            assertThat(ledger.countyFigure(jobs)).isEqualByComparingTo("150");
            assertThat(ledger.entryCount()).isEqualTo(50);
            assertThat(ledger.record("k-7", Instant.now(), "lisi", "常家镇", jobs, LedgerEntry.ADD, BigDecimal.valueOf(3),
                    "新增3人", "")).isInstanceOf(Ledger.Outcome.AlreadyRecorded.class);
        } finally {
            second.close();
        }
    }
}
