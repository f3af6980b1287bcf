package cn.duban.assistant.channel.wecombot;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.duban.assistant.channel.wecom.TextSplitter;

/**
 * Sends the assistant's answer to a bot callback: one finished stream reply echoing the callback's req_id (at most
 * 20,480 bytes of content, doc 101463); a longer answer continues in order through {@code aibot_send_msg} to the same
 * chat, and a chart goes with the stream's final frame. A refused or unacknowledged reply goes through the
 * {@link BotOutbox} as pushes instead.
 */
final class BotAnswers {

    /** The most content bytes of one reply or push (doc 101463). */
    static final int CONTENT_BYTES = 20_480;
    private static final Logger log = LoggerFactory.getLogger(BotAnswers.class);

    private final BotOutbox outbox;

    /** @param outbox where an answer goes when its reply was refused or not acknowledged */
    BotAnswers(BotOutbox outbox) {
        this.outbox = outbox;
    }

    /** Sends an answer to a callback: the stream reply on its req_id, then the rest and the chart as pushes. */
    void respond(BotConnection connection, String reqId, String chat, String text, byte[] image) {
        List<String> pieces = TextSplitter.split(text, CONTENT_BYTES);
        ObjectNode first = BotFrame.object().put("msgtype", "stream");
        ObjectNode stream = first.putObject("stream").put("id", BotFrame.newReqId("stream")).put("finish", true)
                .put("content", pieces.isEmpty() ? "" : pieces.get(0));
        if (image != null && pieces.size() <= 1) {
            ObjectNode item = stream.putArray("msg_item").addObject().put("msgtype", "image");
            item.putObject("image").put("base64", Base64.getEncoder().encodeToString(image)).put("md5", md5(image));
        }
        if (!answer(connection, BotFrame.request(BotFrame.RESPOND, reqId, first))) {
            byOutbox(chat, pieces, image);
            return;
        }
        if (pushRest(connection, chat, pieces) && image != null && pieces.size() > 1) {
            BotPushes.image(connection, chat, image);
        }
    }

    /**
     * The reply was refused or not acknowledged (the connection may have ended): the answer goes as pushes through
     * the outbox, served by whichever connection is up within its wait, so that a recorded report is never left
     * unconfirmed.
     */
    private void byOutbox(String chat, List<String> pieces, byte[] image) {
        log.warn("智能机器人回复未成功,改为推送给 {}", chat);
        for (String piece : pieces) {
            if (!outbox.markdown(chat, piece)) {
                log.error("发给 {} 的回复未能送达(回复与推送都失败)", chat);
                return;
            }
        }
        if (image != null) {
            outbox.image(chat, image);
        }
    }

    /** Pushes the pieces after the first, in order; returns whether all went out. */
    static boolean pushRest(BotConnection connection, String chat, List<String> pieces) {
        for (String piece : pieces.subList(Math.min(1, pieces.size()), pieces.size())) {
            if (BotPushes.markdown(connection, chat, piece) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Sends a reply frame; returns whether WeChat Work acknowledged it with errcode 0. */
    static boolean answer(BotConnection connection, BotFrame frame) {
        try {
            BotFrame ack = connection.request(frame);
            if (ack.errcode() != 0) {
                log.warn("智能机器人回复被拒绝: errcode {} {}", ack.errcode(), ack.errmsg());
                return false;
            }
            return true;
        } catch (BotException e) {
            log.warn("智能机器人回复未能送出: {}", e.getMessage());
            return false;
        }
    }

    /** The lower-case hex MD5 of the bytes, as the image and upload frames carry it. */
    static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing", e);
        }
    }
}
