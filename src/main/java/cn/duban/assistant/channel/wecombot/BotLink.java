package cn.duban.assistant.channel.wecombot;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import cn.duban.assistant.config.AssistantProperties;

/**
 * Keeps the bot's long connection on the instance that holds the {@link BotLease}: subscribes
 * ({@link BotSubscription}), keeps its {@link Heartbeat}, reconnects with {@link Backoff}, and after WeChat Work's
 * {@code disconnected_event} (another connection replaced this one) tries again only after {@code replacedPause}.
 * Frames arriving go to the {@link BotInbox}; the {@link BotOutbox} is served while connected. Rules from doc 101463
 * and the official SDKs.
 */
final class BotLink implements SmartLifecycle, BotConnection.Events, LongConnection {

    private static final Logger log = LoggerFactory.getLogger(BotLink.class);

    private final AssistantProperties.WecomBot settings;
    private final BotLease lease;
    private final BotInbox inbox;
    private final BotOutbox outbox;
    private final Backoff backoff;
    private final BotSubscription subscription;
    private final Heartbeat heartbeat;
    private ScheduledExecutorService timer;
    private volatile BotConnection connection;
    private volatile BotStatus status = new BotStatus("stopped", "", Instant.now());
    private volatile boolean running;
    private volatile boolean replaced;
    private int failures;
    private Instant nextAttempt = Instant.MIN;

    BotLink(AssistantProperties.WecomBot settings, BotLease lease, BotInbox inbox, BotOutbox outbox) {
        this.settings = settings;
        this.lease = lease;
        this.inbox = inbox;
        this.outbox = outbox;
        this.subscription = new BotSubscription(settings);
        this.backoff = new Backoff(settings.firstRetry(), settings.longestRetry());
        this.heartbeat = new Heartbeat(settings.missedHeartbeats());
    }

    @Override
    public BotStatus status() {
        return status;
    }

    @Override
    public synchronized void start() {
        running = true;
        timer = Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "wecombot-link");
            thread.setDaemon(true);
            return thread;
        });
        long tick = Math.max(100, settings.lease().toMillis() / 4);
        timer.scheduleWithFixedDelay(this::tick, 0, tick, TimeUnit.MILLISECONDS);
        timer.scheduleAtFixedRate(this::ping, settings.heartbeat().toMillis(), settings.heartbeat().toMillis(),
                TimeUnit.MILLISECONDS);
        outbox.serve(this::current);
    }

    @Override
    public synchronized void stop() {
        running = false;
        outbox.stopServing();
        BotConnection open = connection;
        connection = null;
        if (open != null) {
            open.close();
        }
        timer.shutdownNow();
        try {
            lease.release();
        } catch (RuntimeException e) {
            log.warn("无法释放智能机器人长连接的租约: {}", e.getMessage());
        }
        set("stopped", "");
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The open, subscribed connection of this instance, or null. */
    BotConnection current() {
        BotConnection open = connection;
        return open != null && open.isOpen() && "connected".equals(status.state()) ? open : null;
    }

    private synchronized void tick() {
        if (!running) {
            return;
        }
        boolean holding;
        try {
            holding = lease.hold();
        } catch (RuntimeException e) {
            log.warn("无法续租智能机器人长连接(Redis 不可达?),保持现状: {}", e.getMessage());
            return;
        }
        BotConnection open = connection;
        if (!holding) {
            if (open != null) {
                connection = null;
                open.abort("另一实例取得了租约");
                log.warn("另一实例取得了智能机器人长连接的租约,本实例断开");
            }
            set("standby", "另一实例持有长连接");
            return;
        }
        if ((open == null || !open.isOpen()) && !Instant.now().isBefore(nextAttempt)) {
            connect();
        }
    }

    private void connect() {
        set(failures == 0 ? "connecting" : "reconnecting", status.detail());
        replaced = false;
        try {
            BotConnection opened = subscription.open(this);
            failures = 0;
            heartbeat.reset();
            connection = opened;
            set("connected", "");
            log.info("智能机器人长连接已建立: {}", settings.url());
        } catch (BotSubscription.Refused e) {
            failed("auth-failed", e.getMessage());
        } catch (RuntimeException e) {
            failed("reconnecting", ConnectFailure.describe(e, settings.url()));
        }
    }

    private void failed(String state, String detail) {
        failures++;
        Duration pause = backoff.after(failures);
        nextAttempt = Instant.now().plus(pause);
        set(state, detail);
        log.warn("智能机器人长连接: {};{}后重连", detail, ConnectFailure.text(pause));
        if (running) {
            timer.schedule(this::tick, pause.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void ping() {
        BotConnection open = current();
        if (open != null) {
            heartbeat.beat(open);
        }
    }

    @Override
    public void received(BotConnection from, BotFrame frame) {
        if (frame.isReplacedEvent()) {
            replaced = true;
            from.abort("被另一个连接顶替");
            return;
        }
        inbox.receive(from, frame);
    }

    @Override
    public void ended(BotConnection which, String reason) {
        if (!running || which != connection) {
            return;
        }
        timer.execute(() -> afterEnd(which, reason));
    }

    private synchronized void afterEnd(BotConnection which, String reason) {
        if (!running || which != connection) {
            return;
        }
        connection = null;
        if (replaced) {
            nextAttempt = Instant.now().plus(settings.replacedPause());
            String pause = ConnectFailure.text(settings.replacedPause());
            set("replaced", "另一个连接顶替了本连接(disconnected_event)," + pause + "后再试");
            log.warn("智能机器人长连接被另一个连接顶替;{}后再试,请确认没有别处用同一 BotID 建立长连接", pause);
            timer.schedule(this::tick, settings.replacedPause().toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        if ("connected".equals(status.state())) {
            failures = 0;
        }
        failed("reconnecting", "连接断开: " + reason);
    }

    private void set(String state, String detail) {
        if (!state.equals(status.state()) || !detail.equals(status.detail())) {
            status = new BotStatus(state, detail, Instant.now());
        }
    }
}
