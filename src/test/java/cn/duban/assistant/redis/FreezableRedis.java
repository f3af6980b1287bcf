package cn.duban.assistant.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;

/**
 * An embedded redis-server of a fault test's own, in a folder of its own, that the test freezes (SIGSTOP), thaws
 * (SIGCONT) and kills (SIGKILL; the embedded server's watchdog starts it again on the same port and folder).
 */
public final class FreezableRedis implements AutoCloseable {

    private final Path directory;
    private final EmbeddedRedis redis;
    private final RedisSignals signals;

    private FreezableRedis(Path directory) {
        this.directory = directory;
        this.redis = EmbeddedRedis.start(directory);
        this.signals = new RedisSignals(redis);
    }

    public static FreezableRedis start() {
        try {
            return new FreezableRedis(Files.createTempDirectory("duban-fault-redis"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return redis.url();
    }

    public void freeze() {
        signals.freeze();
    }

    public void thaw() {
        signals.thaw();
    }

    /** Kills redis-server; its watchdog starts it again a moment later. */
    public void kill() {
        signals.kill();
    }

    /** Thaws after the given time, on another thread. */
    public void thawAfter(Duration delay) {
        Thread thread = new Thread(() -> {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thaw();
        });
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        try {
            thaw();
        } catch (RuntimeException e) {
            // already gone
        }
        redis.close();
        try (var files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a folder left in the temp directory is harmless
        }
    }
}
