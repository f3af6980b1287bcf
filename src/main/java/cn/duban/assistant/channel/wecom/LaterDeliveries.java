package cn.duban.assistant.channel.wecom;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.duban.assistant.conversation.Reply;

/**
 * Answers that go out through {@code message/send}, in order: the text in pieces of at most 2,048 bytes, then the
 * chart. A piece that cannot go out now (WeChat Work or Redis unreachable — the access token is kept in Redis) is
 * tried again with backoff (1 s doubling to 10 s) for {@code giveUpAfter}, from that piece on, so nothing is sent
 * twice and nothing out of order; a failure that will not pass (an unknown member) is logged and dropped.
 * Answers to one member go one after the other (each answer's pieces together): an answer waits for the one
 * before it to be delivered or given up. The order holds within one instance.
 */
final class LaterDeliveries implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LaterDeliveries.class);
    private static final long FIRST_RETRY_MILLIS = 1000;
    private static final long LONGEST_RETRY_MILLIS = 10_000;

    private final WeComSender sender;
    private final ScheduledExecutorService timer;
    private final Duration giveUpAfter;
    /** Per member, the answers not yet finished; the head is on its way. */
    private final Map<String, ArrayDeque<Delivery>> queues = new HashMap<>();

    LaterDeliveries(WeComSender sender, Duration giveUpAfter) {
        this.sender = sender;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "wecom-retry");
            thread.setDaemon(true);
            return thread;
        });
        this.giveUpAfter = giveUpAfter;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** Sends the reply to the member, now and, for what fails, later. */
    void deliver(String user, Reply reply) {
        List<String> pieces = TextSplitter.split(reply.text(), TextSplitter.WECOM_TEXT_BYTES);
        Delivery delivery = new Delivery(user, pieces, reply.image());
        synchronized (queues) {
            ArrayDeque<Delivery> queue = queues.computeIfAbsent(user, key -> new ArrayDeque<>());
            queue.add(delivery);
            if (queue.size() > 1) {
                return;
            }
        }
        delivery.start();
    }

    /** The delivery is done or given up: the member's next answer starts. */
    private void finished(Delivery delivery) {
        Delivery next;
        synchronized (queues) {
            ArrayDeque<Delivery> queue = queues.get(delivery.user);
            queue.remove(delivery);
            next = queue.peek();
            if (next == null) {
                queues.remove(delivery.user);
            }
        }
        if (next != null) {
            next.start();
        }
    }

    /** One answer on its way: the pieces still to send, then the chart. */
    private final class Delivery implements Runnable {
        private final String user;
        private final List<String> pieces;
        private final byte[] image;
        private long deadline;
        private int next;
        private long wait = FIRST_RETRY_MILLIS;

        Delivery(String user, List<String> pieces, byte[] image) {
            this.user = user;
            this.pieces = pieces;
            this.image = image;
        }

        /** Starts sending now; the time to give up counts from here, not from when the answer was queued. */
        void start() {
            deadline = System.nanoTime() + giveUpAfter.toNanos();
            run();
        }

        @Override
        public void run() {
            try {
                while (next < pieces.size()) {
                    WeComSender.Sent sent = sender.sendPiece(user, pieces.get(next));
                    if (sent == WeComSender.Sent.LATER && later()) {
                        return;
                    }
                    next = sent == WeComSender.Sent.LATER ? pieces.size() + 1 : next + 1;
                }
                if (image != null && next == pieces.size()) {
                    next++;
                    sender.sendImage(user, image, false);
                }
            } catch (RuntimeException e) {
                log.error("发给 {} 的回复发送失败", user, e);
            }
            finished(this);
        }

        /** Schedules another try and says so, or gives up (false). */
        private boolean later() {
            if (System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(wait) > deadline) {
                log.error("发给 {} 的回复在 {} 内未能送达,不再重试", user, giveUpAfter);
                return false;
            }
            log.warn("发给 {} 的回复暂未送出,{} ms 后重试", user, wait);
            timer.schedule(this, wait, TimeUnit.MILLISECONDS);
            wait = Math.min(wait * 2, LONGEST_RETRY_MILLIS);
            return true;
        }
    }
}
