package cn.duban.assistant.channel.wecom;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.conversation.ConversationCore;
import cn.duban.assistant.conversation.CurrentKnowledge;
import cn.duban.assistant.conversation.Reply;
import redis.clients.jedis.UnifiedJedis;

/**
 * Turns a decrypted WeChat Work message into an inbound message for the conversation core and decides how the
 * answer goes back: as the passive reply when it is ready within the budget, fits one text message and has no chart,
 * otherwise through message/send (text first, then the chart). The answer to a text is made on the callback's own
 * thread (a hand-over to another thread cost two thread switches a callback); a timer answers an empty 200 when the
 * budget runs out first. A photo, whose download can take seconds, is handled on a worker, the callback's thread
 * waiting for it no longer than the budget. A voice message with WeChat Work's recognition is read as its text; an image message's photo is
 * downloaded by its MediaId ({@link WeComImages}) and handed on. Entering the app gets the help text, which has no
 * effect to repeat. A message WeChat Work delivers again (same sender and MsgId, see {@link WeComMessageIds}) is
 * acted on once: the conversation core gives a repeat the same reply without a second effect (its reply memory, the
 * ledger's message ids), and a repeat of one whose answer goes through the API gets an empty reply, so no member
 * gets an answer twice. WeChat Work retries only after 5 s without an answer, when the first attempt has either
 * replied or handed its answer to the API.
 */
public class WeComInbox implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WeComInbox.class);
    private static final int WAITING = 0;
    private static final int COMPLETED = 1;
    private static final int GAVE_UP = 2;
    /** The answer to this message went out through the API before: a repeat gets an empty reply. */
    private static final Reply ALREADY_SENT = new Reply("");

    private final LaterDeliveries deliveries;
    private final CurrentKnowledge current;
    private final AssistantClock clock;
    private final ExecutorService workers;
    private final ApiMarks marks;
    private final Duration budget;
    private final MessageKinds kinds;
    private final ScheduledThreadPoolExecutor timer = budgetTimer();

    WeComInbox(ConversationCore core, LaterDeliveries deliveries, CurrentKnowledge current, AssistantClock clock,
               UnifiedJedis redis, ExecutorService workers, Duration budget, Duration memory) {
        this(core, deliveries, current, clock, redis, workers, budget, memory, null);
    }

    /**
     * {@code workers} send the answers that go through the API; {@code images} downloads the photos of image
     * messages (null: images get the note that it reads text).
     */
    WeComInbox(ConversationCore core, LaterDeliveries deliveries, CurrentKnowledge current, AssistantClock clock,
               UnifiedJedis redis, ExecutorService workers, Duration budget, Duration memory, WeComImages images) {
        this.kinds = new MessageKinds(core, current, images);
        this.deliveries = deliveries;
        this.current = current;
        this.clock = clock;
        this.workers = workers;
        this.marks = new ApiMarks(redis, memory);
        this.budget = budget;
    }

    /**
     * Answers the message on this thread, giving {@code passive} the text to reply passively or null (nothing to say
     * now, or the answer goes by API). When the reply budget runs out first, {@code passive} gets null from the
     * budget's timer at once, and the answer goes through the API once it is ready.
     */
    public void receive(CallbackMessage message, PassiveAnswer passive) {
        if ("event".equals(message.msgType())) {
            passive.reply(kinds.event(message));
            return;
        }
        String unread = kinds.unread(message);
        if (unread != null) {
            passive.reply(unread);
            return;
        }
        Turn turn = new Turn(message, passive, marks.newCallback(), message.messageId(), clock.now().toInstant(),
                new AtomicInteger(WAITING));
        if ("image".equals(message.msgType())) {
            photo(turn);
            return;
        }
        // the whole callback is inside the budget, the look-up of an earlier delivery too; with no budget at all
        // every answer goes through the API
        ScheduledFuture<?> deadline = budget.isZero() ? null
                : timer.schedule(() -> giveUp(turn), budget.toNanos(), TimeUnit.NANOSECONDS);
        if (deadline == null) {
            giveUp(turn);
        }
        Reply reply = null;
        RuntimeException failure = null;
        try {
            reply = answer(turn);
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            if (deadline != null) {
                deadline.cancel(false);
            }
        }
        conclude(turn, reply, failure);
    }

    /** One callback's message, where its answer goes, its mark's name, and how far it got (waiting, done, gave up). */
    private record Turn(CallbackMessage message, PassiveAnswer passive, String callback, String messageId,
                        java.time.Instant at, AtomicInteger progress) {
    }

    /** The reply to the message: empty for a repeat of one answered through the API. */
    private Reply answer(Turn turn) {
        return marks.sentBefore(turn.messageId(), turn.message().createTime(), turn.callback()) ? ALREADY_SENT
                : kinds.handle(turn.message(), turn.messageId(), turn.at());
    }

    /**
     * A photo is downloaded first, which can take seconds: on a worker, this thread waiting for it no longer than
     * the budget, so that slow downloads do not keep the request threads from other members' messages.
     */
    private void photo(Turn turn) {
        CompletableFuture<Void> done = CompletableFuture.supplyAsync(() -> answer(turn), workers).handle((reply, failure) -> {
            conclude(turn, reply, failure == null ? null : failure instanceof java.util.concurrent.CompletionException
                    && failure.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(failure));
            return null;
        });
        try {
            done.get(budget.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            giveUp(turn);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            giveUp(turn);
        } catch (ExecutionException e) {
            log.error("处理消息 {} 失败", turn.messageId(), e.getCause());
            giveUp(turn);
        }
    }

    /** Gives the answer made: passively, or through the API when it is long, has a chart, or the budget ran out. */
    private void conclude(Turn turn, Reply reply, RuntimeException failure) {
        String user = turn.message().fromUser();
        String messageId = turn.messageId();
        if (!turn.progress().compareAndSet(WAITING, COMPLETED)) {
            if (failure != null || reply != ALREADY_SENT && (!reply.text().isEmpty() || reply.hasImage())) {
                workers.execute(() -> deliverLater(messageId, user, reply, failure));
            }
            return;
        }
        if (failure != null) {
            log.error("处理消息 {} 失败", messageId, failure);
            turn.passive().reply(current.get().wording().failed());
            return;
        }
        if (reply == ALREADY_SENT || reply.text().isEmpty() && !reply.hasImage()) {
            turn.passive().reply(null);
            return;
        }
        if (reply.hasImage() || TextSplitter.utf8Length(reply.text()) > TextSplitter.WECOM_TEXT_BYTES) {
            marks.mark(messageId, turn.callback());
            workers.execute(() -> deliveries.deliver(user, reply));
            turn.passive().reply(null);
            return;
        }
        turn.passive().reply(reply.text());
    }

    /** The budget ran out (or there is none): an empty 200 now, and a mark so that a retry gets one too. */
    private void giveUp(Turn turn) {
        if (turn.progress().compareAndSet(WAITING, GAVE_UP)) {
            turn.passive().reply(null);
            workers.execute(() -> marks.mark(turn.messageId(), turn.callback()));
        }
    }

    /** Stops the reply budget's timer. */
    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** One thread that answers the callbacks whose budget ran out; a callback that ends in time takes its entry out. */
    private static ScheduledThreadPoolExecutor budgetTimer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "wecom-reply-budget");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    private void deliverLater(String messageId, String user, Reply reply, Throwable failure) {
        if (failure != null) {
            log.error("处理消息 {} 失败", messageId, failure);
            deliveries.deliver(user, new Reply(current.get().wording().failed()));
            return;
        }
        deliveries.deliver(user, reply);
    }
}
