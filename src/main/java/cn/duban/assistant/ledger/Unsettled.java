package cn.duban.assistant.ledger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes that Redis took without answering (a frozen or killed server), for any script that can settle a message by
 * its id (the ledger's figures, the tasks' notes): what became of one is found out before anyone is told, waiting up
 * to {@code settleWait}. When Redis does not answer in time, the message is kept and settled in the background as
 * soon as Redis answers (so that it cannot be recorded late), and the same content sent again within
 * {@code resendWindow} is matched with the first message by a key of its content.
 *
 * @param <R> what settling a message answers
 */
public final class Unsettled<R> {

    /** Settles one message by its id: made ({@code duplicate}) or not, for good ({@code void}). */
    @FunctionalInterface
    public interface Settler<R> {
        R settle(String messageId, Instant at, String userId);
    }

    private static final Logger log = LoggerFactory.getLogger(Unsettled.class);
    private static final long POLL_MILLIS = 200;

    private record Unknown(String messageId, String userId, Instant at, Instant until) {
    }

    private final String what;
    private final Settler<R> settler;
    private final Predicate<R> notRecorded;
    private final Duration settleWait;
    private final Duration resendWindow;
    private final Clock clock;
    private final Map<String, Unknown> byContent = new ConcurrentHashMap<>();
    private final Map<String, Unknown> unsettled = new ConcurrentHashMap<>();
    private ScheduledExecutorService background;

    /**
     * @param what        what the messages are, for the log and the background thread's name ({@code ledger}, {@code notes})
     * @param notRecorded whether a settled message turned out not recorded (for the log)
     */
    public Unsettled(String what, Settler<R> settler, Predicate<R> notRecorded, Duration settleWait,
                     Duration resendWindow, Clock clock) {
        this.what = what;
        this.settler = settler;
        this.notRecorded = notRecorded;
        this.settleWait = settleWait;
        this.resendWindow = resendWindow;
        this.clock = clock;
    }

    /** The id of an earlier message of this user with the same content whose outcome was unknown; "" when none. */
    public String earlier(String userId, String key) {
        Unknown unknown = byContent.get(userId + '\n' + key);
        return unknown == null || clock.instant().isAfter(unknown.until()) ? "" : unknown.messageId();
    }

    /** The resend of an earlier message whose outcome was unknown has been made: the next one is new. */
    public void resent(String userId, String key, String earlier) {
        if (!earlier.isEmpty()) {
            byContent.remove(userId + '\n' + key);
        }
    }

    /**
     * What became of a write that got no answer, once Redis answers within the settle wait; empty when it does not —
     * then the message is kept (with {@code key}, when not null, to match a resend) and settled later.
     */
    public Optional<R> settle(LedgerUncertainException failure, String userId, Instant at, String key) {
        long deadline = System.nanoTime() + settleWait.toNanos();
        String messageId = failure.messageId();
        do {
            try {
                return Optional.of(settler.settle(messageId, at, userId));
            } catch (LedgerUnavailableException | LedgerUncertainException e) {
                pause();
            }
        } while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted());
        Unknown unknown = new Unknown(messageId, userId, at, clock.instant().plus(resendWindow));
        unsettled.put(messageId, unknown);
        if (key != null) {
            byContent.putIfAbsent(userId + '\n' + key, unknown);
        }
        startBackground();
        log.warn("{} 消息 {}({})发往 Redis 后无应答,是否已记录暂不确定;Redis 恢复后将核定", what, messageId, userId);
        return Optional.empty();
    }

    private synchronized void startBackground() {
        if (background == null) {
            background = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, what + "-settle");
                thread.setDaemon(true);
                return thread;
            });
            background.scheduleWithFixedDelay(this::settleInBackground, 1, 1, TimeUnit.SECONDS);
        }
    }

    /** Settles every kept message once Redis answers, and forgets the ones past the resend window. */
    private void settleInBackground() {
        Instant now = clock.instant();
        byContent.values().removeIf(unknown -> now.isAfter(unknown.until()));
        for (Iterator<Unknown> it = unsettled.values().iterator(); it.hasNext(); ) {
            Unknown unknown = it.next();
            try {
                R result = settler.settle(unknown.messageId(), unknown.at(), unknown.userId());
                log.info("{} 消息 {} 已核定: {}", what, unknown.messageId(), notRecorded.test(result) ? "未记录" : "已记录");
                it.remove();
            } catch (LedgerUnavailableException | LedgerUncertainException e) {
                return;
            } catch (RuntimeException e) {
                log.error("核定 {} 消息 {} 失败", what, unknown.messageId(), e);
                it.remove();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
