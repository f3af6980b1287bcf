package cn.duban.assistant.benchmark;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.ConfigurableApplicationContext;

import cn.duban.assistant.AssistantApplication;
import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.conversation.ConversationCore;
import cn.duban.assistant.conversation.CurrentKnowledge;
import cn.duban.assistant.conversation.InboundMessage;
import cn.duban.assistant.conversation.ReplyMemory;
import cn.duban.assistant.conversation.Snapshots;
import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.KnowledgeIndex;
import cn.duban.assistant.knowledge.Report;
import cn.duban.assistant.knowledge.ReportSentence;
import cn.duban.assistant.knowledge.Target;

/**
 * {@code java -jar duban-assistant.jar benchmark-questions}: time from JVM start to ready, then median and p99
 * latency per question through the conversation core, for the bundled knowledge; for it with a report of 20,000
 * characters alongside ({@link LargeReport}), asked questions in officials' shorthand and naming a year or a county;
 * and for 1,000 reports made by replicating the bundled ones under distinct titles, with the time to build that
 * index. Each question is asked by a visitor (not in the roster) and by an official, whose target answers include
 * progress lines read from the ledger. The embedded Redis keeps its files in a scratch folder unless
 * {@code --assistant.data-dir} is given.
 */
public final class QuestionBenchmark {

    private static final List<String> QUESTIONS = List.of(
            "过亿元项目要引进多少个?", "技改投资增长目标是多少", "高新技术企业新增几家", "省级专精特新企业要新增多少",
            "电商网络零售额目标是多少", "新增城镇就业目标", "重点园区有哪些", "津潍高铁", "智慧商贸新城", "双镇百村是什么",
            "旅游方面要引进什么", "养老服务怎么发展", "医保基金", "防止返贫", "城市要打造成什么样", "农村人居环境",
            "这篇讲话是谁讲的", "要打好几大战役", "今年招商引资到位资金目标多少亿", "居民人均可支配收入增长多少",
            "今年的主要目标有哪些", "跨境电商产业园", "4+4", "hello");
    /** Questions for the bundled report with the large one alongside: shorthand, a year or county named, or neither. */
    private static final List<String> LARGE_REPORT_QUESTIONS = List.of(
            "2024年规上工业增速", "青禾县固投增长多少", "社零增长多少", "GDP增速是多少", "棚改怎么安排", "青禾棚户区改造",
            "2024年乡村振兴有什么举措", "高标田", "网零", "失业率", "外资", "津潍高铁", "电商网络零售额目标是多少",
            "新增城镇就业目标", "2023年引进过亿元项目多少个", "养老服务怎么发展", "医保基金", "防止返贫", "这篇讲话是谁讲的",
            "今年的主要目标有哪些", "2022年固投增长多少", "青禾县安全生产", "4+4", "hello");
    private static final int ROUNDS = 400;
    private static final int REPLICAS = 1000;

    private QuestionBenchmark() {
    }

    public static int run(String[] args) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        try (ConfigurableApplicationContext context = AssistantApplication.startQuietly(Benchmarks.withScratchDataDir(args))) {
            long readyMillis = System.currentTimeMillis() - jvmStart;
            System.out.printf("start to ready (JVM start to context ready, index built and warm): %d ms%n", readyMillis);

            ConversationCore bundled = context.getBean(ConversationCore.class);
            print("bundled knowledge, visitor", measure(bundled, VISITOR, QUESTIONS));
            print("bundled knowledge, official (target answers with progress lines)", measure(bundled, OFFICIAL, QUESTIONS));

            Knowledge original = context.getBean(CurrentKnowledge.class).get().knowledge();
            long largeStart = System.nanoTime();
            String largeText = LargeReport.text(original.reports().get(0));
            Report large = LargeReport.from(largeText);
            List<Report> both = new ArrayList<>(original.reports());
            both.add(large);
            Knowledge alongside = new Knowledge(both, original.targets(), original.synonyms());
            try (KnowledgeIndex index = new KnowledgeIndex(alongside)) {
                System.out.printf("report of %,d characters (%d headings, %d sentences) alongside the bundled one, made and"
                        + " indexed with it: %d ms%n", largeText.length(),
                        large.headings().size(), large.sentences().size(), (System.nanoTime() - largeStart) / 1_000_000);
                ConversationCore core = core(context, alongside, index);
                print("with the 20,000-character report, visitor", measure(core, VISITOR, LARGE_REPORT_QUESTIONS));
                print("with the 20,000-character report, official", measure(core, OFFICIAL, LARGE_REPORT_QUESTIONS));
            }

            Knowledge replicated = replicate(original, REPLICAS);
            long buildStart = System.nanoTime();
            try (KnowledgeIndex index = new KnowledgeIndex(replicated)) {
                long buildMillis = (System.nanoTime() - buildStart) / 1_000_000;
                System.out.printf("index build, %d reports (%d sentences): %d ms%n", REPLICAS, index.size(), buildMillis);
                ConversationCore core = core(context, replicated, index);
                print(REPLICAS + " reports, visitor", measure(core, VISITOR, QUESTIONS));
                print(REPLICAS + " reports, official", measure(core, OFFICIAL, QUESTIONS));
            }
            return 0;
        } catch (Exception e) {
            System.err.println("benchmark failed: " + e);
            return 1;
        }
    }

    /** The conversation core as the application wires it, on other knowledge. */
    /** A conversation core over other knowledge, with the running assistant's roster, ledger and reply memory. */
    private static ConversationCore core(ConfigurableApplicationContext context, Knowledge knowledge, KnowledgeIndex index) {
        CurrentKnowledge current = context.getBean(CurrentKnowledge.class);
        Snapshots snapshots = context.getBean(Snapshots.class);
        return new ConversationCore(new CurrentKnowledge(snapshots, snapshots.of(knowledge, index, current.get().roster())),
                context.getBean(ReplyMemory.class), context.getBean(AssistantProperties.class).digest().chart());
    }

    static Knowledge replicate(Knowledge knowledge, int copies) {
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            for (Report report : knowledge.reports()) {
                String id = i == 0 ? report.id() : report.id() + "-copy-" + i;
                List<ReportSentence> sentences = report.sentences().stream()
                        .map(s -> new ReportSentence(id, s.section(), s.text())).toList();
                reports.add(new Report(id, i == 0 ? report.title() : report.title() + "(副本" + i + ")", report.speaker(),
                        report.speakerTitle(), report.county(), report.year(), report.source(), report.headings(), sentences));
            }
        }
        List<Target> targets = knowledge.targets();
        return new Knowledge(reports, targets, knowledge.synonyms());
    }

    private static long[] measure(ConversationCore core, String user, List<String> questions) {
        for (int i = 0; i < ROUNDS / 4; i++) {
            for (String question : questions) {
                core.handle(message(question, user));
            }
        }
        System.gc();
        long[] nanos = new long[ROUNDS * questions.size()];
        int n = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (String question : questions) {
                long start = System.nanoTime();
                core.handle(message(question, user));
                nanos[n++] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private static final String VISITOR = "visitor";
    private static final String OFFICIAL = "zhangsan";

    /** A question with its own message id (a repeated id would be answered from memory). */
    private static InboundMessage message(String text, String user) {
        return new InboundMessage("bench-q-" + SEQUENCE.incrementAndGet(), user, text, Instant.EPOCH);
    }

    private static void print(String label, long[] sorted) {
        System.out.printf("%s: %d questions, median %.3f ms, p99 %.3f ms, max %.3f ms%n", label, sorted.length,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length - 1] / 1e6);
    }
}
