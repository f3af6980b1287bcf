package cn.duban.assistant.redis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code redis.pid} in the embedded Redis's folder: which redis-server serves the folder and which JVM started it,
 * each with its start time, so that a pid reused by an unrelated process is never taken for either.
 *
 * @param pid          the redis-server
 * @param started      when it started (ms since the epoch), 0 when unknown
 * @param ownerPid     the assistant that started it
 * @param ownerStarted when that assistant started, 0 when unknown
 * @param port         the loopback port it listens on, 0 when unknown (a file of an older version)
 */
record RedisPidFile(long pid, long started, long ownerPid, long ownerStarted, int port) {

    static final String NAME = "redis.pid";
    /** Start times read by two JVMs may differ by rounding; a reused pid starts much later. */
    private static final long SAME_START_MILLIS = 1000;

    /** The record for a redis-server this JVM has just started. */
    static RedisPidFile of(ProcessHandle server, int port) {
        ProcessHandle owner = ProcessHandle.current();
        return new RedisPidFile(server.pid(), startOf(server), owner.pid(), startOf(owner), port);
    }

    /** The record in {@code file}; empty when there is none or it cannot be read (it is rewritten at start). */
    static Optional<RedisPidFile> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties values = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(reader);
            return Optional.of(new RedisPidFile(Long.parseLong(values.getProperty("pid")),
                    Long.parseLong(values.getProperty("started", "0")), Long.parseLong(values.getProperty("owner", "0")),
                    Long.parseLong(values.getProperty("owner-started", "0")),
                    Integer.parseInt(values.getProperty("port", "0"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Writes the record to {@code file}, replacing the previous one in one step. */
    void write(Path file) {
        Properties values = new Properties();
        values.setProperty("pid", Long.toString(pid));
        values.setProperty("started", Long.toString(started));
        values.setProperty("owner", Long.toString(ownerPid));
        values.setProperty("owner-started", Long.toString(ownerStarted));
        values.setProperty("port", Integer.toString(port));
        try {
            Path next = file.resolveSibling(NAME + ".new");
            try (Writer writer = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
                values.store(writer, "embedded redis-server of the assistant; removed when it stops");
            }
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The recorded redis-server, when it is still running: the same pid, start time and program. */
    Optional<ProcessHandle> liveServer() {
        return ProcessHandle.of(pid).filter(handle -> sameStart(handle, started))
                .filter(handle -> handle.info().command().map(command -> command.contains("redis-server")).orElse(true));
    }

    /** Whether the assistant that started the redis-server is still running. */
    boolean ownerAlive() {
        return ProcessHandle.of(ownerPid).filter(handle -> sameStart(handle, ownerStarted)).isPresent();
    }

    private static boolean sameStart(ProcessHandle handle, long recorded) {
        if (!handle.isAlive()) {
            return false;
        }
        long start = startOf(handle);
        return recorded == 0 || start == 0 || Math.abs(start - recorded) < SAME_START_MILLIS;
    }

    private static long startOf(ProcessHandle handle) {
        return handle.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }
}
