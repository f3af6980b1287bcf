package cn.duban.assistant.channel.wecom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Reads a POST callback's body without holding a server thread while the client is slow: a body that came whole
 * with the headers is taken at once; otherwise Servlet non-blocking IO collects the bytes as they arrive, and a
 * deadline counted from when the service starts reading (right after the headers, unless every request thread is
 * busy) ends the request with 408 and a closed connection when the whole body has not come by then. A body over the
 * limit ends it with 413 as soon as the limit is passed. WeChat Work sends a callback (a few KB) at once, so only a
 * slow or hostile client ever meets the deadline; a few hundred of them cost a connection each, not a thread each.
 */
final class CallbackBody implements ReadListener {

    /** What is done with a whole body, on a server thread; the request is complete when it returns. */
    interface Handler {
        void handle(byte[] body) throws IOException;
    }

    private static final Logger log = LoggerFactory.getLogger(CallbackBody.class);

    private final AsyncContext async;
    private final ServletInputStream in;
    private final HttpServletResponse response;
    private final int limit;
    private final Handler handler;
    private final ByteArrayOutputStream body;
    private final byte[] chunk = new byte[8192];
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile ScheduledFuture<?> deadline;

    private CallbackBody(HttpServletRequest request, HttpServletResponse response, int limit, Handler handler,
                         byte[] first, int firstLength) throws IOException {
        this.async = request.startAsync();
        this.in = request.getInputStream();
        this.response = response;
        this.limit = limit;
        this.handler = handler;
        long declared = request.getContentLengthLong();
        this.body = new ByteArrayOutputStream(declared > 0 && declared <= limit ? (int) declared : 4096);
        body.write(first, 0, firstLength);
    }

    /**
     * Reads the request's body (at most {@code limit} bytes, within {@code timeout}) and gives it to the handler. When
     * the whole declared body came with the headers — as WeChat Work sends it — it is taken from the server's buffer
     * at once, on this thread; otherwise what has come is kept, this returns, and the rest is collected as it arrives.
     */
    static void read(HttpServletRequest request, HttpServletResponse response, int limit, Duration timeout,
                     ScheduledExecutorService timer, Handler handler) throws IOException {
        long declared = request.getContentLengthLong();
        byte[] first = new byte[declared >= 0 && declared <= limit ? (int) declared : 0];
        int got = 0;
        if (declared >= 0 && declared <= limit) {
            ServletInputStream in = request.getInputStream();
            // available(): bytes the server holds already, so none of these reads waits on the client
            while (got < first.length && in.available() > 0) {
                int read = in.read(first, got, first.length - got);
                if (read < 0) {
                    break;
                }
                got += read;
            }
            if (got == first.length) {
                handle(handler, first, response);
                return;
            }
        }
        CallbackBody reader = new CallbackBody(request, response, limit, handler, first, got);
        reader.async.setTimeout(0);
        reader.deadline = timer.schedule(reader::expire, timeout.toMillis(), TimeUnit.MILLISECONDS);
        reader.in.setReadListener(reader);
    }

    @Override
    public void onDataAvailable() throws IOException {
        while (!ended.get() && !in.isFinished() && in.isReady()) {
            int read = in.read(chunk);
            if (read < 0) {
                return;
            }
            body.write(chunk, 0, read);
            if (body.size() > limit) {
                if (end()) {
                    close(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "body over " + limit / 1024 + " KB");
                }
                return;
            }
        }
    }

    @Override
    public void onAllDataRead() {
        if (!end()) {
            return;
        }
        try {
            handle(handler, body.toByteArray(), response);
        } finally {
            async.complete();
        }
    }

    /** Gives the handler the body; a failure is logged and, while nothing is sent, answered 500. */
    private static void handle(Handler handler, byte[] body, HttpServletResponse response) {
        try {
            handler.handle(body);
        } catch (IOException e) {
            log.debug("企业微信回调的应答未能送出: {}", e.toString());
        } catch (RuntimeException e) {
            log.error("处理企业微信回调失败", e);
            if (!response.isCommitted()) {
                answerQuietly(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "internal error");
            }
        }
    }

    @Override
    public void onError(Throwable failure) {
        if (end()) {
            log.debug("读取企业微信回调的正文失败: {}", failure.toString());
            async.complete();
        }
    }

    /** The deadline passed before the whole body came. */
    private void expire() {
        if (end()) {
            close(HttpServletResponse.SC_REQUEST_TIMEOUT, "body not received within the body timeout");
        }
    }

    /** Whether this call ends the request (only the first of data, deadline, limit and error does). */
    private boolean end() {
        if (!ended.compareAndSet(false, true)) {
            return false;
        }
        ScheduledFuture<?> pending = deadline;
        if (pending != null) {
            pending.cancel(false);
        }
        return true;
    }

    /** Answers and closes the connection, whose unread rest is not worth waiting for. */
    private void close(int status, String reason) {
        response.setHeader("Connection", "close");
        answerQuietly(response, status, reason);
        async.complete();
    }

    private static void answerQuietly(HttpServletResponse response, int status, String reason) {
        try {
            WeComCallbackServlet.answer(response, status, WeComCallbackServlet.PLAIN, reason);
        } catch (IOException | RuntimeException e) {
            log.debug("企业微信回调的应答未能送出: {}", e.toString());
        }
    }
}
