package cn.duban.assistant.reporting;

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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.duban.assistant.ledger.Ledger;
import cn.duban.assistant.ledger.LedgerUnavailableException;
import cn.duban.assistant.ledger.LedgerUncertainException;

/**
 * Ledger changes that were sent to Redis without an answer (a frozen or killed server): whether they were made is
 * found out ({@link Ledger#settle}) before anyone is told, waiting up to {@code settleWait} for Redis to answer.
 * When it does not, the reporter is told the outcome is unknown, and a report he sends again with the same figures
 * within {@code resendWindow} is matched with the first one instead of counted twice; meanwhile the first one is
 * settled in the background as soon as Redis answers, so that it cannot be recorded late.
 */
final class UnknownOutcomes {

    private static final Logger log = LoggerFactory.getLogger(UnknownOutcomes.class);
    private static final long POLL_MILLIS = 200;

    /** A report whose outcome was unknown: its message id, its figures, when it was sent. */
    private record Unknown(String messageId, String userId, Instant at, Instant until) {
    }

    private final Ledger ledger;
    private final Duration settleWait;
    private final Duration resendWindow;
    private final Clock clock;
    private final Map<String, Unknown> byFigures = new ConcurrentHashMap<>();
    private final Map<String, Unknown> unsettled = new ConcurrentHashMap<>();
    private ScheduledExecutorService background;

    UnknownOutcomes(Ledger ledger, Duration settleWait, Duration resendWindow, Clock clock) {
        this.ledger = ledger;
        this.settleWait = settleWait;
        this.resendWindow = resendWindow;
        this.clock = clock;
    }

    /** The figures of a report as a key: unit, then each target, kind and value. */
    static String figures(String unit, java.util.List<Ledger.Change> changes) {
        StringBuilder key = new StringBuilder(unit);
        changes.forEach(change -> key.append('|').append(change.target().id()).append(':').append(change.kind())
                .append(':').append(change.value().stripTrailingZeros().toPlainString()));
        return key.toString();
    }

    /**
     * The id of an earlier message of this user with the same figures whose outcome was unknown, within the resend
     * window; "" when there is none.
     */
    String earlier(String userId, String figures) {
        Unknown unknown = byFigures.get(userId + '\n' + figures);
        return unknown == null || clock.instant().isAfter(unknown.until()) ? "" : unknown.messageId();
    }

    /** The resend of an earlier report whose outcome was unknown has been made: the next one is a new report. */
    void resent(String userId, String figures, String earlier) {
        if (!earlier.isEmpty()) {
            byFigures.remove(userId + '\n' + figures);
        }
    }

    /**
     * What became of a change that got no answer: {@link Ledger.Outcome.AlreadyRecorded} or
     * {@link Ledger.Outcome.NotRecorded} once Redis answers within the wait; empty when it does not, and then the
     * message is kept (with its figures, when it is a report, for matching a resend) and settled later.
     */
    Optional<Ledger.Outcome> settle(LedgerUncertainException failure, String userId, Instant at, String figures) {
        long deadline = System.nanoTime() + settleWait.toNanos();
        String messageId = failure.messageId();
        do {
            try {
                return Optional.of(ledger.settle(messageId, at, userId));
            } catch (LedgerUnavailableException | LedgerUncertainException e) {
                pause();
            }
        } while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted());
        Instant now = clock.instant();
        Unknown unknown = new Unknown(messageId, userId, at, now.plus(resendWindow));
        unsettled.put(messageId, unknown);
        startBackground();
        if (figures != null) {
            byFigures.putIfAbsent(userId + '\n' + figures, unknown);
        }
        log.warn("消息 {}({})发往 Redis 后无应答,是否已记录暂不确定;Redis 恢复后将核定", messageId, userId);
        return Optional.empty();
    }

    private synchronized void startBackground() {
        if (background == null) {
            background = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "ledger-settle");
                thread.setDaemon(true);
                return thread;
            });
            background.scheduleWithFixedDelay(this::settleInBackground, 1, 1, TimeUnit.SECONDS);
        }
    }

    /** Settles every kept message once Redis answers, and forgets the ones past the resend window. */
    private void settleInBackground() {
        Instant now = clock.instant();
        byFigures.values().removeIf(unknown -> now.isAfter(unknown.until()));
        for (Iterator<Unknown> it = unsettled.values().iterator(); it.hasNext(); ) {
            Unknown unknown = it.next();
            try {
                Ledger.Outcome outcome = ledger.settle(unknown.messageId(), unknown.at(), unknown.userId());
                log.info("消息 {} 已核定: {}", unknown.messageId(),
                        outcome instanceof Ledger.Outcome.NotRecorded ? "未记录" : "已记录");
                it.remove();
            } catch (LedgerUnavailableException | LedgerUncertainException e) {
                return;
            } catch (RuntimeException e) {
                log.error("核定消息 {} 失败", unknown.messageId(), e);
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
