package cn.duban.assistant.channel.wecom;

import java.util.Map;

/**
 * A decrypted WeChat Work message: what the assistant needs of it.
 *
 * @param msgType    text, image, voice, file, location, event …
 * @param fromUser   the member's UserID
 * @param content    the text of a text message
 * @param msgId      WeChat Work's MsgId (messages), empty for events
 * @param event      the event (subscribe, enter_agent …), empty for messages
 * @param createTime  seconds since the epoch
 * @param recognition the text WeChat Work recognised in a voice message (语音识别 on), empty otherwise
 * @param mediaId     an image message's MediaId (its photo is downloaded by it), empty otherwise
 */
record CallbackMessage(String msgType, String fromUser, String content, String msgId, String event, String createTime,
                       String recognition, String mediaId) {

    CallbackMessage(String msgType, String fromUser, String content, String msgId, String event, String createTime,
                    String recognition) {
        this(msgType, fromUser, content, msgId, event, createTime, recognition, "");
    }

    CallbackMessage(String msgType, String fromUser, String content, String msgId, String event, String createTime) {
        this(msgType, fromUser, content, msgId, event, createTime, "");
    }

    static CallbackMessage parse(String xml) {
        Map<String, String> fields = CallbackXml.read(xml);
        return new CallbackMessage(text(fields, "MsgType"), text(fields, "FromUserName"), text(fields, "Content"),
                text(fields, "MsgId"), text(fields, "Event"), text(fields, "CreateTime"), text(fields, "Recognition"),
                text(fields, "MediaId"));
    }

    /** The text the assistant reads: a text message's content, a voice message's recognition; empty otherwise. */
    String readable() {
        return switch (msgType) {
            case "text" -> content;
            case "voice" -> recognition;
            default -> "";
        };
    }

    /** The id this message is handled once by: sender and MsgId (see {@link WeComMessageIds}). */
    String messageId() {
        return WeComMessageIds.of(fromUser, msgId, createTime, readable());
    }

    private static String text(Map<String, String> fields, String name) {
        String value = fields.get(name);
        return value == null ? "" : value.strip();
    }
}
