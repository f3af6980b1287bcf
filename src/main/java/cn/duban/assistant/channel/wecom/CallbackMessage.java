package cn.duban.assistant.channel.wecom;

import java.nio.charset.StandardCharsets;

import org.w3c.dom.Document;

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
        Document document = CallbackEnvelope.document(xml.getBytes(StandardCharsets.UTF_8));
        return new CallbackMessage(text(document, "MsgType"), text(document, "FromUserName"), text(document, "Content"),
                text(document, "MsgId"), text(document, "Event"), text(document, "CreateTime"));
    }

    private static String text(Document document, String name) {
        String value = CallbackEnvelope.field(document, name);
        return value == null ? "" : value.strip();
    }
}
