package cn.duban.assistant.redis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.duban.assistant.config.StartupException;
import redis.embedded.RedisServer;

/**
 * One redis-server process: the binary and configuration file come from the embedded-redis library, the process is
 * ours, so that its pid is known at once, its end can be watched and its output is read for as long as it runs (a
 * full pipe would stop Redis). It runs in its data folder, {@code appendonly yes} with {@code appendfsync always}:
 * a report acknowledged to a user is on disk before the reply goes out.
 */
final class RedisProcess {

    private static final Logger log = LoggerFactory.getLogger(RedisProcess.class);
    static final String AOF = "appendonly.aof";

    private final Process process;
    private final Path directory;
    private final BufferedReader output;

    private RedisProcess(Process process, Path directory) {
        this.process = process;
        this.directory = directory;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /**
     * Starts redis-server on this loopback port, and on the Unix socket {@code socket} unless it is null (only this
     * user may connect to it), with its files in {@code directory}; see {@link #awaitReady()}.
     */
    static RedisProcess launch(Path directory, int port, Path socket) {
        try {
            List<String> command = RedisServer.newRedisServer().port(port)
                    .settingIf(socket != null, "unixsocket " + (socket == null ? "" : quoted(socket)))
                    .settingIf(socket != null, "unixsocketperm 700")
                    .setting("bind 127.0.0.1")
                    .setting("dir " + quoted(directory.toAbsolutePath()))
                    .setting("appendonly yes")
                    .setting("appendfilename " + AOF)
                    .setting("appendfsync always")
                    .setting("save \"\"")
                    .setting("protected-mode yes")
                    .buildCommandArgs();
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
            return new RedisProcess(process, directory);
        } catch (IOException e) {
            throw new StartupException("嵌入式 Redis 无法运行(" + e.getMessage() + ")",
                    "若临时文件夹不允许运行程序,请用 -Djava.io.tmpdir 指向允许的文件夹;也可用 assistant.redis.url 改用外部 Redis。", e);
        }
    }

    /**
     * A path as a double-quoted Redis configuration argument (backslash and double quote escaped), so that a folder
     * with spaces or quotes in its name is read as one argument (Redis's config.c, {@code sdssplitargs}).
     */
    static String quoted(Path path) {
        return '"' + path.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /**
     * Waits until Redis accepts connections, then keeps reading its output in the background.
     *
     * @throws StartupException when it stopped instead, naming a damaged append-only file and how to repair it
     */
    void awaitReady() {
        List<String> lines = new ArrayList<>();
        try {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                lines.add(line);
                if (line.contains("Ready to accept connections")) {
                    lines.forEach(RedisProcess::relay);
                    Thread reader = new Thread(this::logOutput, "redis-server-output-" + pid());
                    reader.setDaemon(true);
                    reader.start();
                    return;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw failure(lines);
    }

    private StartupException failure(List<String> lines) {
        String reason = lines.stream().filter(line -> line.contains(" # ")).reduce((first, last) -> last)
                .or(() -> lines.stream().reduce((first, last) -> last)).map(RedisProcess::message).orElse("没有输出");
        Path aof = directory.toAbsolutePath().resolve(AOF);
        if (reason.contains("append only file") || reason.contains("append-only file") || reason.contains("AOF")) {
            if (reason.startsWith("Can't open")) {
                return new StartupException("嵌入式 Redis 无法打开数据文件 " + aof + "(" + reason + ")",
                        "请检查该文件及所在文件夹的权限后重新启动。");
            }
            return new StartupException("Redis 数据文件已损坏: " + aof + "(Redis: " + reason.replaceFirst(": make a backup.*", "")
                    + "),嵌入式 Redis 无法启动",
                    "请先备份该文件,再用 Redis 自带的 redis-check-aof --fix " + aof + " 修复(助手不会自动修复),或从备份恢复;"
                            + "也可把它移出该文件夹后重新启动,但其中的台账将不再可用。");
        }
        return new StartupException("嵌入式 Redis 未能启动(" + reason + ")",
                "请按原因处理后重新启动,或用 assistant.redis.url 改用外部 Redis。");
    }

    /** The text of a Redis log line, without its pid, role and time: {@code 123:M 30 Nov 2026 12:00:00.000 # text}. */
    private static String message(String line) {
        int mark = line.indexOf(" # ");
        return (mark >= 0 ? line.substring(mark + 3) : line).strip();
    }

    /** Redis's warnings about its append-only file (a truncated end it dropped) are the operator's; the rest is detail. */
    private void logOutput() {
        try {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                relay(line);
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    private static void relay(String line) {
        if (line.contains(" # ") && (line.contains("AOF") || line.contains("append only"))) {
            log.warn("Redis: {}", message(line));
        } else {
            log.debug("Redis: {}", line);
        }
    }

    long pid() {
        return process.pid();
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    /** Stops the server as Redis expects (SIGTERM: it finishes writing), forcibly after 10 s. */
    void stop() {
        stop(process.toHandle());
    }

    /** Stops any process: SIGTERM, then SIGKILL if it is still there after 10 s. */
    static void stop(ProcessHandle handle) {
        handle.destroy();
        try {
            handle.onExit().get(10, TimeUnit.SECONDS);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // still running: killed below
        }
        handle.destroyForcibly();
        handle.onExit().join();
    }
}
