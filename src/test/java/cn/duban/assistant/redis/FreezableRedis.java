package cn.duban.assistant.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;

import redis.clients.jedis.Jedis;
import redis.embedded.RedisServer;

/**
 * A real redis-server of its own (the embedded binary, AOF with {@code appendfsync always}, as the assistant runs it)
 * that a fault test can freeze (SIGSTOP), thaw (SIGCONT), kill (SIGKILL) and start again on the same port and folder.
 */
public final class FreezableRedis implements AutoCloseable {

    private final Path directory;
    private final int port;
    private RedisServer server;
    private long pid;

    private FreezableRedis(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    public static FreezableRedis start() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            FreezableRedis process = new FreezableRedis(Files.createTempDirectory("duban-fault-redis"), socket.getLocalPort());
            socket.close();
            process.startServer();
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts redis-server again on the same port and folder (after {@link #kill()}); it reloads its AOF. */
    public void startServer() {
        try {
            server = RedisServer.newRedisServer().port(port).setting("bind 127.0.0.1")
                    .setting("dir " + directory.toAbsolutePath()).setting("appendonly yes")
                    .setting("appendfsync always").setting("save \"\"").build();
            server.start();
            try (Jedis jedis = new Jedis("127.0.0.1", port)) {
                String info = jedis.info("server");
                pid = Long.parseLong(info.lines().filter(line -> line.startsWith("process_id:")).findFirst()
                        .orElseThrow().substring("process_id:".length()).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** SIGSTOP: the server keeps its connections but answers nothing, as a stalled disk or a paused VM does. */
    public void freeze() {
        signal("STOP");
    }

    /** SIGCONT: the server goes on, running what it received meanwhile. */
    public void thaw() {
        signal("CONT");
    }

    /** SIGKILL: gone at once, with what it had written to its AOF. */
    public void kill() {
        signal("KILL");
        ProcessHandle.of(pid).ifPresent(handle -> handle.onExit().orTimeout(5, java.util.concurrent.TimeUnit.SECONDS).join());
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

    private void signal(String name) {
        try {
            int exit = new ProcessBuilder("kill", "-" + name, Long.toString(pid)).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kill -" + name + " " + pid + " exited " + exit);
            }
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
        try (var files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a folder left in the temp directory is harmless
        }
    }
}
