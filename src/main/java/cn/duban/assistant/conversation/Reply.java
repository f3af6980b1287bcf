package cn.duban.assistant.conversation;

/**
 * What the assistant answers, as plain text; the channel decides how to deliver it.
 *
 * @param text the reply, lines separated by {@code \n}
 */
public record Reply(String text) {
}
