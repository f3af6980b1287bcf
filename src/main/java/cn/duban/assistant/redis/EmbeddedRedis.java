package cn.duban.assistant.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.duban.assistant.config.StartupException;

/**
 * A real redis-server (the binary shipped in the embedded-redis artifact) on a free loopback port, keeping its
 * append-only file under the data folder ({@link RedisProcess}). It serves its folder alone: one left running by an
 * assistant killed with {@code kill -9} is stopped before a new one starts ({@code redis.pid}), and one that dies is
 * started again on the same port and folder, so that the connection pool reconnects without a restart.
 */
public final class EmbeddedRedis implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedRedis.class);
    private static final long RESTART_DELAY_MILLIS = 200;

    /** The Unix socket's file in the data folder. */
    static final String SOCKET = "redis.sock";
    /** The longest socket path Linux and macOS take ({@code sun_path} holds 108 and 104 bytes with its end). */
    private static final int LONGEST_SOCKET_PATH = 100;

    private final Path directory;
    private final int port;
    private final Path socket;
    private final ScheduledExecutorService watchdog;
    private final Thread shutdownHook = new Thread(this::close, "embedded-redis-stop");
    private RedisProcess server;
    private boolean closed;

    private EmbeddedRedis(Path directory, int port) {
        this.directory = directory;
        this.port = port;
        this.socket = socketIn(directory);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "embedded-redis-watchdog");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts redis-server in {@code directory}, after stopping one an earlier assistant left running there.
     *
     * @throws StartupException when the folder is in use by a running assistant, or Redis cannot start (a damaged
     *                          append-only file is named with its repair)
     */
    public static EmbeddedRedis start(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StartupException("嵌入式 Redis 无法建立文件夹 " + directory.toAbsolutePath() + "(" + e.getMessage() + ")",
                    "请让 assistant.data-dir 指向助手能写入的文件夹后重新启动。", e);
        }
        stopLeftOver(directory);
        EmbeddedRedis redis = new EmbeddedRedis(directory, freePort());
        synchronized (redis) {
            redis.launch();
        }
        Runtime.getRuntime().addShutdownHook(redis.shutdownHook);
        log.info("嵌入式 Redis 已启动: 127.0.0.1:{}{}, 数据目录 {}", redis.port,
                redis.socket == null ? "" : " 与 " + redis.socket, directory.toAbsolutePath());
        return redis;
    }

    /**
     * The address of the redis-server a running assistant serves this folder with, when there is one: a terminal
     * command ({@code push-daily}, {@code console}) beside the service uses it instead of refusing to start.
     */
    public static java.util.Optional<String> inUseBy(Path directory) {
        return RedisPidFile.read(directory.resolve(RedisPidFile.NAME))
                .filter(recorded -> recorded.port() > 0 && recorded.ownerAlive() && recorded.liveServer().isPresent())
                .map(recorded -> "redis://127.0.0.1:" + recorded.port());
    }

    /** Stops the redis-server of a killed assistant; refuses to start beside one a running assistant uses. */
    private static void stopLeftOver(Path directory) {
        RedisPidFile.read(directory.resolve(RedisPidFile.NAME)).ifPresent(recorded -> recorded.liveServer().ifPresent(server -> {
            if (recorded.ownerAlive()) {
                throw new StartupException("数据目录 " + directory.toAbsolutePath() + " 正由另一个运行中的督办助手(进程 "
                        + recorded.ownerPid() + ")使用", "同一数据目录只能运行一个助手:请先停止它,或给这个助手另设 assistant.data-dir;"
                        + "多个实例请共用一个外部 Redis(assistant.redis.url)。");
            }
            log.warn("数据目录 {} 中还有上次异常退出的助手留下的 redis-server(进程 {}),先停止它再启动新的",
                    directory.toAbsolutePath(), server.pid());
            RedisProcess.stop(server);
        }));
    }

    /** Starts the server, records it in {@code redis.pid} and watches for its end. Called holding this lock. */
    private void launch() {
        RedisProcess started = RedisProcess.launch(directory, port, socket);
        try {
            RedisPidFile.of(started.handle(), port).write(directory.resolve(RedisPidFile.NAME));
            started.awaitReady();
        } catch (RuntimeException e) {
            started.stop();
            throw e;
        }
        server = started;
        started.onExit().thenRun(() -> later(() -> restart(started, 1), RESTART_DELAY_MILLIS));
    }

    /** Starts the server again after it ended; a failed attempt is tried again later, waiting twice as long each time. */
    private synchronized void restart(RedisProcess ended, int attempt) {
        if (closed || server != ended || jvmStopping()) {
            return;
        }
        try {
            launch();
            log.warn("嵌入式 Redis(进程 {})意外退出,已在原端口 {} 用同一数据目录重新启动(进程 {})", ended.pid(), port, server.pid());
        } catch (RuntimeException e) {
            long seconds = Math.min(60, 1L << Math.min(attempt - 1, 6));
            log.error("嵌入式 Redis(进程 {})意外退出,重新启动失败,{} 秒后再试: {}", ended.pid(), seconds, e.getMessage());
            later(() -> restart(ended, attempt + 1), seconds * 1000);
        }
    }

    private void later(Runnable task, long millis) {
        try {
            watchdog.schedule(task, millis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // closed meanwhile: nothing to restart
        }
    }

    /** Whether the JVM is shutting down: no new redis-server may start then, it would outlive the JVM. */
    private static boolean jvmStopping() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    /** The Unix socket in the folder, or null when its path is too long for one. */
    private static Path socketIn(Path directory) {
        Path socket = directory.toAbsolutePath().resolve(SOCKET);
        return socket.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= LONGEST_SOCKET_PATH ? socket : null;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public Path directory() {
        return directory;
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    /**
     * The server's Unix socket, which costs both sides less CPU per command than loopback TCP; empty when the data
     * folder's path is too long for one (the server then listens on {@link #url()} alone).
     */
    public java.util.Optional<Path> socket() {
        return java.util.Optional.ofNullable(socket);
    }

    /** The running redis-server's process id. */
    public synchronized long pid() {
        return server.pid();
    }

    public synchronized boolean isActive() {
        return !closed && server.isAlive();
    }

    /** Stops the server (it finishes writing first) and the watchdog, and removes {@code redis.pid}. */
    @Override
    public void close() {
        RedisProcess last;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            last = server;
        }
        watchdog.shutdownNow();
        last.stop();
        try {
            Files.deleteIfExists(directory.resolve(RedisPidFile.NAME));
            if (Thread.currentThread() != shutdownHook) {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            }
        } catch (IOException | IllegalStateException e) {
            log.debug("嵌入式 Redis 停止后的清理未完成: {}", e.getMessage());
        }
    }
}
