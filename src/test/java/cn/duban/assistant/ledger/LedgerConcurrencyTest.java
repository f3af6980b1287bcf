package cn.duban.assistant.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import cn.duban.assistant.knowledge.BundledKnowledge;
import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.redis.TestRedis;
import redis.clients.jedis.UnifiedJedis;

/** Concurrent reports never lose or double a count: 8 threads × 500 reports, each sent twice. */
class LedgerConcurrencyTest {

    private static final int THREADS = 8;
    private static final int REPORTS = 500;

    @Test
    void concurrentReportsAddUpExactly() throws Exception {
        UnifiedJedis redis = TestRedis.fresh();
        Ledger ledger = new Ledger(redis, java.time.Duration.ofHours(48));
        Target jobs = BundledKnowledge.knowledge().target("new-urban-jobs").orElseThrow();
        Target retail = BundledKnowledge.knowledge().target("ecommerce-online-retail").orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < REPORTS; i++) {
                    String messageId = "m-" + thread + "-" + i;
                    String unit = "单位" + (i % 5);
                    // each message arrives twice, as WeChat Work retries do
                    for (int attempt = 0; attempt < 2; attempt++) {
                        ledger.record(messageId, Instant.now(), "user" + thread, unit, jobs, LedgerEntry.ADD,
                                new BigDecimal("1.5"), "新增1.5", "");
                    }
                    ledger.record("r-" + thread + "-" + i, Instant.now(), "user" + thread, unit, retail,
                            LedgerEntry.LATEST, new BigDecimal("0.0001"), "零售额", "");
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(ledger.countyFigure(jobs)).isEqualByComparingTo(new BigDecimal("1.5").multiply(BigDecimal.valueOf(THREADS * REPORTS)));
        assertThat(ledger.unitFigures(jobs).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(ledger.countyFigure(jobs));
        assertThat(ledger.entryCount()).isEqualTo(2L * THREADS * REPORTS);
        assertThat(ledger.countyFigure(retail)).isEqualByComparingTo("0.0001");
    }
}
