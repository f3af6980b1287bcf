package cn.duban.assistant.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import cn.duban.assistant.config.StartupException;
import redis.clients.jedis.UnifiedJedis;
import redis.embedded.RedisServer;
import redis.embedded.core.RedisServerBuilder;

/** The persistence check of an external Redis against real redis-servers, also where CONFIG is switched off. */
@ExtendWith(OutputCaptureExtension.class)
class RedisDurabilityTest {

    @TempDir
    Path dir;

    private interface WithRedis {
        void run(UnifiedJedis redis) throws Exception;
    }

    private void withRedis(RedisServerBuilder settings, WithRedis test) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        RedisServer server = settings.port(port).setting("bind 127.0.0.1").setting("dir " + dir.toAbsolutePath())
                .setting("save \"\"").build();
        server.start();
        try (UnifiedJedis redis = TestRedis.connect("redis://127.0.0.1:" + port)) {
            test.run(redis);
        } finally {
            server.stop();
        }
    }

    @Test
    void everySecondIsAWeakerWarning(CapturedOutput output) throws Exception {
        withRedis(RedisServer.newRedisServer().setting("appendonly yes").setting("appendfsync everysec"), redis -> {
            RedisDurability.of(redis).check(true);

            assertThat(output.getAll()).contains("appendfsync everysec", "1 秒", "appendfsync always").doesNotContain("appendonly no");
        });
    }

    @Test
    void withConfigSwitchedOffInfoTellsThatAppendOnlyIsOff(CapturedOutput output) throws Exception {
        withRedis(RedisServer.newRedisServer().setting("appendonly no").setting("rename-command CONFIG \"\""), redis -> {
            RedisDurability.of(redis).check(false);

            assertThat(output.getAll()).contains("appendonly no", "已确认的上报");
            assertThatThrownBy(() -> RedisDurability.of(redis).check(true)).isInstanceOf(StartupException.class)
                    .hasMessageContaining("appendonly no");
        });
    }

    @Test
    void whenNothingCanBeReadItSaysDurabilityWasNotChecked(CapturedOutput output) throws Exception {
        withRedis(RedisServer.newRedisServer().setting("appendonly yes").setting("rename-command CONFIG \"\"")
                .setting("rename-command INFO \"\""), redis -> {
            RedisDurability.of(redis).check(false);

            assertThat(output.getAll()).contains("无法检查外部 Redis 是否开启持久化", "appendonly yes");
            assertThatThrownBy(() -> RedisDurability.of(redis).check(true)).isInstanceOfSatisfying(StartupException.class,
                    e -> assertThat(e.fix()).contains("assistant.redis.require-durable"));
        });
    }
}
