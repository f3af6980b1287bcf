package cn.duban.assistant.channel.wecombot;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.duban.assistant.channel.wecom.TextSplitter;
import cn.duban.assistant.digest.DigestChannel;

/**
 * Digests, charts and 催报 through the 智能机器人 ({@code aibot_send_msg}): to a member by UserID, or to a group chat
 * named {@code chat:CHATID} in {@code assistant.digest.recipients} (e.g. the county's 督办 group). The bot cannot
 * reach departments or tags. Text longer than one push goes in ordered pieces.
 */
final class BotDigestChannel implements DigestChannel {

    static final String CHAT = "chat:";
    private static final Logger log = LoggerFactory.getLogger(BotDigestChannel.class);

    private final BotOutbox outbox;

    BotDigestChannel(BotOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public boolean sendDigest(String recipient, String text) {
        String chat = chat(recipient);
        List<String> pieces = TextSplitter.split(text, BotInbox.CONTENT_BYTES);
        for (String piece : pieces) {
            if (!outbox.markdown(chat, piece)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean sendImage(String recipient, byte[] png) {
        return outbox.image(chat(recipient), png);
    }

    @Override
    public boolean reaches(String recipient) {
        boolean reaches = !recipient.startsWith("party:") && !recipient.startsWith("tag:");
        if (!reaches) {
            log.warn("智能机器人无法发给部门或标签 {};请改列成员 UserID 或 chat:群ID", recipient);
        }
        return reaches;
    }

    private static String chat(String recipient) {
        return recipient.startsWith(CHAT) ? recipient.substring(CHAT.length()) : recipient;
    }
}
