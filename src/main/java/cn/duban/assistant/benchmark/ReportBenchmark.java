package cn.duban.assistant.benchmark;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.context.ConfigurableApplicationContext;

import cn.duban.assistant.AssistantApplication;
import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.conversation.ConversationCore;
import cn.duban.assistant.conversation.CurrentKnowledge;
import cn.duban.assistant.conversation.InboundMessage;
import cn.duban.assistant.conversation.Snapshot;
import cn.duban.assistant.ledger.Ledger;
import cn.duban.assistant.roster.Reporter;
import cn.duban.assistant.roster.Roster;

/**
 * {@code java -jar duban-assistant.jar benchmark-reports [--threads=8] [--reports=20000]}: reports recorded per
 * second through the conversation core into the embedded Redis (AOF, appendfsync always), from every reporter of the
 * roster at once; then checks that the county total equals the sum of what was sent and that there is one ledger
 * entry per report.
 */
public final class ReportBenchmark {

    private ReportBenchmark() {
    }

    public static int run(String[] args) {
        int threads = Benchmarks.option(args, "--threads=", 8);
        int reports = Benchmarks.option(args, "--reports=", 20_000);
        try (ConfigurableApplicationContext context = startInsideThePeriod(Benchmarks.withScratchDataDir(args))) {
            ConversationCore core = context.getBean(ConversationCore.class);
            Ledger ledger = context.getBean(Ledger.class);
            Snapshot loaded = context.getBean(CurrentKnowledge.class).get();
            Roster roster = loaded.roster();
            var jobs = loaded.knowledge().target("new-urban-jobs").orElseThrow();
            List<Reporter> reporters = roster.reporters().stream().filter(r -> r.mayReport(jobs.id())).toList();
            if (reporters.isEmpty()) {
                System.err.println("benchmark needs reporters of new-urban-jobs in the roster");
                return 1;
            }
            long entriesBefore = ledger.entryCount();
            BigDecimal before = ledger.countyFigure(jobs) == null ? BigDecimal.ZERO : ledger.countyFigure(jobs);
            for (int i = 0; i < 200; i++) {
                core.handle(new InboundMessage("warm-" + i, reporters.get(0).userId(), "今年新增城镇就业目标", Instant.now()));
            }
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<Long>> sent = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                sent.add(pool.submit(() -> {
                    long people = 0;
                    for (int i = thread; i < reports; i += threads) {
                        Reporter reporter = reporters.get(i % reporters.size());
                        // a different figure each time from the same reporter, so none is asked about as a repeat
                        int n = 1 + i % 997;
                        String reply = core.handle(new InboundMessage("bench-r-" + i, reporter.userId(),
                                "新增城镇就业" + n + "人", Instant.now())).text();
                        if (!reply.startsWith("已记录")) {
                            throw new IllegalStateException("not recorded: " + reply);
                        }
                        people += n;
                    }
                    return people;
                }));
            }
            long people = 0;
            for (Future<Long> future : sent) {
                people += future.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            BigDecimal total = ledger.countyFigure(jobs).subtract(before);
            long entries = ledger.entryCount() - entriesBefore;
            boolean exact = total.compareTo(BigDecimal.valueOf(people)) == 0 && entries == reports;
            System.out.printf("%d reports from %d reporters on %d threads in %.2f s: %.0f reports/s%n", reports,
                    reporters.size(), threads, seconds, reports / seconds);
            System.out.printf("county total +%s (sent %d), ledger entries +%d (sent %d): %s%n", total.toPlainString(),
                    people, entries, reports, exact ? "exact" : "MISMATCH");
            return exact ? 0 : 1;
        } catch (Exception e) {
            System.err.println("benchmark failed: " + e);
            return 1;
        }
    }

    /**
     * The assistant, on a day inside the period of new-urban-jobs: reports outside a target's period are refused, and
     * the bundled report is for 2023. A given {@code --assistant.today} is kept.
     */
    private static ConfigurableApplicationContext startInsideThePeriod(String[] args) {
        ConfigurableApplicationContext context = AssistantApplication.startQuietly(args);
        var jobs = context.getBean(CurrentKnowledge.class).get().knowledge().target("new-urban-jobs");
        LocalDate today = context.getBean(AssistantClock.class).today();
        if (jobs.isEmpty() || !today.isBefore(jobs.get().periodStart()) && !today.isAfter(jobs.get().periodEnd())
                || java.util.Arrays.stream(args).anyMatch(arg -> arg.startsWith("--assistant.today="))) {
            return context;
        }
        context.close();
        LocalDate middle = jobs.get().periodStart().plusDays(
                java.time.temporal.ChronoUnit.DAYS.between(jobs.get().periodStart(), jobs.get().periodEnd()) / 2);
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--assistant.today=" + middle);
        return AssistantApplication.startQuietly(all.toArray(String[]::new));
    }
}
