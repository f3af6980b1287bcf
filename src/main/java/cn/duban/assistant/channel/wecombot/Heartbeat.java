package cn.duban.assistant.channel.wecombot;

import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The long connection's heartbeat (doc 101463 保持心跳; the official SDKs' rule): a {@code ping} each beat; a
 * connection whose last {@code missed} pings went unacknowledged is dead and is closed, so that the link reconnects.
 */
final class Heartbeat {

    private static final Logger log = LoggerFactory.getLogger(Heartbeat.class);

    private final int missed;
    private final AtomicInteger unanswered = new AtomicInteger();

    /** @param missed unacknowledged pings after which the connection counts as dead (at least 1) */
    Heartbeat(int missed) {
        this.missed = missed;
    }

    /** A new connection: nothing unanswered yet. */
    void reset() {
        unanswered.set(0);
    }

    /** One beat on the connection: closes it when too many pings went unanswered, else pings. */
    void beat(BotConnection connection) {
        if (unanswered.get() >= missed) {
            connection.abort("心跳丢失: 连续 " + unanswered.get() + " 次 ping 没有回执");
            return;
        }
        unanswered.incrementAndGet();
        try {
            connection.requestAsync(BotFrame.request(BotFrame.PING, BotFrame.newReqId(BotFrame.PING), null))
                    .thenAccept(ack -> unanswered.set(0));
        } catch (BotException e) {
            log.debug("心跳未能发出: {}", e.getMessage());
        }
    }
}
