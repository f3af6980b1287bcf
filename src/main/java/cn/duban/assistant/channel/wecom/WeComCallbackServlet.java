package cn.duban.assistant.channel.wecom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /wecom/callback}: WeChat Work's URL verification (GET) and messages (POST). Every request is verified
 * (timestamp within the accepted skew, signature over the ciphertext, our CorpID inside it) before anything is read;
 * a bad one gets a one-line reason and changes nothing: 403 when it is not signed by WeChat Work for our corp (wrong
 * or missing signature, another CorpID) or is stamped outside the window, 400 when it is malformed (not XML, a DTD, no
 * ciphertext, garbage ciphertext), 413 when over 64 KB, 408 when its body is not there within the body timeout
 * ({@link CallbackBody} reads it without holding a thread). A plain servlet rather than a controller: this is the
 * one hot path, and the MVC dispatch cost more than the crypto.
 */
class WeComCallbackServlet extends HttpServlet {

    private static final Logger log = LoggerFactory.getLogger(WeComCallbackServlet.class);
    static final int MAX_BODY_BYTES = 64 * 1024;
    /** The content type of the callback's plain answers (empty 200s, errors). */
    static final String PLAIN = "text/plain;charset=UTF-8";

    private final transient ObjectProvider<WeComApp> app;
    private transient volatile WeComApp configured;
    private final transient CallbackWarnings warnings = new CallbackWarnings();
    private transient ScheduledExecutorService deadlines;

    WeComCallbackServlet(ObjectProvider<WeComApp> app) {
        this.app = app;
    }

    @Override
    public void init() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "wecom-body-deadline");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        deadlines = timer;
    }

    @Override
    public void destroy() {
        deadlines.shutdownNow();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        WeComApp wecom = configuredApp(response);
        if (wecom == null) {
            return;
        }
        Signature signature = Signature.of(request);
        String echostr = request.getParameter("echostr");
        if (signature == null || blank(echostr)) {
            answer(response, HttpServletResponse.SC_FORBIDDEN, PLAIN, "missing msg_signature, timestamp, nonce or echostr");
            return;
        }
        if (stale(wecom, signature, response)) {
            return;
        }
        try {
            signature.verify(wecom.crypt(), echostr);
            answer(response, HttpServletResponse.SC_OK, PLAIN, wecom.crypt().open(echostr));
        } catch (CorpCheckingCrypt.BadSignature | CorpCheckingCrypt.WrongCorp e) {
            answer(response, HttpServletResponse.SC_FORBIDDEN, PLAIN, e.getMessage());
        } catch (CorpCheckingCrypt.Undecryptable e) {
            warnings.undecryptable(e);
            answer(response, HttpServletResponse.SC_BAD_REQUEST, PLAIN, "echostr cannot be decrypted");
        }
    }

    /** Checks the declared length, then reads the body without blocking; {@link #answerMessage} goes on from there. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        WeComApp wecom = configuredApp(response);
        if (wecom == null) {
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            answer(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, PLAIN, "body over 64 KB");
            return;
        }
        CallbackBody.read(request, response, MAX_BODY_BYTES, wecom.bodyTimeout(), deadlines,
                body -> answerMessage(wecom, request, response, body));
    }

    private void answerMessage(WeComApp wecom, HttpServletRequest request, HttpServletResponse response, byte[] body)
            throws IOException {
        Signature signature = Signature.of(request);
        if (signature == null) {
            answer(response, HttpServletResponse.SC_FORBIDDEN, PLAIN, "missing msg_signature, timestamp or nonce");
            return;
        }
        if (stale(wecom, signature, response)) {
            return;
        }
        CallbackMessage message;
        try {
            CallbackEnvelope envelope = CallbackEnvelope.parse(body);
            signature.verify(wecom.crypt(), envelope.encrypt());
            message = CallbackMessage.parse(wecom.crypt().open(envelope.encrypt()));
        } catch (CallbackXml.Malformed e) {
            answer(response, HttpServletResponse.SC_BAD_REQUEST, PLAIN, "malformed callback: " + e.getMessage());
            return;
        } catch (CorpCheckingCrypt.BadSignature | CorpCheckingCrypt.WrongCorp e) {
            log.warn("拒绝企业微信回调: {}", e.getMessage());
            answer(response, HttpServletResponse.SC_FORBIDDEN, PLAIN, e.getMessage());
            return;
        } catch (CorpCheckingCrypt.Undecryptable e) {
            warnings.undecryptable(e);
            answer(response, HttpServletResponse.SC_BAD_REQUEST, PLAIN, "ciphertext cannot be decrypted");
            return;
        }
        if (blank(message.fromUser()) || blank(message.msgType())) {
            answer(response, HttpServletResponse.SC_BAD_REQUEST, PLAIN, "message without FromUserName or MsgType");
            return;
        }
        CallbackReply reply = new CallbackReply(request, response, wecom, message.fromUser());
        try {
            wecom.inbox().receive(message, reply);
        } catch (RuntimeException e) {
            log.error("处理企业微信回调失败", e);
            reply.failed();
        } finally {
            reply.finish();
        }
    }

    /** Whether the callback's timestamp is outside the window, after answering 403. */
    private boolean stale(WeComApp wecom, Signature signature, HttpServletResponse response) throws IOException {
        if (wecom.window().accepts(signature.timestamp())) {
            return false;
        }
        warnings.stale(signature.timestamp(), wecom.window().maxSkew());
        answer(response, HttpServletResponse.SC_FORBIDDEN, PLAIN, "timestamp is outside the accepted window");
        return true;
    }

    /** The app, or null after answering 503 when WeChat Work is not configured. */
    private WeComApp configuredApp(HttpServletResponse response) throws IOException {
        WeComApp known = configured;
        if (known == null) {
            known = app.getIfAvailable();
            configured = known;
        }
        if (known == null) {
            answer(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, PLAIN, "wecom is not configured");
        }
        return known;
    }

    /** The query parameters WeChat Work signs every callback with. */
    private record Signature(String signature, String timestamp, String nonce) {

        /** The request's signature parameters, or null when one is missing. */
        static Signature of(HttpServletRequest request) {
            Signature found = new Signature(request.getParameter("msg_signature"), request.getParameter("timestamp"),
                    request.getParameter("nonce"));
            return blank(found.signature) || blank(found.timestamp) || blank(found.nonce) ? null : found;
        }

        void verify(CorpCheckingCrypt crypt, String encrypted) {
            crypt.verify(signature, timestamp, nonce, encrypted);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static void answer(HttpServletResponse response, int status, String contentType, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
