package cn.duban.assistant.benchmark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection that sends prepared requests and reads status, headers and body: a bare writer
 * and reader, so that the load generator's own work takes as little as possible of the cores it measures on.
 */
final class HttpConnection {

    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    HttpConnection(int port) {
        this.port = port;
    }

    /** Sends the request and returns the body of its 200 answer; IOException for any other status. */
    String exchange(byte[] request) throws IOException {
        if (socket == null) {
            socket = new Socket("127.0.0.1", port);
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream(), 8192);
            out = socket.getOutputStream();
        }
        out.write(request);
        out.flush();
        String status = line();
        int length = -1;
        boolean close = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(lower.substring(15).trim());
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            }
        }
        if (length < 0) {
            throw new IOException("answer without Content-Length: " + status);
        }
        String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        if (close) {
            close();
        }
        if (!status.startsWith("HTTP/1.1 200")) {
            throw new IOException("callback answered " + status + ": " + body);
        }
        return body;
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed by the service");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    /** Closes the connection; the next exchange opens a new one. */
    void close() throws IOException {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }
}
