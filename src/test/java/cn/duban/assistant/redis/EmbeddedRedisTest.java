package cn.duban.assistant.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.duban.assistant.config.StartupException;
import redis.clients.jedis.UnifiedJedis;

/** The embedded redis-server as the assistant runs it: killed, it comes back by itself, with every write it took. */
class EmbeddedRedisTest {

    @TempDir
    Path data;

    static long serverPid(UnifiedJedis redis) {
        return Long.parseLong(redis.info("server").lines().filter(line -> line.startsWith("process_id:"))
                .findFirst().orElseThrow().substring("process_id:".length()).strip());
    }

    @Test
    void aKilledServerComesBackOnTheSameUrlWithItsData() throws Exception {
        try (EmbeddedRedis embedded = EmbeddedRedis.start(data); UnifiedJedis redis = TestRedis.connect(embedded.url())) {
            redis.set("report", "常家镇 新增城镇就业 120人");
            ProcessHandle killed = ProcessHandle.of(serverPid(redis)).orElseThrow();

            killed.destroyForcibly();
            killed.onExit().get();

            String value = null;
            Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
            while (value == null && Instant.now().isBefore(deadline)) {
                try {
                    value = redis.get("report");
                } catch (RuntimeException stillDown) {
                    Thread.sleep(100);
                }
            }
            assertThat(value).isEqualTo("常家镇 新增城镇就业 120人");
            assertThat(serverPid(redis)).isNotEqualTo(killed.pid());
            assertThat(embedded.isActive()).isTrue();
        }
    }

    @Test
    void aSecondServerOnAFolderInUseIsRefusedNamingIt() throws Exception {
        try (EmbeddedRedis first = EmbeddedRedis.start(data); UnifiedJedis redis = TestRedis.connect(first.url())) {
            assertThatThrownBy(() -> EmbeddedRedis.start(data).close()).isInstanceOfSatisfying(StartupException.class, e -> {
                assertThat(e.getMessage()).contains(data.toAbsolutePath().toString(), "另一个运行中的督办助手");
                assertThat(e.fix()).contains("assistant.data-dir", "assistant.redis.url");
            });
            assertThat(redis.ping()).isEqualTo("PONG");
        }
    }
}
