package cn.duban.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A terminal command beside the running service on the same data folder (the README's system-cron {@code push-daily},
 * an operator's {@code console}) uses the service's embedded Redis instead of refusing to start, and so sees and
 * writes the same ledger; the service keeps its server.
 */
class CommandBesideServiceProcessTest {

    @TempDir
    Path data;

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitUp(int port) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the service did not start");
    }

    @Test
    void consoleAndPushDailyRunBesideTheServiceOnItsRedis() throws Exception {
        int port = freePort();
        try (AssistantProcess service = AssistantProcess.start("--server.port=" + port, "--server.address=127.0.0.1",
                "--assistant.data-dir=" + data, "--assistant.today=2023-06-30", "--assistant.digest.enabled=false")) {
            awaitUp(port);

            var report = AssistantProcess.run("新增城镇就业5人\n", "console", "--user=lisi",
                    "--assistant.data-dir=" + data, "--assistant.today=2023-06-30");
            var progress = AssistantProcess.run("就业进度\n", "console", "--user=zhangsan",
                    "--assistant.data-dir=" + data, "--assistant.today=2023-06-30");
            var push = AssistantProcess.run("", "push-daily", "--assistant.data-dir=" + data, "--assistant.today=2023-06-30");

            assertThat(report.exit()).as(report.stderr()).isZero();
            assertThat(report.stdout()).contains("已记录");
            assertThat(progress.stdout()).contains("常家镇 5人");
            assertThat(push.stderr()).doesNotContain("正由另一个运行中的督办助手").contains("未配置企业微信");
            assertThat(push.exit()).isEqualTo(2);
            assertThat(service.handle().isAlive()).isTrue();
            awaitUp(port);
        }
    }
}
