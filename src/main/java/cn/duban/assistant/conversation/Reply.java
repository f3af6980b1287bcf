package cn.duban.assistant.conversation;

/**
 * What the assistant answers: plain text, sometimes with an image (the digest's chart); the channel decides how to
 * deliver them.
 *
 * @param text  the reply, lines separated by {@code \n}
 * @param image a PNG to send after the text, or null
 */
public record Reply(String text, byte[] image) {

    public Reply(String text) {
        this(text, null);
    }

    public boolean hasImage() {
        return image != null;
    }
}
