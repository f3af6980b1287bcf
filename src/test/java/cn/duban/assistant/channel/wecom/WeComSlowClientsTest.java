package cn.duban.assistant.channel.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Clients that send a callback's headers and then its body one byte a second hold no server thread: 300 of them (more
 * than Tomcat's 200 worker threads) do not keep a normal callback from being answered, and each is cut off once the
 * body timeout (5 s by default) has passed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WeComSlowClientsTest {

    private static final int TRICKLERS = 300;
    private static final long BODY_TIMEOUT_MILLIS = 5_000;
    static final FakeWeComApi API;

    static {
        try {
            API = new FakeWeComApi();
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("assistant.data-dir", data::toString);
        registry.add("assistant.today", () -> "2023-06-30");
        WeComTestClient.registerApp(registry, API);
    }

    @AfterAll
    static void stopApi() {
        API.close();
    }

    @LocalServerPort
    int port;

    @Test
    void threeHundredTricklingClientsDoNotDelayACallbackAndAreCutOffAfterTheBodyTimeout() throws Exception {
        WeComTestClient client = new WeComTestClient("http://127.0.0.1:" + port + "/wecom/callback");
        List<Socket> tricklers = new ArrayList<>();
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try {
            long started = System.nanoTime();
            for (int i = 0; i < TRICKLERS; i++) {
                tricklers.add(startTrickling());
            }
            trickle.scheduleAtFixedRate(() -> tricklers.forEach(WeComSlowClientsTest::sendOneByte), 1, 1, TimeUnit.SECONDS);
            Thread.sleep(1_000);

            long sent = System.nanoTime();
            var answer = CompletableFuture.supplyAsync(() -> send(client, 9_200_000_001L)).get(10, TimeUnit.SECONDS);
            long millis = (System.nanoTime() - sent) / 1_000_000;

            assertThat(answer.text()).startsWith("力争全年引进过亿元项目35个以上");
            assertThat(millis).as("a callback while %d clients trickle, ms", TRICKLERS).isLessThan(2_000);
            long deadline = started / 1_000_000 + BODY_TIMEOUT_MILLIS + 3_000;
            for (Socket trickler : tricklers) {
                assertThat(cutOffBy(trickler, deadline)).as("a trickling client is cut off after the body timeout").isTrue();
            }
            assertThat(send(client, 9_200_000_002L).text()).startsWith("力争全年引进过亿元项目35个以上");
        } finally {
            trickle.shutdownNow();
            for (Socket trickler : tricklers) {
                trickler.close();
            }
        }
    }

    /**
     * A callback whose body comes in three pieces — with the headers, a moment later, and the rest later still — is
     * answered as one sent at once: what came first is kept while the rest is awaited.
     */
    @Test
    void aBodyThatComesInPiecesIsAnsweredWhole() throws Exception {
        WeComTestClient client = new WeComTestClient("http://127.0.0.1:" + port + "/wecom/callback");
        String[] sealed = client.sealed(WeComTestClient.textXml("zhangsan", "过亿元项目要引进多少个?", 9_200_000_003L));
        byte[] body = sealed[1].getBytes(StandardCharsets.UTF_8);
        String head = "POST /wecom/callback" + sealed[0] + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nContent-Type: text/xml\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, 40);
            out.flush();
            Thread.sleep(300);
            out.write(body, 40, 100);
            out.flush();
            Thread.sleep(300);
            out.write(body, 140, body.length - 140);
            out.flush();
            socket.setSoTimeout(10_000);
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 200");
            assertThat(client.replyText(answer.substring(answer.indexOf("\r\n\r\n") + 4))).startsWith("力争全年引进过亿元项目35个以上");
        }
    }

    /** A connection that has sent the headers of a 500-byte callback and its first byte. */
    private Socket startTrickling() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        String head = "POST /wecom/callback?msg_signature=0&timestamp=" + WeComTestClient.now() + "&nonce=1 HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + port + "\r\nContent-Type: text/xml\r\nContent-Length: 500\r\n\r\n<";
        socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    private static void sendOneByte(Socket socket) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write('x');
            out.flush();
        } catch (IOException e) {
            // cut off by the server: nothing more to send
        }
    }

    /**
     * Whether the server closed the connection, after a 408 or without an answer, before {@code deadlineMillis}
     * (milliseconds on the nanoTime clock).
     */
    private static boolean cutOffBy(Socket socket, long deadlineMillis) throws IOException {
        long left = deadlineMillis - System.nanoTime() / 1_000_000;
        socket.setSoTimeout((int) Math.max(1, left));
        try {
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            return answer.isEmpty() || answer.startsWith("HTTP/1.1 408");
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static WeComTestClient.Answer send(WeComTestClient client, long msgId) {
        try {
            return client.send(WeComTestClient.textXml("zhangsan", "过亿元项目要引进多少个?", msgId));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
