package cn.duban.assistant.channel.wecom;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.conversation.ConversationCore;
import cn.duban.assistant.conversation.CurrentKnowledge;
import cn.duban.assistant.conversation.InboundMessage;
import cn.duban.assistant.conversation.Reply;
import redis.clients.jedis.UnifiedJedis;

/**
 * Turns a decrypted WeChat Work message into an inbound message for the conversation core and decides how the
 * answer goes back: as the passive reply when it is ready within the budget, fits one text message and has no chart,
 * otherwise through message/send (text first, then the chart). The answer is made on the callback's own thread (a
 * hand-over to another thread cost two thread switches a callback); a timer answers an empty 200 when the budget
 * runs out first. A voice message with WeChat Work's recognition is read as its text; an image message's photo is
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

    private final ConversationCore core;
    private final LaterDeliveries deliveries;
    private final CurrentKnowledge current;
    private final AssistantClock clock;
    private final ExecutorService workers;
    private final ApiMarks marks;
    private final Duration budget;
    private final WeComImages images;
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
        this.images = images;
        this.core = core;
        this.deliveries = deliveries;
        this.current = current;
        this.clock = clock;
        this.workers = workers;
        this.marks = new ApiMarks(redis, memory);
        this.budget = budget;
    }

    /**
     * Where a callback's one answer goes: called once, from the callback's own thread, or from the reply budget's
     * timer when the budget ran out first (the answer then goes through the API).
     */
    @FunctionalInterface
    public interface Passive {
        /** Answers the callback with this passive reply's text, or with an empty 200 when it is null. */
        void reply(String text);
    }

    /**
     * Answers the message on this thread, giving {@code passive} the text to reply passively or null (nothing to say
     * now, or the answer goes by API). When the reply budget runs out first, {@code passive} gets null from the
     * budget's timer at once, and the answer goes through the API once it is ready.
     */
    public void receive(CallbackMessage message, Passive passive) {
        String user = message.fromUser();
        if ("event".equals(message.msgType())) {
            passive.reply(event(message));
            return;
        }
        String unread = unread(message);
        if (unread != null) {
            passive.reply(unread);
            return;
        }
        String callback = marks.newCallback();
        String messageId = message.messageId();
        java.time.Instant at = clock.now().toInstant();
        AtomicInteger progress = new AtomicInteger(WAITING);
        // the whole callback is inside the budget, the look-up of an earlier delivery and a photo's download too;
        // with no budget at all every answer goes through the API
        ScheduledFuture<?> deadline = budget.isZero() ? null : timer.schedule(() -> giveUp(progress, passive, messageId, callback),
                budget.toNanos(), TimeUnit.NANOSECONDS);
        if (deadline == null) {
            giveUp(progress, passive, messageId, callback);
        }
        Reply reply = null;
        RuntimeException failure = null;
        try {
            reply = marks.sentBefore(messageId, message.createTime(), callback) ? ALREADY_SENT : handle(message, messageId, at);
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            if (deadline != null) {
                deadline.cancel(false);
            }
        }
        if (!progress.compareAndSet(WAITING, COMPLETED)) {
            if (failure != null || reply != ALREADY_SENT && (!reply.text().isEmpty() || reply.hasImage())) {
                Reply late = reply;
                RuntimeException lateFailure = failure;
                workers.execute(() -> deliverLater(messageId, user, late, lateFailure));
            }
            return;
        }
        if (failure != null) {
            log.error("处理消息 {} 失败", messageId, failure);
            passive.reply(current.get().wording().failed());
            return;
        }
        if (reply == ALREADY_SENT || reply.text().isEmpty() && !reply.hasImage()) {
            passive.reply(null);
            return;
        }
        if (reply.hasImage() || TextSplitter.utf8Length(reply.text()) > TextSplitter.WECOM_TEXT_BYTES) {
            marks.mark(messageId, callback);
            Reply byApi = reply;
            workers.execute(() -> deliveries.deliver(user, byApi));
            passive.reply(null);
            return;
        }
        passive.reply(reply.text());
    }

    /** The budget ran out (or there is none): an empty 200 now, and a mark so that a retry gets one too. */
    private void giveUp(AtomicInteger progress, Passive passive, String messageId, String callback) {
        if (progress.compareAndSet(WAITING, GAVE_UP)) {
            passive.reply(null);
            workers.execute(() -> marks.mark(messageId, callback));
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

    /** A text, a recognised voice message, or a photo (downloaded here; one that cannot be had: it reads text). */
    private Reply handle(CallbackMessage message, String messageId, java.time.Instant at) {
        if (!"image".equals(message.msgType())) {
            return core.handle(new InboundMessage(messageId, message.fromUser(), message.readable(), at));
        }
        cn.duban.assistant.conversation.Attachment photo = images.download(message.mediaId());
        if (photo == null) {
            return new Reply(current.get().wording().notText());
        }
        return core.handle(new InboundMessage(messageId, message.fromUser(), "", at, photo));
    }

    private void deliverLater(String messageId, String user, Reply reply, Throwable failure) {
        if (failure != null) {
            log.error("处理消息 {} 失败", messageId, failure);
            deliveries.deliver(user, new Reply(current.get().wording().failed()));
            return;
        }
        deliveries.deliver(user, reply);
    }

    /**
     * The answer to a message the conversation core does not read, or null for one it does: a text, a voice message
     * with WeChat Work's recognition. A voice message without it is asked for text, anything else told it reads text.
     */
    private String unread(CallbackMessage message) {
        return switch (message.msgType()) {
            case "text" -> null;
            case "image" -> images == null || message.mediaId().isEmpty() ? current.get().wording().notText() : null;
            case "voice" -> message.recognition().isEmpty() ? current.get().wording().voiceNotRecognised() : null;
            default -> current.get().wording().notText();
        };
    }

    private String event(CallbackMessage message) {
        String event = message.event();
        if (!"subscribe".equals(event) && !"enter_agent".equals(event)) {
            return null;
        }
        return core.help(message.fromUser());
    }
}
