package cn.duban.assistant.channel.wecombot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket to WeChat Work (the JDK's {@link java.net.http.WebSocket}): sends frames one at a time, matches
 * acknowledgements to requests by req_id, hands every other frame to its {@link Events}, and reports its end once.
 */
final class BotConnection implements WebSocket.Listener {

    private static final Logger log = LoggerFactory.getLogger(BotConnection.class);

    /** What the connection reports. Called on the socket's thread: return quickly. */
    interface Events {
        /** A callback or event frame arrived. */
        void received(BotConnection connection, BotFrame frame);

        /** The connection ended (closed by either side, or failed); reported once. */
        void ended(BotConnection connection, String reason);
    }

    private final Events events;
    private final Duration ackTimeout;
    private final Map<String, CompletableFuture<BotFrame>> pending = new ConcurrentHashMap<>();
    private final StringBuilder partial = new StringBuilder();
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile WebSocket socket;

    private BotConnection(Events events, Duration ackTimeout) {
        this.events = events;
        this.ackTimeout = ackTimeout;
    }

    /**
     * Opens a connection; its requests wait {@code ackTimeout} for an acknowledgement.
     *
     * @throws java.util.concurrent.CompletionException when it cannot be opened within {@code timeout}
     */
    static BotConnection open(HttpClient http, URI url, Events events, Duration timeout, Duration ackTimeout) {
        BotConnection connection = new BotConnection(events, ackTimeout);
        connection.socket = http.newWebSocketBuilder().connectTimeout(timeout).buildAsync(url, connection)
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).join();
        return connection;
    }

    /**
     * Sends a request and waits for its acknowledgement.
     *
     * @return the acknowledgement (check its errcode)
     * @throws BotException when it cannot be sent, the connection ends, or no acknowledgement comes in time
     */
    BotFrame request(BotFrame frame) {
        try {
            return requestAsync(frame).get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof java.util.concurrent.TimeoutException
                    ? new BotException(frame.cmd() + " 超过 " + ackTimeout.toSeconds() + " 秒没有回执")
                    : new BotException(e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BotException("interrupted");
        }
    }

    /**
     * Sends a request; the future completes with its acknowledgement, or fails when the connection ends or none
     * comes within the acknowledgement timeout.
     *
     * @throws BotException when it cannot be sent
     */
    CompletableFuture<BotFrame> requestAsync(BotFrame frame) {
        CompletableFuture<BotFrame> ack = new CompletableFuture<>();
        if (pending.putIfAbsent(frame.reqId(), ack) != null) {
            throw new BotException("req_id " + frame.reqId() + " 的上一个请求还在等回执");
        }
        ack.whenComplete((done, failure) -> pending.remove(frame.reqId(), ack));
        try {
            send(frame);
        } catch (BotException e) {
            ack.completeExceptionally(e);
            throw e;
        }
        return ack.orTimeout(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends a frame without waiting for an acknowledgement (a ping). */
    void send(BotFrame frame) {
        WebSocket ws = socket;
        if (ws == null || ended.get()) {
            throw new BotException("连接已断开");
        }
        synchronized (this) {
            try {
                ws.sendText(frame.json(), true).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                abort("发送失败: " + e);
                throw new BotException("发送失败: " + e.getMessage());
            }
        }
    }

    /** Closes the connection at once (a dead heartbeat, a lost lease, shutdown); reports the end. */
    void abort(String reason) {
        WebSocket ws = socket;
        if (ws != null) {
            ws.abort();
        }
        end(reason);
    }

    /** Closes the connection politely (a close frame, then the socket), as at shutdown. */
    void close() {
        WebSocket ws = socket;
        if (ws != null && !ended.get()) {
            try {
                ws.sendClose(WebSocket.NORMAL_CLOSURE, "shutdown").get(1, TimeUnit.SECONDS);
            } catch (Exception e) {
                log.debug("关闭帧未能发出: {}", e.toString());
            }
        }
        abort("本服务停止");
    }

    boolean isOpen() {
        return !ended.get();
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            dispatch(text);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        end("企业微信关闭了连接: " + statusCode + (reason == null || reason.isEmpty() ? "" : " " + reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        end("连接出错: " + error);
    }

    private void dispatch(String text) {
        BotFrame frame;
        try {
            frame = BotFrame.parse(text);
        } catch (IllegalArgumentException e) {
            log.warn("智能机器人长连接收到无法解析的帧({}),已忽略", e.getMessage());
            return;
        }
        if (frame.isAck()) {
            CompletableFuture<BotFrame> ack = pending.get(frame.reqId());
            if (ack != null) {
                ack.complete(frame);
            }
            return;
        }
        events.received(this, frame);
    }

    private void end(String reason) {
        if (ended.compareAndSet(false, true)) {
            pending.values().forEach(ack -> ack.completeExceptionally(new BotException("连接已断开: " + reason)));
            events.ended(this, reason);
        }
    }
}
