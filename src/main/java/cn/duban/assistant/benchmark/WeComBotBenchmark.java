package cn.duban.assistant.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.duban.assistant.AssistantApplication;

/**
 * {@code java -jar duban-assistant.jar benchmark-wecom-bot [--concurrency=16] [--warmup-seconds=60] [--messages=20000]}:
 * starts a loopback WebSocket server playing WeChat Work's side of the 智能机器人 long connection ({@link BotServer}),
 * starts the service in-process pointed at it, waits for its subscription, warms it up with callbacks for a while,
 * then sends text message callbacks with unique msgids and req_ids, keeping {@code concurrency} of them waiting for a
 * reply, and prints messages per second and p50/p99/max latency. A message's latency is measured on the fake
 * server's side of the wire: from just before it writes the {@code aibot_msg_callback} frame to the arrival of the
 * {@code aibot_respond_msg} frame with the same req_id, so both loopback transits are included (the service's wait for
 * the acknowledgement of its reply is not). Every reply is checked afterwards: exactly one per message, not empty, and
 * the same answer to the same question.
 */
public final class WeComBotBenchmark {

    private static final String BOT_ID = "bot-benchmark";
    private static final String SECRET = "bot-benchmark-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    private WeComBotBenchmark() {
    }

    /** Runs the benchmark; 0 when every reply passed the checks, 1 otherwise. */
    public static int run(String[] args) {
        int concurrency = Benchmarks.option(args, "--concurrency=", 16);
        int messages = Benchmarks.option(args, "--messages=", 20_000);
        int warmupSeconds = Benchmarks.option(args, "--warmup-seconds=", 60);
        if (concurrency < 1 || messages < 1 || warmupSeconds < 0) {
            System.err.println("--concurrency and --messages must be at least 1, --warmup-seconds at least 0");
            return 1;
        }
        try (BotServer bot = new BotServer(BOT_ID, SECRET)) {
            List<String> all = new ArrayList<>(Arrays.asList(Benchmarks.withScratchDataDir(args)));
            all.addAll(List.of("--server.port=0", "--server.address=127.0.0.1", "--assistant.digest.enabled=false",
                    "--assistant.wecom-bot.bot-id=" + BOT_ID, "--assistant.wecom-bot.secret=" + SECRET,
                    "--assistant.wecom-bot.url=" + bot.url()));
            SpringApplication application = new SpringApplication(AssistantApplication.class);
            application.setDefaultProperties(Map.of("logging.level.root", "WARN", "logging.level.cn.duban", "WARN"));
            try (ConfigurableApplicationContext context = application.run(all.toArray(String[]::new))) {
                if (!bot.awaitSubscribed(Duration.ofSeconds(30))) {
                    throw new IllegalStateException("the service did not subscribe within 30 s");
                }
                warmUp(bot, concurrency, warmupSeconds);
                BotRound round = new BotRound(concurrency);
                bot.listen(round);
                // built before the clock starts, as WeChat Work builds its frames on its own servers
                List<BotRound.Callback> prepared = new ArrayList<>(messages);
                for (int i = 0; i < messages; i++) {
                    prepared.add(callback("bench", i));
                }
                long start = System.nanoTime();
                List<BotRound.Flight> flights = round.drive(bot, prepared::get, messages, Long.MAX_VALUE);
                double seconds = (System.nanoTime() - start) / 1e9;
                Thread.sleep(500); // a second reply to a message would come right after the first
                check(flights, round.strays());
                long[] nanos = flights.stream().mapToLong(BotRound.Flight::nanos).sorted().toArray();
                System.out.printf("measured: %d messages at concurrency %d in %.2f s: %.0f messages/s, p50 %.2f ms, "
                        + "p99 %.2f ms, max %.2f ms%n", messages, concurrency, seconds, messages / seconds,
                        nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6,
                        nanos[nanos.length - 1] / 1e6);
                if (bot.pushes() > 0) {
                    System.out.printf("(%d aibot_send_msg continuations of long answers acknowledged)%n", bot.pushes());
                }
                return 0;
            }
        } catch (Exception e) {
            System.err.println("benchmark failed: " + e);
            return 1;
        }
    }

    /**
     * Sends callbacks for {@code seconds}, printing the rate of every ten seconds, so that the JIT compiler has
     * compiled the message path before the measured round.
     */
    private static void warmUp(BotServer bot, int concurrency, int seconds) throws Exception {
        BotRound round = new BotRound(concurrency);
        bot.listen(round);
        long begin = System.nanoTime();
        long end = begin + seconds * 1_000_000_000L;
        ExecutorService driver = Executors.newSingleThreadExecutor();
        try {
            Future<?> driving = driver.submit(() -> round.drive(bot, i -> callback("warm", i), Integer.MAX_VALUE, end));
            for (int window = 1; window * 10L <= seconds; window++) {
                Thread.sleep(Math.max(0, begin + window * 10_000_000_000L - System.nanoTime()) / 1_000_000);
                long[] nanos = round.answeredSinceLast().stream().mapToLong(BotRound.Flight::nanos).sorted().toArray();
                if (nanos.length > 0) {
                    System.out.printf("warm-up %3d s: %5.0f messages/s, p50 %.2f ms, p99 %.2f ms%n", window * 10,
                            nanos.length / 10.0, nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6);
                }
            }
            driving.get();
        } finally {
            driver.shutdownNow();
        }
    }

    /**
     * The {@code i}th single-chat text callback of a round: unique msgid and req_id, users alternating between
     * {@code zhangsan} and {@code visitorN} and the questions of {@code benchmark-wecom}.
     */
    private static BotRound.Callback callback(String round, int i) {
        String user = i % 2 == 0 ? "zhangsan" : "visitor" + i % 7;
        String question = WeComBenchmark.QUESTIONS.get(i % WeComBenchmark.QUESTIONS.size());
        String reqId = "req-" + round + "-" + i;
        ObjectNode frame = JSON.createObjectNode().put("cmd", "aibot_msg_callback");
        frame.putObject("headers").put("req_id", reqId);
        ObjectNode body = frame.putObject("body").put("msgid", "msg-" + round + "-" + i).put("aibotid", BOT_ID)
                .put("chattype", "single");
        body.putObject("from").put("userid", user);
        body.put("create_time", System.currentTimeMillis() / 1000).put("msgtype", "text");
        body.putObject("text").put("content", question);
        return new BotRound.Callback(reqId, user, question, frame.toString());
    }

    /** Every message got exactly one non-empty reply, no reply came for a req_id not sent, same question, same answer. */
    private static void check(List<BotRound.Flight> flights, int strays) {
        if (strays > 0) {
            throw new IllegalStateException(strays + " replies to req_ids the benchmark did not send");
        }
        Map<String, BotRound.Flight> firstAnswers = new HashMap<>();
        for (BotRound.Flight flight : flights) {
            BotRound.Callback callback = flight.callback;
            if (flight.replies.get() != 1) {
                throw new IllegalStateException(flight.replies.get() + " replies to " + callback.reqId() + " \""
                        + callback.question() + "\"");
            }
            if (flight.content == null || flight.content.isBlank()) {
                throw new IllegalStateException("empty reply to " + callback.reqId() + " \"" + callback.question() + "\"");
            }
            BotRound.Flight first = firstAnswers.putIfAbsent(callback.question(), flight);
            if (first != null && !first.content.equals(flight.content)) {
                throw new IllegalStateException("different answers to \"" + callback.question() + "\": "
                        + first.callback.user() + " got \"" + first.content + "\", " + callback.user() + " got \""
                        + flight.content + "\"");
            }
        }
    }
}
