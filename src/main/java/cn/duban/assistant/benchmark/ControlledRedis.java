package cn.duban.assistant.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import redis.clients.jedis.Jedis;
import redis.embedded.RedisServer;

/**
 * A redis-server of the fault benchmark's own (the embedded binary, AOF with {@code appendfsync always}, as the
 * assistant runs it), which the benchmark kills ({@code kill -9}), starts again on the same port and folder, and
 * freezes ({@code kill -STOP}, then {@code -CONT}). Linux and macOS.
 */
final class ControlledRedis implements AutoCloseable {

    private final Path directory;
    private final int port;
    private RedisServer server;
    private volatile long pid;

    ControlledRedis(Path directory) {
        this.directory = directory;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            this.port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    /** Starts redis-server on the port and folder; it loads what its append-only file holds. */
    void start() {
        try {
            server = RedisServer.newRedisServer().port(port).setting("bind 127.0.0.1")
                    .setting("dir " + directory.toAbsolutePath()).setting("appendonly yes")
                    .setting("appendfsync always").setting("save \"\"").build();
            server.start();
            try (Jedis jedis = new Jedis("127.0.0.1", port)) {
                pid = Long.parseLong(jedis.info("server").lines().filter(line -> line.startsWith("process_id:"))
                        .findFirst().orElseThrow().substring("process_id:".length()).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    void kill() {
        signal("KILL");
        ProcessHandle.of(pid).ifPresent(handle -> handle.onExit().orTimeout(10, TimeUnit.SECONDS).join());
    }

    void freeze() {
        signal("STOP");
    }

    void thaw() {
        signal("CONT");
    }

    private void signal(String name) {
        try {
            new ProcessBuilder("kill", "-" + name, Long.toString(pid)).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            thaw();
            server.stop();
        } catch (IOException | RuntimeException e) {
            // already gone
        }
    }
}
