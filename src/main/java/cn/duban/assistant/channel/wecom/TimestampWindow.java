package cn.duban.assistant.channel.wecom;

import java.time.Clock;
import java.time.Duration;

/**
 * The times a callback may be stamped with: WeChat Work signs each callback's timestamp (Unix seconds) with the
 * Token, so a callback stamped more than {@code maxSkew} away from the real time is a captured one sent again (or
 * this server's clock is wrong) and is refused. The clock is the real one: {@code assistant.today} does not move it.
 *
 * @param clock   the real time
 * @param maxSkew how far a timestamp may be from it, either way
 */
record TimestampWindow(Clock clock, Duration maxSkew) {

    /** Whether the timestamp is a number of seconds within the window around now. */
    boolean accepts(String timestamp) {
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return false;
        }
        long now = clock.instant().getEpochSecond();
        return seconds >= now - maxSkew.toSeconds() && seconds <= now + maxSkew.toSeconds();
    }
}
