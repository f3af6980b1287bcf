package cn.duban.assistant.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import cn.duban.assistant.AssistantApplication;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;

/**
 * {@code java -jar duban-assistant.jar benchmark-wecom [--concurrency=16] [--warmup-seconds=90] [--requests=20000]}:
 * starts the service on a loopback port with a test app (Tencent's sample Token and EncodingAESKey), warms it up with
 * callbacks for at least the given seconds and until its rate is steady, then posts signed, encrypted question
 * callbacks with unique MsgIds at a fixed concurrency and prints requests per second and p50/p99 latency. The
 * measured bodies are encrypted before the clock starts, as WeChat Work does its side of the work on its own
 * servers; every reply is decrypted and checked afterwards.
 */
public final class WeComBenchmark {

    /**
     * Questions of every kind: targets, passages, progress, the speaker, and ones the report does not answer; asked by
     * {@code benchmark-wecom-bot} too.
     */
    static final List<String> QUESTIONS = List.of("过亿元项目要引进多少个?", "技改投资增长目标是多少", "高新技术企业新增几家",
            "省级专精特新企业要新增多少", "电商网络零售额目标是多少", "新增城镇就业目标", "重点园区有哪些", "津潍高铁", "智慧商贸新城",
            "双镇百村是什么", "旅游方面要引进什么", "养老服务怎么发展", "医保基金", "防止返贫", "城市要打造成什么样", "农村人居环境",
            "这篇讲话是谁讲的", "要打好几大战役", "今年招商引资到位资金目标多少亿", "居民人均可支配收入增长多少", "新增城镇就业完成多少了",
            "技改投资进度怎么样", "乡村振兴有哪些举措", "教育方面有什么安排");

    private WeComBenchmark() {
    }

    public static int run(String[] args) {
        if (Arrays.asList(args).contains("--external")) {
            try {
                return ExternalWeComBenchmark.run(args);
            } catch (Exception e) {
                System.err.println("benchmark failed: " + e);
                return 1;
            }
        }
        int concurrency = Benchmarks.option(args, "--concurrency=", 16);
        int requests = Benchmarks.option(args, "--requests=", 20_000);
        int warmupSeconds = Benchmarks.option(args, "--warmup-seconds=", 90);
        List<String> all = new ArrayList<>(Arrays.asList(Benchmarks.withScratchDataDir(args)));
        all.addAll(List.of("--server.port=0", "--server.address=127.0.0.1", "--assistant.digest.enabled=false"));
        all.addAll(SampleApp.settings("http://127.0.0.1:9"));
        SpringApplication application = new SpringApplication(AssistantApplication.class);
        application.setDefaultProperties(Map.of("logging.level.root", "WARN", "logging.level.cn.duban", "WARN"));
        try (ConfigurableApplicationContext context = application.run(all.toArray(String[]::new))) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            WxCryptUtil crypt = SampleApp.crypt();
            var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
            warmUp(crypt, port, concurrency, warmupSeconds, jit::getTotalCompilationTime);
            // after the warm-up, so that their timestamps are within the callback's accepted clock skew
            List<Callback> measured = prepare(crypt, port, requests, 1_000_000_000L);
            long start = System.nanoTime();
            Sent sent = drive(measured, port, concurrency);
            double seconds = (System.nanoTime() - start) / 1e9;
            check(measured, sent.answers(), crypt);
            long[] nanos = sent.nanos();
            Arrays.sort(nanos);
            System.out.printf("measured: %d callbacks at concurrency %d in %.2f s: %.0f requests/s, p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    requests, concurrency, seconds, requests / seconds, nanos[nanos.length / 2] / 1e6,
                    nanos[(int) (nanos.length * 0.99)] / 1e6, nanos[nanos.length - 1] / 1e6);
            return 0;
        } catch (Exception e) {
            System.err.println("benchmark failed: " + e);
            return 1;
        }
    }

    /** A prepared callback: the whole HTTP request as bytes, signed and encrypted, and who sent what. */
    record Callback(byte[] request, String user, String question) {
    }

    static List<Callback> prepare(WxCryptUtil crypt, int port, int count, long firstMsgId) {
        return prepare(crypt, port, 0, count, firstMsgId);
    }

    /** Callbacks {@code from} to {@code from + count - 1} of a run whose first MsgId is {@code firstMsgId}. */
    static List<Callback> prepare(WxCryptUtil crypt, int port, int from, int count, long firstMsgId) {
        List<Callback> prepared = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            prepared.add(callback(crypt, port, i, firstMsgId + i));
        }
        return prepared;
    }

    static Callback callback(WxCryptUtil crypt, int port, int i, long msgId) {
        String user = i % 2 == 0 ? "zhangsan" : "visitor" + i % 7;
        String question = QUESTIONS.get(i % QUESTIONS.size());
        String plain = SampleApp.textMessage(user, question, msgId);
        WxCryptUtil.EncryptContext sealed = crypt.encryptContext(plain);
        byte[] body = SampleApp.envelope(sealed.getEncrypt()).getBytes(StandardCharsets.UTF_8);
        String head = "POST /wecom/callback?msg_signature=" + sealed.getSignature() + "&timestamp=" + sealed.getTimeStamp()
                + "&nonce=" + sealed.getNonce() + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nContent-Type: text/xml\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] request = Arrays.copyOf(headBytes, headBytes.length + body.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        return new Callback(request, user, question);
    }

    /** A warm-up ends once a ten-second window is no more than this much faster than the one before it… */
    private static final double STEADY = 1.05;
    /** …and the JIT compiler took no more than this many milliseconds in it (2% of one core). */
    private static final long STEADY_COMPILING_MILLIS = 200;
    /** The longest warm-up, steady or not. */
    static final int MOST_WARMUP_SECONDS = 300;

    /**
     * Sends callbacks, encrypted as they go, for at least {@code seconds} and then until the server is steady (in a
     * ten-second window its JIT compiler, as {@code compilerMillis} tells its CPU time so far, worked no more than
     * 200 ms and the rate was no more than 5% above the window before; at most {@link #MOST_WARMUP_SECONDS}),
     * printing the rate of every ten seconds: the JIT compiler needs well over a hundred thousand answers on two
     * shared cores before the service runs at its steady speed, and the rate can stall for a while on the way. No
     * warm-up at all when {@code seconds} is 0.
     */
    static void warmUp(WxCryptUtil crypt, int port, int concurrency, int seconds, java.util.function.LongSupplier compilerMillis)
            throws Exception {
        if (seconds <= 0) {
            return;
        }
        AtomicInteger next = new AtomicInteger();
        long begin = System.nanoTime();
        java.util.concurrent.atomic.AtomicBoolean over = new java.util.concurrent.atomic.AtomicBoolean();
        Map<Integer, Queue<Long>> windows = new java.util.concurrent.ConcurrentHashMap<>();
        Clients clients = new Clients(port, concurrency, connection -> {
            while (!over.get()) {
                int i = next.getAndIncrement();
                byte[] request = callback(crypt, port, i, 1L + i).request();
                long start = System.nanoTime();
                connection.exchange(request);
                long done = System.nanoTime();
                windows.computeIfAbsent((int) ((done - begin) / 10_000_000_000L), w -> new ConcurrentLinkedQueue<>())
                        .add(done - start);
            }
        });
        double before = 0;
        long compiled = compilerMillis.getAsLong();
        for (int window = 1; ; window++) {
            Thread.sleep(Math.max(0, begin + window * 10_000_000_000L - System.nanoTime()) / 1_000_000);
            long[] nanos = windows.getOrDefault(window - 1, new ConcurrentLinkedQueue<>()).stream().mapToLong(Long::longValue)
                    .sorted().toArray();
            double rate = nanos.length / 10.0;
            long compiling = compilerMillis.getAsLong() - compiled;
            compiled += compiling;
            if (nanos.length > 0) {
                System.out.printf("warm-up %3d s: %5.0f requests/s, p50 %.2f ms, p99 %.2f ms, JIT compiler %,d ms%n", window * 10,
                        rate, nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6, compiling);
            }
            boolean steady = window * 10 >= seconds && before > 0 && rate <= before * STEADY
                    && compiling <= STEADY_COMPILING_MILLIS;
            if (steady || window * 10 >= Math.max(seconds, MOST_WARMUP_SECONDS)) {
                System.out.printf("warm-up over after %d s (%s)%n", window * 10, steady ? "steady" : "the longest warm-up");
                break;
            }
            before = rate;
        }
        over.set(true);
        clients.join();
    }

    /**
     * Sends the callbacks over {@code concurrency} keep-alive connections, as many at a time, and returns each one's
     * latency and answer. The client is a bare HTTP/1.1 writer and reader, so that its own work takes as little as
     * possible of the two cores the service is measured on.
     */
    static Sent drive(List<Callback> requests, int port, int concurrency) throws Exception {
        long[] nanos = new long[requests.size()];
        String[] answers = new String[requests.size()];
        AtomicInteger next = new AtomicInteger();
        new Clients(port, concurrency, connection -> {
            for (int i = next.getAndIncrement(); i < requests.size(); i = next.getAndIncrement()) {
                long start = System.nanoTime();
                answers[i] = connection.exchange(requests.get(i).request());
                nanos[i] = System.nanoTime() - start;
            }
        }).join();
        return new Sent(nanos, answers);
    }

    record Sent(long[] nanos, String[] answers) {
    }

    /** Every answer must be a passive reply that decrypts to a text message for its sender, and not the failure text. */
    static void check(List<Callback> requests, String[] answers, WxCryptUtil crypt) {
        for (int i = 0; i < requests.size(); i++) {
            String answer = answers[i];
            int start = answer.indexOf("<Encrypt><![CDATA[");
            if (start < 0) {
                throw new IllegalStateException("no passive reply to \"" + requests.get(i).question() + "\": " + answer);
            }
            String encrypted = answer.substring(start + 18, answer.indexOf("]]>", start));
            String reply = crypt.decrypt(encrypted);
            if (!reply.contains("<ToUserName><![CDATA[" + requests.get(i).user() + "]]>") || !reply.contains("<Content><![CDATA[")) {
                throw new IllegalStateException("reply to \"" + requests.get(i).question() + "\" is not a text message: " + reply);
            }
        }
    }
}
