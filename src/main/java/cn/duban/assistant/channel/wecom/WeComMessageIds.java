package cn.duban.assistant.channel.wecom;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The message id a WeChat Work message is handled once by (the inbox's mark, the reply memory, the ledger). WeChat
 * Work's MsgId is not unique across members, so the id is the sender's UserID with the MsgId; a message without a
 * MsgId is identified by its sender, CreateTime and content. A retry of the same member's message gets the same id.
 */
public final class WeComMessageIds {

    private WeComMessageIds() {
    }

    /**
     * The id of a member's message.
     *
     * @param user       FromUserName
     * @param msgId      MsgId, or blank when the message has none
     * @param createTime CreateTime (used only without a MsgId)
     * @param content    what the message says (used only without a MsgId)
     */
    public static String of(String user, String msgId, String createTime, String content) {
        return of("wecom-", user, msgId, createTime, content);
    }

    /**
     * The id of a member's message in a channel whose ids begin with {@code prefix} (the 智能机器人's msgid is its
     * own, so its messages are {@code wecombot-…}).
     */
    public static String of(String prefix, String user, String msgId, String createTime, String content) {
        if (msgId != null && !msgId.isBlank()) {
            return prefix + user + "/" + msgId;
        }
        return prefix + user + "/t" + createTime + "/" + digest(content == null ? "" : content);
    }

    private static String digest(String content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
