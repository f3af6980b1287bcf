package cn.duban.assistant.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import cn.duban.assistant.AssistantApplication;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;

/**
 * {@code java -jar duban-assistant.jar benchmark-wecom [--concurrency=16] [--requests=20000]}: starts the service on a
 * loopback port with a test app (Tencent's sample Token and EncodingAESKey), then posts signed, encrypted question
 * callbacks with unique MsgIds at a fixed concurrency and prints requests per second and p50/p99 latency. Bodies are
 * encrypted before the clock starts, as WeChat Work does its side of the work on its own servers.
 */
public final class WeComBenchmark {

    private static final String TOKEN = "QDG6eK";
    private static final String AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    private static final String CORP_ID = "wx5823bf96d3bd56c7";
    private static final List<String> QUESTIONS = List.of("过亿元项目要引进多少个?", "津潍高铁", "新增城镇就业目标", "养老服务怎么发展",
            "医保基金", "今年招商引资到位资金目标多少亿", "技改投资增长目标是多少", "双镇百村是什么");

    private WeComBenchmark() {
    }

    public static int run(String[] args) {
        int concurrency = option(args, "--concurrency=", 16);
        int requests = option(args, "--requests=", 20_000);
        List<String> all = new ArrayList<>(Arrays.asList(Benchmarks.withScratchDataDir(args)));
        all.addAll(List.of("--server.port=0", "--server.address=127.0.0.1", "--assistant.wecom.corp-id=" + CORP_ID,
                "--assistant.wecom.agent-id=1000002", "--assistant.wecom.secret=benchmark", "--assistant.wecom.token=" + TOKEN,
                "--assistant.wecom.aes-key=" + AES_KEY, "--assistant.wecom.api-base-url=http://127.0.0.1:9",
                "--assistant.digest.enabled=false"));
        SpringApplication application = new SpringApplication(AssistantApplication.class);
        application.setDefaultProperties(Map.of("logging.level.root", "WARN", "logging.level.cn.duban", "WARN"));
        try (ConfigurableApplicationContext context = application.run(all.toArray(String[]::new))) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            String url = "http://127.0.0.1:" + port + "/wecom/callback";
            WxCryptUtil crypt = new WxCryptUtil(TOKEN, AES_KEY, CORP_ID);
            int warmup = Math.min(3000, requests / 4);
            List<Callback> warm = prepare(crypt, url, warmup, 1);
            List<Callback> measured = prepare(crypt, url, requests, 1_000_000);
            drive(warm, concurrency);
            long start = System.nanoTime();
            long[] nanos = drive(measured, concurrency);
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(nanos);
            System.out.printf("%d callbacks at concurrency %d in %.2f s: %.0f requests/s, p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    requests, concurrency, seconds, requests / seconds, nanos[nanos.length / 2] / 1e6,
                    nanos[(int) (nanos.length * 0.99)] / 1e6, nanos[nanos.length - 1] / 1e6);
            return 0;
        } catch (Exception e) {
            System.err.println("benchmark failed: " + e);
            return 1;
        }
    }

    /** A prepared callback: its URL with the signature, and its encrypted body. */
    private record Callback(URL url, byte[] body) {
    }

    private static List<Callback> prepare(WxCryptUtil crypt, String url, int count, long firstMsgId) throws IOException {
        List<Callback> prepared = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String user = i % 2 == 0 ? "zhangsan" : "visitor" + i % 7;
            String plain = "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><FromUserName><![CDATA[" + user
                    + "]]></FromUserName><CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA["
                    + QUESTIONS.get(i % QUESTIONS.size()) + "]]></Content><MsgId>" + (firstMsgId + i) + "</MsgId><AgentID>1000002</AgentID></xml>";
            WxCryptUtil.EncryptContext sealed = crypt.encryptContext(plain);
            String body = "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><Encrypt><![CDATA[" + sealed.getEncrypt()
                    + "]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>";
            prepared.add(new Callback(URI.create(url + "?msg_signature=" + sealed.getSignature() + "&timestamp="
                    + sealed.getTimeStamp() + "&nonce=" + sealed.getNonce()).toURL(), body.getBytes(StandardCharsets.UTF_8)));
        }
        return prepared;
    }

    private static long[] drive(List<Callback> requests, int concurrency) throws Exception {
        long[] nanos = new long[requests.size()];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests.size(); i = next.getAndIncrement()) {
                    long start = System.nanoTime();
                    Callback callback = requests.get(i);
                    HttpURLConnection connection = (HttpURLConnection) callback.url().openConnection();
                    connection.setRequestMethod("POST");
                    connection.setDoOutput(true);
                    connection.setConnectTimeout(10_000);
                    connection.setReadTimeout(10_000);
                    connection.setRequestProperty("Content-Type", "text/xml");
                    connection.setFixedLengthStreamingMode(callback.body().length);
                    try (OutputStream out = connection.getOutputStream()) {
                        out.write(callback.body());
                    }
                    int status = connection.getResponseCode();
                    String answer;
                    try (InputStream in = connection.getInputStream()) {
                        answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                    nanos[i] = System.nanoTime() - start;
                    if (status != 200 || !answer.contains("<Encrypt>")) {
                        throw new IllegalStateException("callback answered " + status + ": " + answer);
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return nanos;
    }

    private static int option(String[] args, String prefix, int fallback) {
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return Integer.parseInt(arg.substring(prefix.length()));
            }
        }
        return fallback;
    }
}
