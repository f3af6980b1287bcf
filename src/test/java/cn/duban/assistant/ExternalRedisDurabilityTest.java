package cn.duban.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.duban.assistant.ConsoleProcessTest.Run;
import redis.embedded.RedisServer;

/**
 * An external Redis that would lose confirmed reports on a restart (no append-only file) is named loudly at startup,
 * and refused with {@code assistant.redis.require-durable=true}; one that writes every change to disk is accepted
 * without a word.
 */
class ExternalRedisDurabilityTest {

    @TempDir
    Path dir;

    private interface WithRedis {
        void run(String url) throws Exception;
    }

    /** A second real redis-server from the embedded binary, with these persistence settings. */
    private void withRedis(String appendonly, String appendfsync, WithRedis test) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        RedisServer server = RedisServer.newRedisServer().port(port).setting("bind 127.0.0.1")
                .setting("dir " + dir.toAbsolutePath()).setting("appendonly " + appendonly)
                .setting("appendfsync " + appendfsync).setting("save \"\"").build();
        server.start();
        try {
            test.run("redis://127.0.0.1:" + port);
        } finally {
            server.stop();
        }
    }

    private Run console(String url, String... more) throws IOException, InterruptedException {
        String[] args = {"console", "--assistant.data-dir=" + dir.resolve("data"), "--assistant.redis.url=" + url};
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(more)).toArray(String[]::new);
        return AssistantProcess.run("你好\n", all);
    }

    @Test
    void withoutAppendOnlyTheLogSaysWhatIsLostAndTheFix() throws Exception {
        withRedis("no", "everysec", url -> {
            Run run = console(url);

            assertThat(run.exit()).isZero();
            assertThat(run.stdout()).contains("督办助手");
            assertThat(run.stderr().lines().filter(line -> line.contains("appendonly no")))
                    .singleElement().asString().contains("WARN", "重启", "已确认的上报", "appendonly yes", "appendfsync always");
        });
    }

    @Test
    void withoutAppendOnlyRequireDurableStopsStartupWithOneLine() throws Exception {
        withRedis("no", "everysec", url -> {
            Run run = console(url, "--assistant.redis.require-durable=true");

            assertThat(run.exit()).isNotZero();
            assertThat(run.stdout()).isEmpty();
            assertThat(run.stderr()).doesNotContain("\tat ", "Exception");
            assertThat(run.stderr().lines()).singleElement().asString().startsWith("启动失败: ")
                    .contains("appendonly no", "assistant.redis.require-durable", "appendonly yes");
        });
    }

    @Test
    void anAppendOnlyFileWrittenOnEveryChangeIsAcceptedWithoutAWarning() throws Exception {
        withRedis("yes", "always", url -> {
            Run run = console(url, "--assistant.redis.require-durable=true");

            assertThat(run.exit()).isZero();
            assertThat(run.stdout()).contains("督办助手");
            assertThat(run.stderr()).doesNotContain("appendonly", "appendfsync", "持久化");
        });
    }
}
