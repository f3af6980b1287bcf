package cn.duban.assistant.channel.wecom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code /wecom/callback}: WeChat Work's URL verification (GET) and messages (POST). Every request is verified
 * (signature over the ciphertext, our CorpID inside it) before anything is read; a bad one gets 400, 403 or 413
 * with a one-line reason and changes nothing.
 */
@RestController
@RequestMapping("/wecom/callback")
class WeComCallbackController {

    private static final Logger log = LoggerFactory.getLogger(WeComCallbackController.class);
    static final int MAX_BODY_BYTES = 64 * 1024;

    private final ObjectProvider<WeComApp> app;

    WeComCallbackController(ObjectProvider<WeComApp> app) {
        this.app = app;
    }

    @GetMapping(produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> verify(@RequestParam(name = "msg_signature", required = false) String signature,
                                  @RequestParam(required = false) String timestamp,
                                  @RequestParam(required = false) String nonce,
                                  @RequestParam(required = false) String echostr) {
        WeComApp wecom = app.getIfAvailable();
        if (wecom == null) {
            return plain(HttpStatus.SERVICE_UNAVAILABLE, "wecom is not configured");
        }
        if (blank(signature) || blank(timestamp) || blank(nonce) || blank(echostr)) {
            return plain(HttpStatus.BAD_REQUEST, "missing msg_signature, timestamp, nonce or echostr");
        }
        try {
            wecom.crypt().verify(signature, timestamp, nonce, echostr);
            return plain(HttpStatus.OK, wecom.crypt().open(echostr));
        } catch (CorpCheckingCrypt.BadSignature | CorpCheckingCrypt.WrongCorp e) {
            return plain(HttpStatus.FORBIDDEN, e.getMessage());
        } catch (CorpCheckingCrypt.Undecryptable e) {
            return plain(HttpStatus.BAD_REQUEST, "echostr cannot be decrypted");
        }
    }

    @PostMapping(produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> receive(@RequestParam(name = "msg_signature", required = false) String signature,
                                   @RequestParam(required = false) String timestamp,
                                   @RequestParam(required = false) String nonce,
                                   HttpServletRequest request) throws IOException {
        WeComApp wecom = app.getIfAvailable();
        if (wecom == null) {
            return plain(HttpStatus.SERVICE_UNAVAILABLE, "wecom is not configured");
        }
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            return plain(HttpStatus.PAYLOAD_TOO_LARGE, "body over 64 KB");
        }
        byte[] body = readAtMost(request.getInputStream(), MAX_BODY_BYTES);
        if (body == null) {
            return plain(HttpStatus.PAYLOAD_TOO_LARGE, "body over 64 KB");
        }
        if (blank(signature) || blank(timestamp) || blank(nonce)) {
            return plain(HttpStatus.BAD_REQUEST, "missing msg_signature, timestamp or nonce");
        }
        CallbackMessage message;
        try {
            CallbackEnvelope envelope = CallbackEnvelope.parse(body);
            wecom.crypt().verify(signature, timestamp, nonce, envelope.encrypt());
            message = CallbackMessage.parse(wecom.crypt().open(envelope.encrypt()));
        } catch (CallbackEnvelope.Malformed e) {
            return plain(HttpStatus.BAD_REQUEST, "malformed callback: " + e.getMessage());
        } catch (CorpCheckingCrypt.BadSignature | CorpCheckingCrypt.WrongCorp e) {
            log.warn("拒绝企业微信回调: {}", e.getMessage());
            return plain(HttpStatus.FORBIDDEN, e.getMessage());
        } catch (CorpCheckingCrypt.Undecryptable e) {
            return plain(HttpStatus.BAD_REQUEST, "ciphertext cannot be decrypted");
        } catch (RuntimeException e) {
            return plain(HttpStatus.BAD_REQUEST, "decrypted message is not a WeChat Work message");
        }
        if (blank(message.fromUser()) || blank(message.msgType())) {
            return plain(HttpStatus.BAD_REQUEST, "message without FromUserName or MsgType");
        }
        String reply = wecom.inbox().receive(message);
        if (reply == null) {
            return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("");
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .body(wecom.crypt().encrypt(PassiveReply.textXml(message.fromUser(), wecom.corpId(), reply)));
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] body = in.readNBytes(limit + 1);
        return body.length > limit ? null : body;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static ResponseEntity<String> plain(HttpStatus status, String text) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8)).body(text);
    }
}
