package cn.duban.assistant.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.duban.assistant.config.StartupException;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.util.SafeEncoder;

/** The embedded redis-server as the assistant runs it: killed, it comes back by itself, with every write it took. */
class EmbeddedRedisTest {

    @TempDir
    Path data;

    static long serverPid(UnifiedJedis redis) {
        return Long.parseLong(redis.info("server").lines().filter(line -> line.startsWith("process_id:"))
                .findFirst().orElseThrow().substring("process_id:".length()).strip());
    }

    /** Writes through the client, kills its redis-server with SIGKILL, and checks the write is read back from a new one. */
    private static void killTheServerUnder(UnifiedJedis redis) throws Exception {
        redis.set("report", "常家镇 新增城镇就业 120人");
        ProcessHandle killed = ProcessHandle.of(serverPid(redis)).orElseThrow();

        killed.destroyForcibly();
        killed.onExit().get();

        assertThat(readOnceBack(redis, "report")).isEqualTo("常家镇 新增城镇就业 120人");
        assertThat(serverPid(redis)).isNotEqualTo(killed.pid());
    }

    /** The key's value as soon as the server answers again (within 10 s), or null. */
    private static String readOnceBack(UnifiedJedis redis, String key) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            try {
                return redis.get(key);
            } catch (RuntimeException stillDown) {
                Thread.sleep(100);
            }
        }
        return null;
    }

    @Test
    void aKilledServerComesBackOnTheSameUrlWithItsData() throws Exception {
        try (EmbeddedRedis embedded = EmbeddedRedis.start(data); UnifiedJedis redis = TestRedis.connect(embedded.url())) {
            killTheServerUnder(redis);

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

    /** The assistant's settings for the embedded server: no URL, Sentinel or Cluster. */
    private static cn.duban.assistant.config.AssistantProperties.Redis embeddedSettings() {
        return new cn.duban.assistant.config.AssistantProperties.Redis(null, null, java.util.List.of(), java.util.List.of(), null,
                Duration.ofSeconds(2), false);
    }

    /** The flags Redis shows for the connection a command goes over ({@code U}: a Unix socket). */
    private static String connectionFlags(UnifiedJedis client) {
        Object info = client.sendCommand(redis.clients.jedis.Protocol.Command.CLIENT, "INFO");
        String line = redis.clients.jedis.util.SafeEncoder.encode((byte[]) info);
        return java.util.Arrays.stream(line.strip().split(" ")).filter(field -> field.startsWith("flags="))
                .findFirst().orElseThrow().substring("flags=".length());
    }

    @Test
    void theAssistantTalksToItsServerThroughAUnixSocketOnlyItsUserMayOpen() throws Exception {
        try (EmbeddedRedis embedded = EmbeddedRedis.start(data);
             UnifiedJedis redis = RedisConnections.connect(embeddedSettings(), embedded.url(), embedded.socket().orElseThrow())) {
            Path socket = embedded.socket().orElseThrow();
            assertThat(socket).isEqualTo(data.toAbsolutePath().resolve("redis.sock"));
            assertThat(java.nio.file.Files.getPosixFilePermissions(socket)).containsExactlyInAnyOrder(
                    java.nio.file.attribute.PosixFilePermission.OWNER_READ, java.nio.file.attribute.PosixFilePermission.OWNER_WRITE,
                    java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE);

            redis.set("report", "常家镇 新增城镇就业 120人");

            assertThat(connectionFlags(redis)).contains("U");
            try (UnifiedJedis overTcp = TestRedis.connect(embedded.url())) {
                assertThat(overTcp.get("report")).isEqualTo("常家镇 新增城镇就业 120人");
                assertThat(connectionFlags(overTcp)).doesNotContain("U");
            }
        }
    }

    @Test
    void aServerKilledUnderASocketClientIsReachedAgainThroughTheSocket() throws Exception {
        try (EmbeddedRedis embedded = EmbeddedRedis.start(data);
             UnifiedJedis redis = RedisConnections.connect(embeddedSettings(), embedded.url(), embedded.socket().orElseThrow())) {
            killTheServerUnder(redis);

            assertThat(connectionFlags(redis)).contains("U");
        }
    }

    @Test
    void aFolderWhosePathIsTooLongForASocketIsServedOverTcp() throws Exception {
        Path deep = data.resolve("县政府督查室".repeat(4)).resolve("督办助手数据目录".repeat(3));
        try (EmbeddedRedis embedded = EmbeddedRedis.start(deep);
             UnifiedJedis redis = RedisConnections.connect(embeddedSettings(), embedded.url(), embedded.socket().orElse(null))) {
            assertThat(embedded.socket()).isEmpty();
            assertThat(java.nio.file.Files.exists(deep.resolve("redis.sock"))).isFalse();

            redis.set("report", "常家镇 新增城镇就业 120人");

            assertThat(redis.get("report")).isEqualTo("常家镇 新增城镇就业 120人");
            assertThat(connectionFlags(redis)).doesNotContain("U");
        }
    }

    @Test
    void aFolderWithSpacesAndQuotesInItsNameServesThroughItsSocketAndKeepsItsData() throws Exception {
        Path odd = data.resolve("my app").resolve("县 \"督查室\" 's data");
        try (EmbeddedRedis embedded = EmbeddedRedis.start(odd);
             UnifiedJedis redis = RedisConnections.connect(embeddedSettings(), embedded.url(), embedded.socket().orElseThrow())) {
            redis.set("report", "常家镇 新增城镇就业 120人");

            assertThat(connectionFlags(redis)).contains("U");
            java.util.List<?> dir = (java.util.List<?>) redis.sendCommand(Protocol.Command.CONFIG, "GET", "dir");
            assertThat(SafeEncoder.encode((byte[]) dir.get(1))).isEqualTo(odd.toAbsolutePath().toString());
        }
        try (EmbeddedRedis again = EmbeddedRedis.start(odd); UnifiedJedis redis = TestRedis.connect(again.url())) {
            assertThat(redis.get("report")).isEqualTo("常家镇 新增城镇就业 120人");
        }
    }
}
