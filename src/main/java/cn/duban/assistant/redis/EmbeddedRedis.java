package cn.duban.assistant.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import redis.embedded.RedisServer;

/**
 * A real redis-server (the binary shipped in the embedded-redis artifact) on a free loopback port, keeping its
 * append-only file under the data folder with {@code appendfsync always}: a report acknowledged to a user is on
 * disk before the reply goes out.
 */
public final class EmbeddedRedis implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedRedis.class);

    private final RedisServer server;
    private final int port;
    private final Path directory;

    private EmbeddedRedis(RedisServer server, int port, Path directory) {
        this.server = server;
        this.port = port;
        this.directory = directory;
    }

    public static EmbeddedRedis start(Path directory) {
        try {
            Files.createDirectories(directory);
            int port = freePort();
            RedisServer server = RedisServer.newRedisServer()
                    .port(port)
                    .setting("bind 127.0.0.1")
                    .setting("dir " + directory.toAbsolutePath())
                    .setting("appendonly yes")
                    .setting("appendfsync always")
                    .setting("save \"\"")
                    .setting("protected-mode yes")
                    .build();
            server.start();
            log.info("嵌入式 Redis 已启动: 127.0.0.1:{}, 数据目录 {}", port, directory.toAbsolutePath());
            return new EmbeddedRedis(server, port, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded redis-server in " + directory, e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
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

    public boolean isActive() {
        return server.isActive();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (IOException e) {
            log.warn("停止嵌入式 Redis 失败: {}", e.getMessage());
        }
    }
}
