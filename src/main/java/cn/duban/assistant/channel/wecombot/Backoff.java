package cn.duban.assistant.channel.wecombot;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Pauses before reconnecting: {@code first} doubling with each failure up to {@code longest}, each spread by ±25 %
 * (at the cap: 75–100 % of it) so that instances and bots do not reconnect in step (the official SDKs' 1 s → 30 s).
 */
record Backoff(Duration first, Duration longest) {

    /** The pause before the attempt after {@code failures} failures in a row (at least 1). */
    Duration after(int failures) {
        long base = first.toMillis() << Math.min(Math.max(failures - 1, 0), 20);
        long capped = Math.min(base, longest.toMillis());
        double share = capped < longest.toMillis() ? 0.75 + ThreadLocalRandom.current().nextDouble() * 0.5
                : 0.75 + ThreadLocalRandom.current().nextDouble() * 0.25;
        return Duration.ofMillis(Math.min(Math.round(capped * share), longest.toMillis()));
    }
}
