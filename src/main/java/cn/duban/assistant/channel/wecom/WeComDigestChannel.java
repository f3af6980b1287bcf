package cn.duban.assistant.channel.wecom;

import cn.duban.assistant.digest.DigestChannel;

/** Digests and their charts through WeChat Work, with its duplicate check on. */
public final class WeComDigestChannel implements DigestChannel {

    private final WeComSender sender;

    public WeComDigestChannel(WeComSender sender) {
        this.sender = sender;
    }

    @Override
    public boolean sendDigest(String userId, String text) {
        return sender.sendText(userId, text, true);
    }

    @Override
    public boolean sendImage(String userId, byte[] png) {
        return sender.sendImage(userId, png, true);
    }

    /** Members, departments and tags; a {@code chat:} group chat is the 智能机器人's. */
    @Override
    public boolean reaches(String recipient) {
        return !recipient.startsWith("chat:");
    }
}
