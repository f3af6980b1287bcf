package cn.duban.assistant.channel.wecombot;

import java.time.Instant;

/**
 * The long connection's state on this instance, for health and logs.
 *
 * @param state  {@code connected}, {@code standby} (another instance holds it), {@code connecting},
 *               {@code reconnecting}, {@code auth-failed}, {@code replaced} or {@code stopped}
 * @param detail what happened last (a reason, an errcode), or empty
 * @param since  when the state began
 */
public record BotStatus(String state, String detail, Instant since) {

    /** Whether the state is fine for health: connected here, or held by another instance. */
    public boolean healthy() {
        return "connected".equals(state) || "standby".equals(state);
    }
}
