package cn.duban.assistant.channel.wecom;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for WeChat Work's API ({@code /cgi-bin/gettoken}, {@code /cgi-bin/message/send},
 * {@code /cgi-bin/media/upload}, {@code /cgi-bin/media/get} serving the files a test put there,
 * {@code /cgi-bin/auth/getuserinfo?access_token=…&code=…} answering {@code {"errcode":0,"userid":"…"}} for the codes a
 * test gave out with {@link #loginCode}) that records every
 * request. WxJava's real HTTP client talks to it; errors can be
 * queued for message/send (e.g. 42001 once).
 */
public final class FakeWeComApi implements AutoCloseable {

    /** A recorded request. */
    public record Request(String path, String query, String body) {
        public JsonNode json() {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final HttpServer server;
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final ConcurrentLinkedDeque<Integer> sendErrors = new ConcurrentLinkedDeque<>();
    private final AtomicInteger tokens = new AtomicInteger();
    private final java.util.Set<String> invalidUsers = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile Integer tokenError;
    private volatile String validToken;
    private volatile Duration sendDelay = Duration.ZERO;
    private volatile Duration mediaDelay = Duration.ZERO;
    private final AtomicInteger mediaServed = new AtomicInteger();
    private final Map<String, byte[]> media = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> loginCodes = new java.util.concurrent.ConcurrentHashMap<>();

    public FakeWeComApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/cgi-bin/gettoken", this::token);
        server.createContext("/cgi-bin/message/send", this::send);
        server.createContext("/cgi-bin/media/upload", this::upload);
        server.createContext("/cgi-bin/media/get", this::download);
        server.createContext("/cgi-bin/auth/getuserinfo", this::userOfCode);
        server.start();
    }

    /** A started fake, for static fields of test classes. */
    public static FakeWeComApi started() {
        try {
            return new FakeWeComApi();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next message/send calls answer these error codes, in order, before succeeding again. */
    public void failNextSends(Integer... errorCodes) {
        sendErrors.addAll(List.of(errorCodes));
    }

    /**
     * message/send to these members answers errcode 0 with {@code "invaliduser":"…"} (not in the app's 可见范围, or
     * left) and delivers nothing; none clears the list.
     */
    public void invalidUsers(String... users) {
        invalidUsers.clear();
        invalidUsers.addAll(List.of(users));
    }

    /** Each message/send answers only after this delay (a slow WeChat Work, so that sends overlap). */
    public void slowSends(Duration delay) {
        sendDelay = delay;
    }

    /** gettoken answers this error code from now on (null: a good token again). */
    public void failTokens(Integer errorCode) {
        tokenError = errorCode;
    }

    public List<Request> requests(String path) {
        synchronized (requests) {
            return requests.stream().filter(request -> request.path().equals(path)).toList();
        }
    }

    public int tokenRequests() {
        return requests("/cgi-bin/gettoken").size();
    }

    /** The message/send requests that were accepted, in order. */
    public List<Request> deliveredMessages() {
        synchronized (requests) {
            return requests.stream().filter(request -> request.path().equals("delivered")).toList();
        }
    }

    /** The messages delivered to this member, once there are at least {@code atLeast} of them (10 s at most). */
    public List<Request> awaitDelivered(String user, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            List<Request> delivered = deliveredMessages().stream()
                    .filter(request -> request.json().get("touser").asText().equals(user)).toList();
            if (delivered.size() >= atLeast) {
                return delivered;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("fewer than " + atLeast + " messages reached " + user);
    }

    private void token(HttpExchange exchange) throws IOException {
        record(exchange, "");
        Integer error = tokenError;
        if (error != null) {
            respond(exchange, "{\"errcode\":" + error + ",\"errmsg\":\"fake error " + error + "\"}");
            return;
        }
        validToken = "token-" + tokens.incrementAndGet();
        respond(exchange, "{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"" + validToken + "\",\"expires_in\":7200}");
    }

    private void send(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Request request = record(exchange, body);
        pause(sendDelay);
        Integer error = sendErrors.poll();
        String token = query(exchange.getRequestURI()).get("access_token");
        if (error == null && (token == null || !token.equals(validToken))) {
            error = 40014;
        }
        if (error != null) {
            respond(exchange, "{\"errcode\":" + error + ",\"errmsg\":\"fake error " + error + "\"}");
            return;
        }
        String to = request.json().path("touser").asText("");
        if (invalidUsers.contains(to)) {
            respond(exchange, "{\"errcode\":0,\"errmsg\":\"ok\",\"invaliduser\":\"" + to + "\",\"msgid\":\"\"}");
            return;
        }
        requests.add(new Request("delivered", request.query(), body));
        respond(exchange, "{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":\"m" + requests.size() + "\"}");
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void upload(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        record(exchange, "multipart " + body.length + " bytes");
        respond(exchange, "{\"errcode\":0,\"errmsg\":\"ok\",\"type\":\"image\",\"media_id\":\"media-" + requests.size()
                + "\",\"created_at\":\"1380000000\"}");
    }

    /** {@code /cgi-bin/media/get?media_id=…} serves these bytes (as a photo a member sent); others answer 40007. */
    public void serveMedia(String mediaId, byte[] bytes) {
        media.put(mediaId, bytes);
    }

    /** Each media/get answers only after this delay (a photo slow to download). */
    public void slowMedia(Duration delay) {
        mediaDelay = delay;
    }

    /** How many media/get requests were answered with the photo's bytes, to the end. */
    public int mediaServed() {
        return mediaServed.get();
    }

    private void download(HttpExchange exchange) throws IOException {
        record(exchange, "");
        pause(mediaDelay);
        Map<String, String> query = query(exchange.getRequestURI());
        byte[] bytes = media.get(query.getOrDefault("media_id", ""));
        String token = query.get("access_token");
        if (token == null || !token.equals(validToken)) {
            respond(exchange, "{\"errcode\":40014,\"errmsg\":\"invalid access_token\"}");
            return;
        }
        if (bytes == null) {
            respond(exchange, "{\"errcode\":40007,\"errmsg\":\"invalid media_id\"}");
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "image/png");
        exchange.getResponseHeaders().add("Content-disposition", "attachment; filename=\"" + query.get("media_id") + ".png\"");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
        mediaServed.incrementAndGet();
    }

    /**
     * A code WeChat Work would hand to the redirect URI of 网页授权 or 扫码登录 for this member; the first
     * {@code /cgi-bin/auth/getuserinfo} with it answers the UserID, later ones 40029 (a code is good once).
     */
    public String loginCode(String userId) {
        String code = "code-" + java.util.UUID.randomUUID();
        loginCodes.put(code, userId);
        return code;
    }

    private void userOfCode(HttpExchange exchange) throws IOException {
        record(exchange, "");
        Map<String, String> query = query(exchange.getRequestURI());
        String token = query.get("access_token");
        if (token == null || !token.equals(validToken)) {
            respond(exchange, "{\"errcode\":40014,\"errmsg\":\"invalid access_token\"}");
            return;
        }
        String userId = loginCodes.remove(query.getOrDefault("code", ""));
        respond(exchange, userId == null ? "{\"errcode\":40029,\"errmsg\":\"invalid code\"}"
                : "{\"errcode\":0,\"errmsg\":\"ok\",\"userid\":\"" + userId + "\"}");
    }

    private Request record(HttpExchange exchange, String body) {
        Request request = new Request(exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery(), body);
        requests.add(request);
        return request;
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new java.util.HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                values.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return values;
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
