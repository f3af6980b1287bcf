package cn.duban.assistant.channel.wecom;

import cn.duban.assistant.conversation.ConversationCore;
import cn.duban.assistant.conversation.CurrentKnowledge;
import cn.duban.assistant.conversation.InboundMessage;
import cn.duban.assistant.conversation.Reply;

/**
 * What each kind of WeChat Work message becomes for the conversation core: a text, a voice message with WeChat
 * Work's recognition, a photo (downloaded by its MediaId), an event; and the note for kinds it does not read.
 */
final class MessageKinds {

    private final ConversationCore core;
    private final CurrentKnowledge current;
    private final WeComImages images;

    /** {@code images} downloads the photos of image messages (null: images get the note that it reads text). */
    MessageKinds(ConversationCore core, CurrentKnowledge current, WeComImages images) {
        this.core = core;
        this.current = current;
        this.images = images;
    }

    /** A text, a recognised voice message, or a photo (downloaded here; one that cannot be had: it reads text). */
    Reply handle(CallbackMessage message, String messageId, java.time.Instant at) {
        if (!"image".equals(message.msgType())) {
            return core.handle(new InboundMessage(messageId, message.fromUser(), message.readable(), at));
        }
        cn.duban.assistant.conversation.Attachment photo = images.download(message.mediaId());
        if (photo == null) {
            return new Reply(current.get().wording().notText());
        }
        return core.handle(new InboundMessage(messageId, message.fromUser(), "", at, photo));
    }

    /**
     * The answer to a message the conversation core does not read, or null for one it does: a text, a voice message
     * with WeChat Work's recognition. A voice message without it is asked for text, anything else told it reads text.
     */
    String unread(CallbackMessage message) {
        return switch (message.msgType()) {
            case "text" -> null;
            case "image" -> images == null || message.mediaId().isEmpty() ? current.get().wording().notText() : null;
            case "voice" -> message.recognition().isEmpty() ? current.get().wording().voiceNotRecognised() : null;
            default -> current.get().wording().notText();
        };
    }

    /** The help text for entering the app (or subscribing), null for any other event. */
    String event(CallbackMessage message) {
        String event = message.event();
        if (!"subscribe".equals(event) && !"enter_agent".equals(event)) {
            return null;
        }
        return core.help(message.fromUser());
    }
}
