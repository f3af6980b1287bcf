package cn.duban.assistant.channel.wecombot;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.http.HttpServlet;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;

import org.apache.catalina.LifecycleException;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.websocket.WsRemoteEndpointImplBase;
import org.apache.tomcat.websocket.server.WsSci;

/**
 * A local stand-in for WeChat Work's 智能机器人 long-connection server (doc 101463): a real WebSocket server on
 * loopback (embedded Tomcat) that speaks the JSON frame protocol ({@code aibot_subscribe}, {@code ping},
 * {@code aibot_respond_msg}, {@code aibot_send_msg}, media upload, callbacks), records every frame, and lets a test
 * push callbacks, lose heartbeats, fail sends, replace or drop connections.
 */
public final class FakeBotServer implements AutoCloseable {

    /** The bot id the fake accepts. */
    public static final String BOT_ID = "bot-test-1";
    /** The secret the fake accepts. */
    public static final String SECRET = "bot-secret";
    /** Longest reply or push content accepted, in UTF-8 bytes. */
    public static final int MAX_CONTENT_BYTES = 20480;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Tomcat tomcat = new Tomcat();
    private final File baseDir;
    private final Set<Conn> open = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Conn> live = new AtomicReference<>();
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final List<JsonNode> acceptedReplies = new CopyOnWriteArrayList<>();
    private final List<JsonNode> acceptedSends = new CopyOnWriteArrayList<>();
    private final Map<String, Upload> uploads = new ConcurrentHashMap<>();
    private final Map<String, byte[]> media = new ConcurrentHashMap<>();
    private final AtomicInteger subscriptions = new AtomicInteger();
    private final AtomicInteger replacements = new AtomicInteger();
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicInteger failingSends = new AtomicInteger();
    private volatile int failingErrcode;
    private volatile boolean answerPings = true;

    private FakeBotServer() {
        try {
            baseDir = Files.createTempDirectory("fake-bot-server").toFile();
            tomcat.setBaseDir(baseDir.getAbsolutePath());
            tomcat.setSilent(true);
            tomcat.setPort(0);
            tomcat.getConnector().setProperty("address", "127.0.0.1");
            StandardContext ctx = (StandardContext) tomcat.addContext("", baseDir.getAbsolutePath());
            ctx.setClearReferencesObjectStreamClassCaches(false); // no leak-protection warnings on stop
            ctx.setClearReferencesThreadLocals(false);
            ctx.setClearReferencesRmiTargets(false);
            ctx.addServletContainerInitializer(new WsSci(), null);
            Tomcat.addServlet(ctx, "default", new HttpServlet() { });
            ctx.addServletMappingDecoded("/", "default");
            tomcat.start();
            ServerContainer container = (ServerContainer) ctx.getServletContext()
                    .getAttribute("jakarta.websocket.server.ServerContainer");
            container.addEndpoint(ServerEndpointConfig.Builder.create(Conn.class, "/")
                    .configurator(new ServerEndpointConfig.Configurator() {
                        @Override
                        public <T> T getEndpointInstance(Class<T> endpointClass) {
                            return endpointClass.cast(new Conn());
                        }
                    }).build());
        } catch (Exception e) {
            throw new IllegalStateException("fake bot server did not start", e);
        }
    }

    /** Starts a fake for {@link #BOT_ID}/{@link #SECRET} on a random loopback port. */
    public static FakeBotServer started() {
        return new FakeBotServer();
    }

    /** The address clients connect to, {@code ws://127.0.0.1:<port>/}. */
    public String url() {
        return "ws://127.0.0.1:" + tomcat.getConnector().getLocalPort() + "/";
    }

    /** Successful subscribes so far. */
    public int subscriptions() {
        return subscriptions.get();
    }

    /** Sockets open now, authenticated or not. */
    public int openConnections() {
        return open.size();
    }

    /** {@code disconnected_event}s sent so far (a newer connection took over, or {@link #replaceLiveConnection}). */
    public int replacements() {
        return replacements.get();
    }

    /** Waits until at least {@code atLeast} subscribes have succeeded; AssertionError on timeout. */
    public void awaitSubscriptions(int atLeast, Duration timeout) {
        await(() -> subscriptions.get() >= atLeast, timeout, atLeast + " subscriptions (have " + subscriptions + ")");
    }

    /** Waits until no socket is open; AssertionError on timeout. */
    public void awaitNoConnection(Duration timeout) {
        await(open::isEmpty, timeout, "no open connection (have " + open.size() + ")");
    }

    // ---- callbacks the server pushes ----

    /** Sends a single-chat text message callback to the live connection; returns the req_id it used. */
    public String text(String userId, String msgId, String content) {
        ObjectNode body = message("single", null, userId, msgId, "text");
        body.putObject("text").put("content", content);
        return callback(newReqId(), body);
    }

    /** Sends a group text message callback; {@code content} goes as given, so include the mention ("@督办助手 …"). */
    public String groupText(String chatId, String userId, String msgId, String content) {
        ObjectNode body = message("group", chatId, userId, msgId, "text");
        body.putObject("text").put("content", content);
        return callback(newReqId(), body);
    }

    /** Sends a single-chat mixed message: one text item per {@code texts}, then one image item. */
    public String mixed(String userId, String msgId, String... texts) {
        ObjectNode body = message("single", null, userId, msgId, "mixed");
        var items = body.putObject("mixed").putArray("msg_item");
        for (String t : texts) {
            ObjectNode item = items.addObject().put("msgtype", "text");
            item.putObject("text").put("content", t);
        }
        ObjectNode image = items.addObject().put("msgtype", "image");
        image.putObject("image").put("url", "http://127.0.0.1/image/" + msgId).put("aeskey", "k");
        return callback(newReqId(), body);
    }

    /** Sends a single-chat image message whose (encrypted) file is at {@code url}, decrypted with {@code aesKey}. */
    public String image(String userId, String msgId, String url, String aesKey) {
        ObjectNode body = message("single", null, userId, msgId, "image");
        body.putObject("image").put("url", url).put("aeskey", aesKey);
        return callback(newReqId(), body);
    }

    /** Sends a single-chat mixed message: a text item, then an image item at {@code url}. */
    public String mixedWithImage(String userId, String msgId, String text, String url, String aesKey) {
        ObjectNode body = message("single", null, userId, msgId, "mixed");
        var items = body.putObject("mixed").putArray("msg_item");
        items.addObject().put("msgtype", "text").putObject("text").put("content", text);
        items.addObject().put("msgtype", "image").putObject("image").put("url", url).put("aeskey", aesKey);
        return callback(newReqId(), body);
    }

    /** Sends a single-chat voice message whose recognised text is {@code recognised}. */
    public String voice(String userId, String msgId, String recognised) {
        ObjectNode body = message("single", null, userId, msgId, "voice");
        body.putObject("voice").put("content", recognised);
        return callback(newReqId(), body);
    }

    /** Sends a single-chat image message. */
    public String image(String userId, String msgId) {
        ObjectNode body = message("single", null, userId, msgId, "image");
        body.putObject("image").put("url", "http://127.0.0.1/image/" + msgId).put("aeskey", "k");
        return callback(newReqId(), body);
    }

    /** Sends an {@code enter_chat} event callback (the user opened the single chat); returns its req_id. */
    public String enterChat(String userId) {
        ObjectNode body = JSON.createObjectNode()
                .put("msgid", "ev-" + ids.incrementAndGet())
                .put("create_time", now())
                .put("aibotid", BOT_ID);
        body.putObject("from").put("userid", userId);
        body.put("chattype", "single");
        body.putObject("event").put("eventtype", "enter_chat");
        String reqId = newReqId();
        send(liveConnection(), frame("aibot_event_callback", reqId, body));
        return reqId;
    }

    /** Sends a raw message callback with a chosen req_id (e.g. to resend one); returns {@code reqId}. */
    public String callback(String reqId, ObjectNode body) {
        send(liveConnection(), frame("aibot_msg_callback", reqId, body));
        return reqId;
    }

    // ---- what the client sent ----

    /** Accepted {@code aibot_respond_msg} and {@code aibot_respond_welcome_msg} frames for {@code reqId}, in order. */
    public List<JsonNode> replies(String reqId) {
        return acceptedReplies.stream().filter(f -> reqId.equals(reqIdOf(f))).toList();
    }

    /** Waits for at least {@code atLeast} accepted replies to {@code reqId}; AssertionError on timeout. */
    public List<JsonNode> awaitReplies(String reqId, int atLeast, Duration timeout) {
        await(() -> replies(reqId).size() >= atLeast, timeout, atLeast + " replies to " + reqId);
        return replies(reqId);
    }

    /** The text of a reply or push frame: {@code stream.content}, {@code markdown.content} or {@code text.content}. */
    public static String textOf(JsonNode frame) {
        return contentOf(frame.path("body"));
    }

    /** Accepted {@code aibot_send_msg} frames to {@code chatId}, in order. */
    public List<JsonNode> sends(String chatId) {
        return acceptedSends.stream().filter(f -> chatId.equals(f.path("body").path("chatid").asText())).toList();
    }

    /** Waits for at least {@code atLeast} accepted sends to {@code chatId}; AssertionError on timeout. */
    public List<JsonNode> awaitSends(String chatId, int atLeast, Duration timeout) {
        await(() -> sends(chatId).size() >= atLeast, timeout, atLeast + " sends to " + chatId);
        return sends(chatId);
    }

    /** Bytes of a finished upload, or null. */
    public byte[] uploaded(String mediaId) {
        byte[] bytes = media.get(mediaId);
        return bytes == null ? null : bytes.clone();
    }

    /** Every frame received with that cmd, in order, rejected ones included. */
    public List<JsonNode> framesFromClient(String cmd) {
        return received.stream().filter(f -> cmd.equals(f.path("cmd").asText())).toList();
    }

    // ---- faults ----

    /** false: pings get no ack (heartbeat loss); true: acked again. */
    public void answerPings(boolean answer) {
        answerPings = answer;
    }

    /** The next {@code times} {@code aibot_send_msg} frames are acked with {@code errcode} and not recorded as sent. */
    private final java.util.concurrent.atomic.AtomicInteger failingReplies = new java.util.concurrent.atomic.AtomicInteger();
    private volatile int failingReplyErrcode;

    public void failNextSends(int errcode, int times) {
        failingErrcode = errcode;
        failingSends.set(times);
    }

    /** The next {@code times} {@code aibot_respond_msg} frames are acked with {@code errcode} and not recorded. */
    public void failNextReplies(int errcode, int times) {
        failingReplyErrcode = errcode;
        failingReplies.set(times);
    }

    /** Sends {@code disconnected_event} to the live connection, then closes it (1000). */
    public void replaceLiveConnection() {
        Conn conn = liveConnection();
        live.compareAndSet(conn, null);
        kick(conn);
    }

    /** Closes every socket abruptly, without event or close frame, like a network loss. */
    public void dropAll() {
        live.set(null);
        for (Conn conn : open) {
            open.remove(conn);
            try {
                Field field = conn.session.getClass().getDeclaredField("wsRemoteEndpoint");
                field.setAccessible(true);
                ((WsRemoteEndpointImplBase) field.get(conn.session)).close();
            } catch (ReflectiveOperationException | RuntimeException e) {
                closeQuietly(conn, new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "dropped"));
            }
        }
    }

    /** Stops the server, closing every connection. */
    @Override
    public void close() {
        for (Conn conn : open) {
            closeQuietly(conn, new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "server stopped"));
        }
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- protocol ----

    private void handle(Conn conn, String text) {
        JsonNode frame;
        try {
            frame = JSON.readTree(text);
        } catch (IOException e) {
            return; // not JSON: ignored, as there is no req_id to answer
        }
        received.add(frame);
        String cmd = frame.path("cmd").asText();
        String reqId = reqIdOf(frame);
        JsonNode body = frame.path("body");
        if (cmd.equals("aibot_subscribe")) {
            subscribe(conn, reqId, body);
        } else if (cmd.equals("ping")) {
            if (answerPings) {
                ack(conn, reqId, 0, "ok", null);
            }
        } else if (!conn.subscribed) {
            ack(conn, reqId, 40001, "not subscribed", null);
        } else {
            switch (cmd) {
                case "aibot_respond_msg" -> {
                    if (failingReplies.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
                        ack(conn, reqId, failingReplyErrcode, "injected failure", null);
                    } else {
                        respond(conn, reqId, frame, acceptedReplies);
                    }
                }
                case "aibot_respond_welcome_msg" -> respond(conn, reqId, frame, acceptedReplies);
                case "aibot_send_msg" -> push(conn, reqId, frame);
                case "aibot_upload_media_init" -> uploadInit(conn, reqId, body);
                case "aibot_upload_media_chunk" -> uploadChunk(conn, reqId, body);
                case "aibot_upload_media_finish" -> uploadFinish(conn, reqId, body);
                default -> ack(conn, reqId, 40001, "unknown cmd " + cmd, null);
            }
        }
    }

    private void subscribe(Conn conn, String reqId, JsonNode body) {
        if (!BOT_ID.equals(body.path("bot_id").asText()) || !SECRET.equals(body.path("secret").asText())) {
            ack(conn, reqId, 40001, "invalid secret", null);
            return;
        }
        conn.subscribed = true;
        Conn previous = live.getAndSet(conn);
        subscriptions.incrementAndGet();
        ack(conn, reqId, 0, "ok", null);
        if (previous != null && previous != conn && previous.session.isOpen()) {
            kick(previous);
        }
    }

    private void kick(Conn conn) {
        ObjectNode body = JSON.createObjectNode()
                .put("msgid", "ev-" + ids.incrementAndGet())
                .put("create_time", now())
                .put("aibotid", BOT_ID);
        body.putObject("event").put("eventtype", "disconnected_event");
        replacements.incrementAndGet();
        try {
            send(conn, frame("aibot_event_callback", newReqId(), body));
        } catch (RuntimeException ignored) {
            // the old socket may be gone already; it is closed below either way
        }
        closeQuietly(conn, new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, "replaced by a new connection"));
    }

    private void respond(Conn conn, String reqId, JsonNode frame, List<JsonNode> accepted) {
        if (tooLong(frame.path("body"))) {
            ack(conn, reqId, 40058, "content exceed max length", null);
            return;
        }
        accepted.add(frame);
        ack(conn, reqId, 0, "ok", null);
    }

    private void push(Conn conn, String reqId, JsonNode frame) {
        if (failingSends.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
            ack(conn, reqId, failingErrcode, "injected failure", null);
            return;
        }
        JsonNode body = frame.path("body");
        if (body.path("msgtype").asText().equals("image")
                && !media.containsKey(body.path("image").path("media_id").asText())) {
            ack(conn, reqId, 40007, "invalid media_id", null);
            return;
        }
        respond(conn, reqId, frame, acceptedSends);
    }

    private void uploadInit(Conn conn, String reqId, JsonNode body) {
        int chunks = body.path("total_chunks").asInt();
        if (chunks <= 0) {
            ack(conn, reqId, 40009, "invalid total_chunks", null);
            return;
        }
        String uploadId = "up-" + ids.incrementAndGet();
        uploads.put(uploadId, new Upload(body.path("type").asText("file"), body.path("total_size").asLong(),
                body.path("md5").asText(), new byte[chunks][]));
        ack(conn, reqId, 0, "ok", JSON.createObjectNode().put("upload_id", uploadId));
    }

    private void uploadChunk(Conn conn, String reqId, JsonNode body) {
        Upload upload = uploads.get(body.path("upload_id").asText());
        int index = body.path("chunk_index").asInt(-1);
        if (upload == null || index < 0 || index >= upload.chunks.length) {
            ack(conn, reqId, 40009, "invalid upload_id or chunk_index", null);
            return;
        }
        try {
            upload.chunks[index] = Base64.getDecoder().decode(body.path("base64_data").asText());
        } catch (IllegalArgumentException e) {
            ack(conn, reqId, 40009, "invalid base64_data", null);
            return;
        }
        ack(conn, reqId, 0, "ok", null);
    }

    private void uploadFinish(Conn conn, String reqId, JsonNode body) {
        Upload upload = uploads.remove(body.path("upload_id").asText());
        byte[] bytes = upload == null ? null : upload.assembled();
        if (bytes == null || bytes.length != upload.totalSize || !md5(bytes).equalsIgnoreCase(upload.md5)) {
            ack(conn, reqId, 40009, "invalid media size or md5", null);
            return;
        }
        String mediaId = "media-" + ids.incrementAndGet();
        media.put(mediaId, bytes);
        ack(conn, reqId, 0, "ok", JSON.createObjectNode()
                .put("type", upload.type).put("media_id", mediaId).put("created_at", now()));
    }

    // ---- plumbing ----

    private void ack(Conn conn, String reqId, int errcode, String errmsg, ObjectNode body) {
        ObjectNode ack = JSON.createObjectNode();
        ack.putObject("headers").put("req_id", reqId);
        if (body != null) {
            ack.set("body", body);
        }
        ack.put("errcode", errcode).put("errmsg", errmsg);
        send(conn, ack);
    }

    private void send(Conn conn, ObjectNode frame) {
        synchronized (conn) {
            try {
                conn.session.getBasicRemote().sendText(frame.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Conn liveConnection() {
        Conn conn = live.get();
        if (conn == null || !conn.session.isOpen() || !open.contains(conn)) {
            throw new IllegalStateException("no live connection");
        }
        return conn;
    }

    private static ObjectNode frame(String cmd, String reqId, ObjectNode body) {
        ObjectNode frame = JSON.createObjectNode().put("cmd", cmd);
        frame.putObject("headers").put("req_id", reqId);
        frame.set("body", body);
        return frame;
    }

    private static ObjectNode message(String chatType, String chatId, String userId, String msgId, String msgType) {
        ObjectNode body = JSON.createObjectNode().put("msgid", msgId).put("aibotid", BOT_ID).put("chattype", chatType);
        if (chatId != null) {
            body.put("chatid", chatId);
        }
        body.putObject("from").put("userid", userId);
        body.put("create_time", now()).put("msgtype", msgType);
        return body;
    }

    private String newReqId() {
        return "req-" + ids.incrementAndGet();
    }

    private static String reqIdOf(JsonNode frame) {
        return frame.path("headers").path("req_id").asText();
    }

    private static String contentOf(JsonNode body) {
        for (String kind : List.of("stream", "markdown", "text")) {
            JsonNode content = body.path(kind).path("content");
            if (content.isTextual()) {
                return content.asText();
            }
        }
        return null;
    }

    private static boolean tooLong(JsonNode body) {
        String content = contentOf(body);
        return content != null && content.getBytes(StandardCharsets.UTF_8).length > MAX_CONTENT_BYTES;
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void closeQuietly(Conn conn, CloseReason reason) {
        try {
            conn.session.close(reason);
        } catch (IOException | RuntimeException ignored) {
            // already gone
        }
    }

    private static void await(BooleanSupplier condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }

    /** An upload in progress: chunks land by index, assembled at finish. */
    private record Upload(String type, long totalSize, String md5, byte[][] chunks) {
        byte[] assembled() {
            int length = 0;
            for (byte[] chunk : chunks) {
                if (chunk == null) {
                    return null;
                }
                length += chunk.length;
            }
            byte[] all = new byte[length];
            int at = 0;
            for (byte[] chunk : chunks) {
                System.arraycopy(chunk, 0, all, at, chunk.length);
                at += chunk.length;
            }
            return all;
        }
    }

    /** One client socket; the instance is the lock under which frames are sent on it. */
    private final class Conn extends Endpoint {
        private volatile Session session;
        private volatile boolean subscribed;

        @Override
        public void onOpen(Session session, EndpointConfig config) {
            this.session = session;
            session.setMaxTextMessageBufferSize(8 * 1024 * 1024);
            session.setMaxIdleTimeout(0);
            open.add(this);
            session.addMessageHandler(new MessageHandler.Whole<String>() {
                @Override
                public void onMessage(String text) {
                    handle(Conn.this, text);
                }
            });
        }

        @Override
        public void onClose(Session session, CloseReason closeReason) {
            gone();
        }

        @Override
        public void onError(Session session, Throwable error) {
            gone();
        }

        private void gone() {
            open.remove(this);
            live.compareAndSet(this, null);
        }
    }
}
