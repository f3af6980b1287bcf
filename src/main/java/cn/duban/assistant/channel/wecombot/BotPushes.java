package cn.duban.assistant.channel.wecombot;

import java.util.Arrays;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Proactive messages on a connection ({@code aibot_send_msg}, doc 101463 主动推送消息): markdown to a member (chatid =
 * userid) or a group chat, and an image after uploading it as temporary media in chunks of at most 512 KB
 * ({@code aibot_upload_media_init}, {@code …_chunk}, {@code …_finish}). Each waits for WeChat Work's acknowledgement.
 */
final class BotPushes {

    private static final Logger log = LoggerFactory.getLogger(BotPushes.class);
    private static final int CHUNK_BYTES = 512 * 1024;

    private BotPushes() {
    }

    /** Sends markdown of at most 20,480 bytes; returns whether WeChat Work accepted it. */
    static boolean markdown(BotConnection connection, String chat, String content) {
        ObjectNode body = BotFrame.object().put("chatid", chat).put("msgtype", "markdown");
        body.putObject("markdown").put("content", content);
        return accepted(connection, body);
    }

    /** Uploads a PNG and sends it as an image; returns whether WeChat Work accepted both. */
    static boolean image(BotConnection connection, String chat, byte[] png) {
        try {
            int chunks = Math.max(1, (png.length + CHUNK_BYTES - 1) / CHUNK_BYTES);
            ObjectNode init = BotFrame.object().put("type", "image").put("filename", "chart.png")
                    .put("total_size", png.length).put("total_chunks", chunks).put("md5", BotInbox.md5(png));
            BotFrame started = connection.request(BotFrame.request(BotFrame.UPLOAD_INIT,
                    BotFrame.newReqId(BotFrame.UPLOAD_INIT), init));
            String upload = started.body().path("upload_id").asText("");
            if (started.errcode() != 0 || upload.isEmpty()) {
                return refused("upload init", started);
            }
            for (int i = 0; i < chunks; i++) {
                byte[] chunk = Arrays.copyOfRange(png, i * CHUNK_BYTES, Math.min(png.length, (i + 1) * CHUNK_BYTES));
                BotFrame sent = connection.request(BotFrame.request(BotFrame.UPLOAD_CHUNK,
                        BotFrame.newReqId(BotFrame.UPLOAD_CHUNK), BotFrame.object().put("upload_id", upload)
                                .put("chunk_index", i).put("base64_data", Base64.getEncoder().encodeToString(chunk))));
                if (sent.errcode() != 0) {
                    return refused("upload chunk", sent);
                }
            }
            BotFrame finished = connection.request(BotFrame.request(BotFrame.UPLOAD_FINISH,
                    BotFrame.newReqId(BotFrame.UPLOAD_FINISH), BotFrame.object().put("upload_id", upload)));
            String media = finished.body().path("media_id").asText("");
            if (finished.errcode() != 0 || media.isEmpty()) {
                return refused("upload finish", finished);
            }
            ObjectNode body = BotFrame.object().put("chatid", chat).put("msgtype", "image");
            body.putObject("image").put("media_id", media);
            return accepted(connection, body);
        } catch (BotException e) {
            log.warn("智能机器人图片未能发出: {}", e.getMessage());
            return false;
        }
    }

    private static boolean accepted(BotConnection connection, ObjectNode body) {
        try {
            BotFrame ack = connection.request(BotFrame.request(BotFrame.SEND, BotFrame.newReqId(BotFrame.SEND), body));
            return ack.errcode() == 0 || refused("send", ack);
        } catch (BotException e) {
            log.warn("智能机器人消息未能发出: {}", e.getMessage());
            return false;
        }
    }

    private static boolean refused(String step, BotFrame ack) {
        log.warn("智能机器人 {} 被拒绝: errcode {} {}", step, ack.errcode(), ack.errmsg());
        return false;
    }
}
