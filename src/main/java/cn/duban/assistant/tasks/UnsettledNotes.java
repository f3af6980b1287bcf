package cn.duban.assistant.tasks;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.duban.assistant.ledger.LedgerUnavailableException;
import cn.duban.assistant.ledger.LedgerUncertainException;

/**
 * Note writes that Redis took without answering (a frozen or killed server), as the ledger's reports: what became of
 * them is found out by message id ({@link TaskNotes#settle}) before the writer is told, waiting up to the settle
 * wait. When Redis does not answer in time the writer is told the outcome is unknown; the same notes sent again
 * within the resend window are matched with the first message (recorded once), and the first one is settled in the
 * background as soon as Redis answers, so that it cannot be recorded late.
 */
final class UnsettledNotes {

    private static final Logger log = LoggerFactory.getLogger(UnsettledNotes.class);
    private static final long POLL_MILLIS = 200;

    private record Unknown(String messageId, String userId, Instant at, Instant until) {
    }

    private final TaskNotes notes;
    private final NoteSettings settings;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Unknown> byNotes = new ConcurrentHashMap<>();
    private final Map<String, Unknown> unsettled = new ConcurrentHashMap<>();
    private ScheduledExecutorService background;

    UnsettledNotes(TaskNotes notes, NoteSettings settings) {
        this.notes = notes;
        this.settings = settings;
    }

    /** The notes of a message as a key: each task, unit, words and percent. */
    static String key(List<TaskNotes.Draft> drafts) {
        StringBuilder key = new StringBuilder();
        drafts.forEach(d -> key.append(d.taskId()).append('|').append(d.unit()).append('|').append(d.text()).append('|')
                .append(d.percent() == null ? "" : d.percent().toPlainString()).append('\n'));
        return key.toString();
    }

    /** The id of an earlier message of this user with the same notes whose outcome was unknown; "" when none. */
    String earlier(String userId, String key) {
        Unknown unknown = byNotes.get(userId + '\n' + key);
        return unknown == null || clock.instant().isAfter(unknown.until()) ? "" : unknown.messageId();
    }

    /** The resend of an earlier message whose outcome was unknown has been made: the next one is new notes. */
    void resent(String userId, String key, String earlier) {
        if (!earlier.isEmpty()) {
            byNotes.remove(userId + '\n' + key);
        }
    }

    /**
     * What became of a write that got no answer: {@code duplicate} (made) or {@code void} (not, for good) once Redis
     * answers within the settle wait; empty when it does not — then the message is kept (with {@code key}, when not
     * null, to match a resend) and settled later.
     */
    Optional<TaskNotes.Result> settle(LedgerUncertainException failure, String userId, Instant at, String key) {
        long deadline = System.nanoTime() + settings.settleWait().toNanos();
        String messageId = failure.messageId();
        do {
            try {
                return Optional.of(notes.settle(messageId, at, userId));
            } catch (LedgerUnavailableException | LedgerUncertainException e) {
                pause();
            }
        } while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted());
        Unknown unknown = new Unknown(messageId, userId, at, clock.instant().plus(settings.resendWindow()));
        unsettled.put(messageId, unknown);
        if (key != null) {
            byNotes.putIfAbsent(userId + '\n' + key, unknown);
        }
        startBackground();
        log.warn("进展消息 {}({})发往 Redis 后无应答,是否已记录暂不确定;Redis 恢复后将核定", messageId, userId);
        return Optional.empty();
    }

    private synchronized void startBackground() {
        if (background == null) {
            background = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "notes-settle");
                thread.setDaemon(true);
                return thread;
            });
            background.scheduleWithFixedDelay(this::settleInBackground, 1, 1, TimeUnit.SECONDS);
        }
    }

    private void settleInBackground() {
        Instant now = clock.instant();
        byNotes.values().removeIf(unknown -> now.isAfter(unknown.until()));
        for (Iterator<Unknown> it = unsettled.values().iterator(); it.hasNext(); ) {
            Unknown unknown = it.next();
            try {
                TaskNotes.Result result = notes.settle(unknown.messageId(), unknown.at(), unknown.userId());
                log.info("进展消息 {} 已核定: {}", unknown.messageId(), "void".equals(result.status()) ? "未记录" : "已记录");
                it.remove();
            } catch (LedgerUnavailableException | LedgerUncertainException e) {
                return;
            } catch (RuntimeException e) {
                log.error("核定进展消息 {} 失败", unknown.messageId(), e);
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
