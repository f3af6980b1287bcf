package cn.duban.assistant.channel.wecom;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one answer of a message callback, written by whoever gives it first: the callback's own thread, or the reply
 * budget's timer with an empty 200 while the answer is still being made. The request is put in asynchronous mode
 * (Servlet 6.0, 2.3.3.3) so that the timer may write and send the answer while the callback's thread still works;
 * the request completes when that thread is done ({@link #finish()}).
 */
final class CallbackReply implements PassiveAnswer {

    private static final Logger log = LoggerFactory.getLogger(CallbackReply.class);
    private static final String XML = "application/xml;charset=UTF-8";

    private final HttpServletResponse response;
    private final WeComApp wecom;
    private final String user;
    /** Null when the body was read asynchronously: that reader completes the request. */
    private final AsyncContext async;
    private final Thread callbackThread = Thread.currentThread();
    private boolean answered;

    /** The answer to {@code user}'s callback; call on the callback's thread, before the inbox starts. */
    CallbackReply(HttpServletRequest request, HttpServletResponse response, WeComApp wecom, String user) {
        this.response = response;
        this.wecom = wecom;
        this.user = user;
        this.async = request.isAsyncStarted() ? null : request.startAsync();
    }

    /**
     * Writes the passive reply (encrypted and signed) or an empty 200, unless an answer was given already. An empty
     * 200, and any answer from another thread, is sent at once.
     */
    @Override
    public synchronized void reply(String text) {
        if (!claim()) {
            return;
        }
        if (text == null) {
            write(HttpServletResponse.SC_OK, WeComCallbackServlet.PLAIN, "", true);
            return;
        }
        // from another thread the callback's thread is still busy: the answer goes out now, not when it is done
        write(HttpServletResponse.SC_OK, XML, wecom.crypt().encrypt(PassiveReply.textXml(user, wecom.corpId(), text)),
                Thread.currentThread() != callbackThread);
    }

    /** Answers 500 when the callback failed before any answer was given. */
    synchronized void failed() {
        if (claim()) {
            write(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, WeComCallbackServlet.PLAIN, "internal error", false);
        }
    }

    /** Whether this call gives the callback's one answer (the first to ask does). */
    private boolean claim() {
        if (answered) {
            return false;
        }
        answered = true;
        return true;
    }

    /** Writes the answer, sending it at once when {@code now}. */
    private void write(int status, String contentType, String body, boolean now) {
        try {
            WeComCallbackServlet.answer(response, status, contentType, body);
            if (now) {
                response.flushBuffer();
            }
        } catch (IOException | RuntimeException e) {
            log.debug("企业微信回调的应答未能送出: {}", e.toString());
        }
    }

    /** Ends the request once the callback's thread is done (after the timer's answer is written, if it wrote one). */
    synchronized void finish() {
        if (async != null) {
            async.complete();
        }
    }
}
