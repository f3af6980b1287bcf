package cn.duban.assistant.channel.wecom;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;

/**
 * A warning worth one log line per interval however often its cause recurs (a wrong key fails every callback): the
 * first occurrence is logged, the next ones within the interval are counted, and the next line says how many there were.
 */
final class ThrottledWarning {

    private final Logger log;
    private final Clock clock;
    private final long intervalMillis;
    private final AtomicLong nextLineAt = new AtomicLong(Long.MIN_VALUE);
    private final AtomicInteger unlogged = new AtomicInteger();

    ThrottledWarning(Logger log, Clock clock, Duration interval) {
        this.log = log;
        this.clock = clock;
        this.intervalMillis = interval.toMillis();
    }

    /** Logs the message at WARN, unless a line was logged less than the interval ago. */
    void warn(String message) {
        long now = clock.millis();
        long next = nextLineAt.get();
        if (now < next || !nextLineAt.compareAndSet(next, now + intervalMillis)) {
            unlogged.incrementAndGet();
            return;
        }
        int since = unlogged.getAndSet(0);
        log.warn(since == 0 ? message : message + "(上一条此类警告之后又有 " + since + " 次)");
    }
}
