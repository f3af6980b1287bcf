package cn.duban.assistant.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * WeChat Work's API as far as the fault benchmark needs it: {@code gettoken} and {@code message/send}, keeping each
 * member's messages in the order they arrive, for the reporter waiting for an answer that came later.
 */
final class MessageSink implements AutoCloseable {

    private final HttpServer server;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, BlockingQueue<String>> inboxes = new ConcurrentHashMap<>();

    MessageSink() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/cgi-bin/gettoken", exchange ->
                respond(exchange, "{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"fault-benchmark\",\"expires_in\":7200}"));
        server.createContext("/cgi-bin/message/send", this::send);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next text message/send delivered to this member, waiting at most {@code seconds}; null if none came. */
    String next(String user, int seconds) throws InterruptedException {
        return inbox(user).poll(seconds, TimeUnit.SECONDS);
    }

    private BlockingQueue<String> inbox(String user) {
        return inboxes.computeIfAbsent(user, any -> new LinkedBlockingQueue<>());
    }

    private void send(HttpExchange exchange) throws IOException {
        JsonNode message = json.readTree(exchange.getRequestBody().readAllBytes());
        if (message.has("text")) {
            inbox(message.get("touser").asText()).add(message.get("text").get("content").asText());
        }
        respond(exchange, "{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":\"sink\"}");
    }

    private static void respond(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
