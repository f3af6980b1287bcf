package cn.duban.assistant.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.modeler.Registry;
import org.apache.tomcat.websocket.server.WsSci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.http.HttpServlet;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;

/**
 * WeChat Work's side of the 智能机器人 long connection as far as {@code benchmark-wecom-bot} needs it: a WebSocket
 * server on loopback (embedded Tomcat) that accepts {@code aibot_subscribe} for one bot id and secret, acknowledges
 * {@code ping}, {@code aibot_respond_msg} and {@code aibot_send_msg} frames, writes the callbacks it is given, and
 * tells its listener of every {@code aibot_respond_msg} with the time it arrived.
 */
final class BotServer implements AutoCloseable {

    /** What the benchmark hears of a reply. Called on the socket's thread: return quickly. */
    interface Listener {
        /** An {@code aibot_respond_msg} for {@code reqId} arrived at {@code nanos} ({@link System#nanoTime()}). */
        void replied(String reqId, String content, long nanos);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String botId;
    private final String secret;
    private final Tomcat tomcat;
    private final CountDownLatch subscribed = new CountDownLatch(1);
    private final AtomicInteger pushes = new AtomicInteger();
    private final Object writing = new Object();
    private volatile Listener listener = (reqId, content, nanos) -> { };
    private volatile Session live;

    /** Starts the server on a free loopback port, accepting {@code botId} with {@code secret}. */
    BotServer(String botId, String secret) throws IOException, LifecycleException {
        this.botId = botId;
        this.secret = secret;
        Registry.disableRegistry(); // as the service's own Tomcat does, which would warn if this one had started it
        tomcat = new Tomcat();
        Path base = Files.createTempDirectory("duban-bot-server");
        base.toFile().deleteOnExit();
        tomcat.setBaseDir(base.toString());
        tomcat.setSilent(true);
        tomcat.setPort(0);
        tomcat.getConnector().setProperty("address", "127.0.0.1");
        Context context = tomcat.addContext("", base.toString());
        context.addServletContainerInitializer(new WsSci(), null);
        Tomcat.addServlet(context, "default", new HttpServlet() { });
        context.addServletMappingDecoded("/", "default");
        tomcat.start();
        ServerContainer container = (ServerContainer) context.getServletContext()
                .getAttribute("jakarta.websocket.server.ServerContainer");
        try {
            container.addEndpoint(ServerEndpointConfig.Builder.create(Connection.class, "/")
                    .configurator(new ServerEndpointConfig.Configurator() {
                        @Override
                        public <T> T getEndpointInstance(Class<T> endpointClass) {
                            return endpointClass.cast(new Connection());
                        }
                    }).build());
        } catch (jakarta.websocket.DeploymentException e) {
            throw new IllegalStateException("the benchmark's bot server did not start", e);
        }
    }

    /** The address the service connects to, {@code ws://127.0.0.1:<port>/}. */
    String url() {
        return "ws://127.0.0.1:" + tomcat.getConnector().getLocalPort() + "/";
    }

    /** Whether the service subscribed within {@code timeout}. */
    boolean awaitSubscribed(Duration timeout) throws InterruptedException {
        return subscribed.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Who hears of the replies from now on. */
    void listen(Listener listener) {
        this.listener = listener;
    }

    /** {@code aibot_send_msg} frames acknowledged so far (the rest of answers longer than one reply). */
    int pushes() {
        return pushes.get();
    }

    /** Writes a frame to the subscribed connection. */
    void send(String frame) throws IOException {
        Session session = live;
        if (session == null || !session.isOpen()) {
            throw new IOException("the service is not connected");
        }
        write(session, frame);
    }

    private void handle(Session session, String text) throws IOException {
        long arrived = System.nanoTime();
        JsonNode frame = JSON.readTree(text);
        String reqId = frame.path("headers").path("req_id").asText();
        switch (frame.path("cmd").asText()) {
            case "aibot_subscribe" -> {
                JsonNode body = frame.path("body");
                boolean valid = botId.equals(body.path("bot_id").asText()) && secret.equals(body.path("secret").asText());
                if (valid) {
                    live = session;
                }
                ack(session, reqId, valid ? 0 : 40001, valid ? "ok" : "invalid secret");
                if (valid) {
                    subscribed.countDown();
                }
            }
            case "ping" -> ack(session, reqId, 0, "ok");
            case "aibot_respond_msg" -> {
                listener.replied(reqId, frame.path("body").path("stream").path("content").asText(""), arrived);
                ack(session, reqId, 0, "ok");
            }
            case "aibot_send_msg" -> {
                pushes.incrementAndGet();
                ack(session, reqId, 0, "ok");
            }
            default -> ack(session, reqId, 40001, "not supported by the benchmark");
        }
    }

    private void ack(Session session, String reqId, int errcode, String errmsg) throws IOException {
        ObjectNode ack = JSON.createObjectNode();
        ack.putObject("headers").put("req_id", reqId);
        ack.put("errcode", errcode).put("errmsg", errmsg);
        write(session, ack.toString());
    }

    /** Tomcat's blocking sender takes one message at a time, so writers (callbacks, acknowledgements) take turns. */
    private void write(Session session, String text) throws IOException {
        synchronized (writing) {
            session.getBasicRemote().sendText(text);
        }
    }

    /** Stops the server, closing the connection. */
    @Override
    public void close() throws LifecycleException {
        tomcat.stop();
        tomcat.destroy();
    }

    /** One socket from the service. */
    private final class Connection extends Endpoint {
        @Override
        public void onOpen(Session session, EndpointConfig config) {
            session.setMaxTextMessageBufferSize(8 * 1024 * 1024);
            session.setMaxIdleTimeout(0);
            session.addMessageHandler(new MessageHandler.Whole<String>() {
                @Override
                public void onMessage(String text) {
                    try {
                        handle(session, text);
                    } catch (IOException | RuntimeException e) {
                        System.err.println("bot server: " + e);
                    }
                }
            });
        }
    }
}
