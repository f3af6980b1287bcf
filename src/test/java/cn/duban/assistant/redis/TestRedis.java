package cn.duban.assistant.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.duban.assistant.config.AssistantProperties;
import redis.clients.jedis.UnifiedJedis;

/**
 * One real redis-server for the tests of a JVM (the embedded binary, as the assistant runs it by default), emptied
 * by {@link #fresh()} before each test that needs a clean ledger.
 */
public final class TestRedis {

    private static EmbeddedRedis server;
    private static UnifiedJedis client;

    private TestRedis() {
    }

    public static synchronized UnifiedJedis fresh() {
        UnifiedJedis redis = client();
        redis.flushAll();
        return redis;
    }

    public static synchronized UnifiedJedis client() {
        if (server == null) {
            try {
                Path dir = Files.createTempDirectory("duban-test-redis");
                server = EmbeddedRedis.start(dir);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    deleteQuietly(dir);
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            client = connect(server.url());
        }
        return client;
    }

    /** Removes the server's data directory (its append-only file grows to megabytes over a test run). */
    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // the JVM is stopping; a directory left in the temp folder is harmless
        }
    }

    public static UnifiedJedis connect(String url) {
        return RedisConnections.connect(new AssistantProperties.Redis(url, null, java.util.List.of(), java.util.List.of(), null,
                java.time.Duration.ofSeconds(2), false), null);
    }

    public static String url() {
        client();
        return server.url();
    }
}
