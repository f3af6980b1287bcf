package cn.duban.assistant.channel.wecombot;

import java.util.Arrays;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Proactive messages on a connection ({@code aibot_send_msg}, doc 101463 主动推送消息): markdown to a member (chatid =
 * userid) or a group chat, and an image after uploading it as temporary media in chunks of at most 512 KB
 * ({@code aibot_upload_media_init}, {@code …_chunk}, {@code …_finish}). Each waits for WeChat Work's acknowledgement;
 * a refused or unacknowledged send is tried twice more (after 1 s and 2 s) while the connection lasts. The result is
 * WeChat Work's errcode: 0 accepted, {@link #NOT_SENT} when no acknowledgement came.
 */
final class BotPushes {

    private static final Logger log = LoggerFactory.getLogger(BotPushes.class);
    private static final int CHUNK_BYTES = 512 * 1024;
    /** The result when WeChat Work did not acknowledge (timeout, connection ended). */
    static final int NOT_SENT = -2;
    private static final int TRIES = 3;

    private BotPushes() {
    }

    /** Sends markdown of at most 20,480 bytes; returns WeChat Work's errcode (0: accepted). */
    static int markdown(BotConnection connection, String chat, String content) {
        ObjectNode body = BotFrame.object().put("chatid", chat).put("msgtype", "markdown");
        body.putObject("markdown").put("content", content);
        return send(connection, body);
    }

    /** Uploads a PNG and sends it as an image; returns WeChat Work's errcode of the step that failed, or 0. */
    static int image(BotConnection connection, String chat, byte[] png) {
        try {
            int chunks = Math.max(1, (png.length + CHUNK_BYTES - 1) / CHUNK_BYTES);
            ObjectNode init = BotFrame.object().put("type", "image").put("filename", "chart.png")
                    .put("total_size", png.length).put("total_chunks", chunks).put("md5", BotAnswers.md5(png));
            BotFrame started = connection.request(BotFrame.request(BotFrame.UPLOAD_INIT,
                    BotFrame.newReqId(BotFrame.UPLOAD_INIT), init));
            String upload = started.body().path("upload_id").asText("");
            if (started.errcode() != 0 || upload.isEmpty()) {
                return refused("上传图片(init)", started);
            }
            for (int i = 0; i < chunks; i++) {
                byte[] chunk = Arrays.copyOfRange(png, i * CHUNK_BYTES, Math.min(png.length, (i + 1) * CHUNK_BYTES));
                BotFrame sent = connection.request(BotFrame.request(BotFrame.UPLOAD_CHUNK,
                        BotFrame.newReqId(BotFrame.UPLOAD_CHUNK), BotFrame.object().put("upload_id", upload)
                                .put("chunk_index", i).put("base64_data", Base64.getEncoder().encodeToString(chunk))));
                if (sent.errcode() != 0) {
                    return refused("上传图片(chunk)", sent);
                }
            }
            BotFrame finished = connection.request(BotFrame.request(BotFrame.UPLOAD_FINISH,
                    BotFrame.newReqId(BotFrame.UPLOAD_FINISH), BotFrame.object().put("upload_id", upload)));
            String media = finished.body().path("media_id").asText("");
            if (finished.errcode() != 0 || media.isEmpty()) {
                return refused("上传图片(finish)", finished);
            }
            ObjectNode body = BotFrame.object().put("chatid", chat).put("msgtype", "image");
            body.putObject("image").put("media_id", media);
            return send(connection, body);
        } catch (BotException e) {
            log.warn("智能机器人图片未能发出: {}", e.getMessage());
            return NOT_SENT;
        }
    }

    private static int send(BotConnection connection, ObjectNode body) {
        int result = NOT_SENT;
        for (int attempt = 0; attempt < TRIES && connection.isOpen(); attempt++) {
            if (attempt > 0 && !pause(1000L << (attempt - 1))) {
                break;
            }
            try {
                BotFrame ack = connection.request(BotFrame.request(BotFrame.SEND, BotFrame.newReqId(BotFrame.SEND), body));
                if (ack.errcode() == 0) {
                    return 0;
                }
                result = refused("推送", ack);
            } catch (BotException e) {
                log.warn("智能机器人推送未能发出: {}", e.getMessage());
                result = NOT_SENT;
            }
        }
        return result;
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int refused(String step, BotFrame ack) {
        log.warn("智能机器人{}被拒绝: errcode {} {}", step, ack.errcode(), ack.errmsg());
        return ack.errcode() == 0 ? NOT_SENT : ack.errcode();
    }
}
