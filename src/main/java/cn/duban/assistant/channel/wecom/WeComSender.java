package cn.duban.assistant.channel.wecom;

import java.time.Duration;
import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.bean.message.WxCpMessage;
import me.chanjar.weixin.cp.bean.message.WxCpMessageSendResult;
import me.chanjar.weixin.cp.bean.messagebuilder.BaseBuilder;
import redis.clients.jedis.UnifiedJedis;

/**
 * Sends text to a member through {@code message/send}: split into ordered pieces of at most 2,048 bytes, at most
 * {@code messagesPerMinute} a minute to one member (counted in Redis across instances), 45009 retried with backoff
 * (WxJava itself retries -1 with the same backoff and refreshes the token once on 40014/42001), 60020 explained
 * to the operator. An errcode-0 answer that names recipients as invalid ({@code invaliduser} and the like) is a
 * failure for them: each message goes to one recipient, so that recipient did not get it.
 */
public class WeComSender {

    private static final Logger log = LoggerFactory.getLogger(WeComSender.class);
    static final int RATE_LIMITED = 45009;
    static final int DUPLICATE_CHECK_SECONDS = 4 * 3600;
    static final int UNTRUSTED_IP = 60020;

    private final WxCpService service;
    private final UnifiedJedis redis;
    private final int agentId;
    private final Duration retrySleep;
    private final int maxRetries;
    private final int messagesPerMinute;
    private final Clock clock;

    public WeComSender(WxCpService service, UnifiedJedis redis, int agentId, Duration retrySleep, int maxRetries,
                       int messagesPerMinute, Clock clock) {
        this.clock = clock;
        this.service = service;
        this.redis = redis;
        this.agentId = agentId;
        this.retrySleep = retrySleep;
        this.maxRetries = maxRetries;
        this.messagesPerMinute = messagesPerMinute;
    }

    /** Sends the text in order; returns whether every piece was accepted. */
    public boolean sendText(String userId, String text) {
        return sendText(userId, text, false);
    }

    /**
     * Sends the text in order, optionally with WeChat Work's duplicate check (an identical message to the same member
     * within four hours is dropped by WeChat Work: a second guard for digests).
     */
    public boolean sendText(String userId, String text, boolean duplicateCheck) {
        List<String> pieces = TextSplitter.split(text, TextSplitter.WECOM_TEXT_BYTES);
        for (String piece : pieces) {
            if (!withinRate(userId)) {
                log.warn("本分钟发给 {} 的消息已达 {} 条,其余不再发送(企业微信会丢弃超出的消息)", userId, messagesPerMinute);
                return false;
            }
            WxCpMessage message = addressed(WxCpMessage.TEXT().agentId(agentId).content(piece), userId).build();
            if (!send(withDuplicateCheck(message, duplicateCheck))) {
                return false;
            }
        }
        return true;
    }

    /** Sends one message, retrying 45009 with backoff; returns whether WeChat Work accepted it. */
    public boolean send(WxCpMessage message) {
        return attempt(message) == Sent.YES;
    }

    /** Whether a message went out: yes; not now but perhaps later (WeChat Work or Redis unreachable); no. */
    enum Sent {
        YES, LATER, NO
    }

    /**
     * Sends one piece of text of at most 2,048 bytes, telling a failure that may pass (WeChat Work or Redis
     * unreachable, busy, the member's rate used up) from one that will not (an unknown member, an untrusted IP).
     */
    Sent sendPiece(String userId, String piece) {
        if (!withinRate(userId)) {
            return Sent.LATER;
        }
        return attempt(addressed(WxCpMessage.TEXT().agentId(agentId).content(piece), userId).build());
    }

    private Sent attempt(WxCpMessage message) {
        for (int attempt = 0; ; attempt++) {
            try {
                String refused = refusedRecipients(service.getMessageService().send(message));
                if (refused != null) {
                    log.error("企业微信未把消息发给 {}(message/send 返回 errcode 0 但列为无效接收人)。请在企业微信管理后台 → 应用管理 → "
                            + "本应用 → 可见范围 中确认其在内,并确认其未离职、账号已激活;下次运行会补发。", refused);
                    return Sent.NO;
                }
                return Sent.YES;
            } catch (WxErrorException e) {
                int code = e.getError().getErrorCode();
                if (code == RATE_LIMITED && attempt < maxRetries) {
                    pause(attempt);
                    continue;
                }
                report(code, e.getError().getErrorMsg(), message.getToUser());
                return code == RATE_LIMITED || code == -1 ? Sent.LATER : Sent.NO;
            } catch (RuntimeException e) {
                log.error("企业微信接口调用失败(发给 {}): {}", message.getToUser(), e.getMessage());
                return Sent.LATER;
            }
        }
    }

    /**
     * The recipients an errcode-0 answer of message/send names as invalid ({@code invaliduser}, {@code invalidparty},
     * {@code invalidtag}): they did not get the message. Null when there are none.
     */
    static String refusedRecipients(WxCpMessageSendResult result) {
        if (result == null) {
            return null;
        }
        List<String> refused = new java.util.ArrayList<>();
        named(result.getInvalidUser(), "", refused);
        named(result.getInvalidParty(), "party:", refused);
        named(result.getInvalidTag(), "tag:", refused);
        return refused.isEmpty() ? null : String.join(", ", refused);
    }

    private static void named(String ids, String prefix, List<String> into) {
        if (ids != null) {
            for (String id : ids.split("\\|")) {
                if (!id.isBlank()) {
                    into.add(prefix + id.trim());
                }
            }
        }
    }

    /** Uploads a PNG (media/upload) and sends it as an image message; returns whether WeChat Work accepted both. */
    public boolean sendImage(String recipient, byte[] png, boolean duplicateCheck) {
        if (!withinRate(recipient)) {
            log.warn("本分钟发给 {} 的消息已达 {} 条,图片不再发送", recipient, messagesPerMinute);
            return false;
        }
        String mediaId;
        try {
            mediaId = service.getMediaService().upload("image", "png", new java.io.ByteArrayInputStream(png)).getMediaId();
        } catch (WxErrorException e) {
            report(e.getError().getErrorCode(), e.getError().getErrorMsg(), recipient);
            return false;
        } catch (java.io.IOException | RuntimeException e) {
            log.error("上传图片失败(发给 {}): {}", recipient, e.getMessage());
            return false;
        }
        WxCpMessage message = addressed(WxCpMessage.IMAGE().agentId(agentId).mediaId(mediaId), recipient).build();
        return send(withDuplicateCheck(message, duplicateCheck));
    }

    private static WxCpMessage withDuplicateCheck(WxCpMessage message, boolean duplicateCheck) {
        if (duplicateCheck) {
            message.setEnableDuplicateCheck(true);
            message.setDuplicateCheckInterval(DUPLICATE_CHECK_SECONDS);
        }
        return message;
    }

    /** A member by UserID, or a whole department ({@code party:ID}) or tag ({@code tag:ID}). */
    private static <T extends BaseBuilder<T>> T addressed(T builder, String recipient) {
        if (recipient.startsWith("party:")) {
            return builder.toParty(recipient.substring("party:".length()));
        }
        if (recipient.startsWith("tag:")) {
            return builder.toTag(recipient.substring("tag:".length()));
        }
        return builder.toUser(recipient);
    }

    static void report(int code, String message, String to) {
        if (code == UNTRUSTED_IP) {
            log.error("企业微信拒绝了本服务器的IP(60020)。请在企业微信管理后台 → 应用管理 → 本应用 → 企业可信IP 中加入本服务器的出口IP。errmsg={}", message);
        } else {
            log.error("企业微信接口返回错误(发给 {}): errcode={}, errmsg={}", to, code, message);
        }
    }

    private void pause(int attempt) {
        try {
            Thread.sleep(retrySleep.toMillis() << attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean withinRate(String userId) {
        try {
            String key = "duban:wecom:rate:" + userId + ":" + clock.instant().getEpochSecond() / 60;
            long count = redis.incr(key);
            if (count == 1) {
                redis.expire(key, 120);
            }
            return count <= messagesPerMinute;
        } catch (RuntimeException e) {
            log.warn("无法计数发给 {} 的消息: {}", userId, e.getMessage());
            return true;
        }
    }
}
