package cn.duban.assistant.redis;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;

import org.newsclub.net.unix.AFUNIXSocket;
import org.newsclub.net.unix.AFUNIXSocketAddress;

import redis.clients.jedis.JedisSocketFactory;
import redis.clients.jedis.exceptions.JedisConnectionException;

/**
 * Connections to a redis-server's Unix socket (junixsocket; the JDK's own Unix channels have no blocking read with a
 * timeout, which Jedis needs). Used for the embedded server: a command costs its round trip on both sides less CPU
 * than over loopback TCP.
 */
final class UnixSocketFactory implements JedisSocketFactory {

    private final Path socket;
    private final int timeoutMillis;

    /** Connects to {@code socket}, waiting at most {@code timeoutMillis} to connect and for each reply. */
    UnixSocketFactory(Path socket, int timeoutMillis) {
        this.socket = socket;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public Socket createSocket() {
        AFUNIXSocket connection = null;
        try {
            connection = AFUNIXSocket.newInstance();
            connection.connect(AFUNIXSocketAddress.of(socket), timeoutMillis);
            connection.setSoTimeout(timeoutMillis);
            return connection;
        } catch (IOException e) {
            closeQuietly(connection);
            throw new JedisConnectionException("Failed to connect to " + socket, e);
        }
    }

    private static void closeQuietly(Socket socket) {
        if (socket == null) {
            return;
        }
        try {
            socket.close();
        } catch (IOException e) {
            // nothing more to release
        }
    }

    @Override
    public String toString() {
        return "unix:" + socket;
    }
}
