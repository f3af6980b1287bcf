package cn.duban.assistant.conversation;

import java.time.Instant;

/**
 * A message as any channel hands it to the conversation core.
 *
 * @param messageId  unique per message (WeChat Work's MsgId; the console makes one); a repeat is the same message
 * @param userId     who sent it (WeChat Work UserID)
 * @param text       what they wrote (empty for a photo alone)
 * @param receivedAt when it arrived
 * @param image      a photo sent with it (downloaded by the channel), or null
 */
public record InboundMessage(String messageId, String userId, String text, Instant receivedAt, Attachment image) {

    /** A message without a photo. */
    public InboundMessage(String messageId, String userId, String text, Instant receivedAt) {
        this(messageId, userId, text, receivedAt, null);
    }
}
