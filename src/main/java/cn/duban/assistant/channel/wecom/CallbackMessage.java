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
 * @param createTime seconds since the epoch
 */
record CallbackMessage(String msgType, String fromUser, String content, String msgId, String event, String createTime) {

    static CallbackMessage parse(String xml) {
        Map<String, String> fields = CallbackXml.read(xml);
        return new CallbackMessage(text(fields, "MsgType"), text(fields, "FromUserName"), text(fields, "Content"),
                text(fields, "MsgId"), text(fields, "Event"), text(fields, "CreateTime"));
    }

    private static String text(Map<String, String> fields, String name) {
        String value = fields.get(name);
        return value == null ? "" : value.strip();
    }
}
