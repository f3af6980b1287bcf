package cn.duban.assistant.benchmark;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import cn.duban.assistant.AssistantApplication;
import cn.duban.assistant.conversation.CurrentKnowledge;
import cn.duban.assistant.conversation.Snapshot;
import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.ledger.Ledger;
import cn.duban.assistant.ledger.LedgerEntry;
import cn.duban.assistant.redis.EmbeddedRedis;
import cn.duban.assistant.redis.RedisSignals;
import cn.duban.assistant.roster.Reporter;

/**
 * {@code java -jar duban-assistant.jar benchmark-faults [--threads=8] [--reports=300]}: the durability scenario.
 * Reporters of different units send {@code 新增城镇就业N人} (N = 1 … reports, each once) as signed, encrypted WeChat
 * Work callbacks, behaving as people and WeChat Work do (no answer in 5 s: the same MsgId again; 暂时无法保存 or
 * 状态未知: the same text again as a new message), while the ledger's embedded redis-server is killed
 * ({@code kill -9}; its watchdog starts it again), and then frozen for 6 s and twice for 2.5 s. Afterwards it compares what reporters were told with the ledger and
 * prints confirmed / recorded / lost / double-counted / ambiguous counts; it exits 1 unless lost, double-counted and
 * ambiguous are all 0 and the county total equals the recorded figures.
 */
public final class FaultBenchmark {

    static final String TARGET = "new-urban-jobs";

    private FaultBenchmark() {
    }

    public static int run(String[] args) {
        int threads;
        int reports;
        try {
            threads = Benchmarks.option(args, "--threads=", 8);
            reports = Benchmarks.option(args, "--reports=", 300);
        } catch (NumberFormatException e) {
            System.err.println("参数有误: --threads 和 --reports 应为正整数(" + e.getMessage() + ")");
            return 2;
        }
        if (threads < 1 || reports < 1) {
            System.err.println("参数有误: --threads 和 --reports 应为正整数,现在是 " + threads + " 和 " + reports);
            return 2;
        }
        String[] withData = Benchmarks.withScratchDataDir(args);
        Path data = Path.of(Arrays.stream(withData).filter(arg -> arg.startsWith("--assistant.data-dir=")).findFirst()
                .orElseThrow().substring("--assistant.data-dir=".length()));
        try (EmbeddedRedis redis = EmbeddedRedis.start(Files.createDirectories(data.resolve("drill-redis")));
             MessageSink sink = new MessageSink()) {
            List<String> all = new ArrayList<>(Arrays.asList(withData));
            all.addAll(List.of("--server.port=0", "--server.address=127.0.0.1", "--assistant.redis.url=" + redis.url(),
                    "--assistant.today=2023-06-30", "--assistant.digest.enabled=false"));
            all.addAll(SampleApp.settings(sink.baseUrl()));
            SpringApplication application = new SpringApplication(AssistantApplication.class);
            application.setDefaultProperties(Map.of("logging.level.root", "ERROR", "logging.level.cn.duban", "ERROR"));
            try (ConfigurableApplicationContext context = application.run(all.toArray(String[]::new))) {
                int port = ((WebServerApplicationContext) context).getWebServer().getPort();
                Snapshot loaded = context.getBean(CurrentKnowledge.class).get();
                Target jobs = loaded.knowledge().target(TARGET).orElseThrow();
                List<Reporter> reporters = loaded.roster().reporters().stream()
                        .filter(reporter -> reporter.mayReport(TARGET)).limit(threads).toList();
                List<FaultReporter> sent = drive(reporters, reports, port, sink, new RedisSignals(redis));
                Thread.sleep(3000);
                return tally(sent, context.getBean(Ledger.class), jobs);
            }
        } catch (Exception e) {
            System.err.println("benchmark failed: " + e);
            return 1;
        }
    }

    /**
     * Runs the reporters while the faults happen: killed at 1.5 s (the embedded server's watchdog starts it again on
     * its AOF), frozen from 6 s to 12 s, then frozen twice for 2.5 s (past the 2 s timeout), so that some changes are
     * on their way when Redis stops.
     */
    private static List<FaultReporter> drive(List<Reporter> reporters, int reports, int port, MessageSink sink,
                                             RedisSignals redis) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(reporters.size() + 1);
        long start = System.nanoTime();
        Future<?> faults = pool.submit(() -> {
            at(start, 1500);
            redis.kill();
            System.out.printf("%5.1f s  redis-server killed (kill -9); its watchdog starts it again on its AOF%n",
                    (System.nanoTime() - start) / 1e9);
            at(start, 6000);
            redis.freeze();
            System.out.printf("%5.1f s  redis-server frozen (kill -STOP)%n", (System.nanoTime() - start) / 1e9);
            at(start, 12000);
            redis.thaw();
            System.out.printf("%5.1f s  redis-server goes on (kill -CONT)%n", (System.nanoTime() - start) / 1e9);
            for (long at : new long[] {15_000, 19_000}) {
                at(start, at);
                redis.freeze();
                System.out.printf("%5.1f s  redis-server frozen%n", (System.nanoTime() - start) / 1e9);
                at(start, at + 2500);
                redis.thaw();
                System.out.printf("%5.1f s  redis-server goes on%n", (System.nanoTime() - start) / 1e9);
            }
            return null;
        });
        List<FaultReporter> all = new ArrayList<>();
        List<Future<?>> running = new ArrayList<>();
        long msgIds = 5_000_000_000L;
        for (Reporter reporter : reporters) {
            FaultReporter one = new FaultReporter(reporter, reports, port, sink, msgIds);
            msgIds += 1_000_000L;
            all.add(one);
            running.add(pool.submit(() -> {
                one.run();
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        faults.get();
        System.out.printf("%5.1f s  all reports answered%n", (System.nanoTime() - start) / 1e9);
        pool.shutdownNow();
        return all;
    }

    private static void at(long start, long millis) throws InterruptedException {
        Thread.sleep(Math.max(0, millis - (System.nanoTime() - start) / 1_000_000));
    }

    /** Compares what reporters were told with the ledger, and prints the counts. */
    private static int tally(List<FaultReporter> reporters, Ledger ledger, Target jobs) {
        Map<String, List<LedgerEntry>> byReport = new HashMap<>();
        Map<String, LedgerEntry> byMessage = new HashMap<>();
        BigDecimal recordedSum = BigDecimal.ZERO;
        for (LedgerEntry entry : ledger.history()) {
            if (entry.targetId().equals(TARGET) && entry.active()) {
                byReport.computeIfAbsent(entry.unit() + "|" + entry.value().stripTrailingZeros().toPlainString(),
                        any -> new ArrayList<>()).add(entry);
                byMessage.put(entry.messageId(), entry);
                recordedSum = recordedSum.add(entry.value());
            }
        }
        int intended = 0;
        int confirmed = 0;
        int recorded = 0;
        int lost = 0;
        int doubled = 0;
        int ambiguous = 0;
        FaultReporter.Replies replies = new FaultReporter.Replies();
        for (FaultReporter reporter : reporters) {
            replies.add(reporter.replies());
            for (FaultReporter.Report report : reporter.reports()) {
                intended++;
                int entries = byReport.getOrDefault(reporter.unit() + "|" + report.figure(), List.of()).size();
                confirmed += report.confirmed() ? 1 : 0;
                recorded += entries > 0 ? 1 : 0;
                lost += report.confirmed() && entries == 0 ? 1 : 0;
                doubled += entries > 1 ? 1 : 0;
                boolean toldNotSavedButSaved = report.notSavedIds().stream().anyMatch(byMessage::containsKey);
                ambiguous += toldNotSavedButSaved || !report.confirmed() ? 1 : 0;
            }
        }
        BigDecimal county = ledger.countyFigure(jobs);
        boolean totalRight = county != null && county.compareTo(recordedSum) == 0;
        System.out.printf("replies: 已记录 %d, 暂时无法保存 %d, 状态未知 %d, other %d, none %d; answered later by message/send %d; "
                + "callbacks sent again by \"WeChat Work\" %d%n", replies.recorded, replies.notSaved, replies.unknown, replies.other,
                replies.none, replies.later, replies.retries);
        System.out.printf("reports: intended %d, confirmed %d, recorded %d, lost %d, double-counted %d, ambiguous %d; "
                + "county total %s = sum of entries %s: %s%n", intended, confirmed, recorded, lost, doubled, ambiguous,
                county == null ? "-" : county.stripTrailingZeros().toPlainString(), recordedSum.stripTrailingZeros().toPlainString(),
                totalRight ? "yes" : "NO");
        return lost == 0 && doubled == 0 && ambiguous == 0 && totalRight ? 0 : 1;
    }
}
