package cn.duban.assistant.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * One round of {@code benchmark-wecom-bot}: writes callbacks through the {@link BotServer}, keeping {@code concurrency}
 * of them waiting for a reply (the next goes as soon as a reply arrives), and keeps each one's times and replies.
 */
final class BotRound implements BotServer.Listener {

    /** How long a callback may wait for its reply before the round fails. */
    private static final long REPLY_TIMEOUT_SECONDS = 30;

    /** A callback as sent, with the req_id it carries, who asks, what, and the frame. */
    record Callback(String reqId, String user, String question, String frame) {
    }

    /** A callback sent: when it was written and when its first reply came, with the number of replies and the first. */
    static final class Flight {
        final Callback callback;
        final AtomicInteger replies = new AtomicInteger();
        volatile long sent;
        volatile long replied;
        volatile String content;

        Flight(Callback callback) {
            this.callback = callback;
        }

        long nanos() {
            return replied - sent;
        }
    }

    private final int concurrency;
    private final Semaphore slots;
    private final Map<String, Flight> byReqId = new ConcurrentHashMap<>();
    private final Queue<Flight> answered = new ConcurrentLinkedQueue<>();
    private final AtomicInteger strays = new AtomicInteger();

    BotRound(int concurrency) {
        this.concurrency = concurrency;
        this.slots = new Semaphore(concurrency);
    }

    /**
     * Sends {@code count} callbacks, or as many as go before {@code deadline} ({@link System#nanoTime()}), then waits
     * for the last replies; returns the flights in the order sent.
     *
     * @throws IllegalStateException when a reply does not come within 30 s
     */
    List<Flight> drive(BotServer bot, IntFunction<Callback> callbacks, int count, long deadline) throws Exception {
        List<Flight> flights = new ArrayList<>(Math.min(count, 1 << 20));
        for (int i = 0; i < count && System.nanoTime() < deadline; i++) {
            if (!slots.tryAcquire(REPLY_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException(waiting("no reply within " + REPLY_TIMEOUT_SECONDS + " s", flights));
            }
            Flight flight = new Flight(callbacks.apply(i));
            byReqId.put(flight.callback.reqId(), flight);
            flights.add(flight);
            flight.sent = System.nanoTime();
            bot.send(flight.callback.frame());
        }
        if (!slots.tryAcquire(concurrency, REPLY_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException(waiting("the last replies did not come within " + REPLY_TIMEOUT_SECONDS + " s",
                    flights));
        }
        slots.release(concurrency);
        return flights;
    }

    @Override
    public void replied(String reqId, String content, long nanos) {
        Flight flight = byReqId.get(reqId);
        if (flight == null) {
            strays.incrementAndGet();
        } else if (flight.replies.incrementAndGet() == 1) {
            flight.replied = nanos;
            flight.content = content;
            answered.add(flight);
            slots.release();
        }
    }

    /** The flights answered since the last call, by the time their reply came. */
    List<Flight> answeredSinceLast() {
        List<Flight> drained = new ArrayList<>();
        for (Flight flight = answered.poll(); flight != null; flight = answered.poll()) {
            drained.add(flight);
        }
        return drained;
    }

    /** Replies whose req_id this round did not send. */
    int strays() {
        return strays.get();
    }

    private static String waiting(String what, List<Flight> flights) {
        List<String> open = flights.stream().filter(flight -> flight.replies.get() == 0)
                .map(flight -> flight.callback.reqId() + " \"" + flight.callback.question() + "\"").limit(5).toList();
        return what + "; waiting for " + open;
    }
}
