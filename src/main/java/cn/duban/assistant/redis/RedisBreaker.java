package cn.duban.assistant.redis;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.Connection;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.executors.CommandExecutor;

/**
 * Every Redis command goes through here: after one command fails to reach Redis (refused, reset, or no answer within
 * {@code assistant.redis.timeout} — a frozen server), the following commands fail at once with
 * {@link RedisUnavailableException} instead of each waiting out the timeout, while a background probe PINGs Redis
 * every {@code retryAfter} and lets commands through again as soon as it answers. So a question touches a frozen
 * Redis for at most one timeout and is still answered within WeChat Work's 5 s, and no user's command is the probe
 * (Resilience4j's circuit breaker, opened by a single connection failure, closed by the probe).
 */
final class RedisBreaker implements CommandExecutor {

    private static final Logger log = LoggerFactory.getLogger(RedisBreaker.class);

    private final CommandExecutor commands;
    private final CircuitBreaker breaker;
    private final Supplier<Connection> connections;
    private final Duration retryAfter;
    private final ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "redis-probe");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean probing;

    /**
     * @param dropIdle closes the idle pooled connections: after a failure they may lead to a server that is gone
     *                 (killed and started again), and each would fail the next command that takes it
     */
    RedisBreaker(CommandExecutor commands, Supplier<Connection> connections, Duration retryAfter, Runnable dropIdle) {
        this.commands = commands;
        this.connections = connections;
        this.retryAfter = retryAfter;
        this.breaker = CircuitBreaker.of("redis", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(1)
                .minimumNumberOfCalls(1)
                .failureRateThreshold(100)
                .waitDurationInOpenState(Duration.ofDays(365))
                .recordException(e -> e instanceof JedisConnectionException && !(e instanceof RedisUnavailableException))
                .writableStackTraceEnabled(false)
                .build());
        breaker.getEventPublisher().onStateTransition(event -> {
            switch (event.getStateTransition().getToState()) {
                case OPEN -> {
                    if (event.getStateTransition().getFromState() == CircuitBreaker.State.CLOSED) {
                        log.warn("Redis 无响应,暂停访问 Redis,每 {} ms 重试一次", retryAfter.toMillis());
                    }
                    dropIdle.run();
                    startProbe();
                }
                case CLOSED -> {
                    log.info("Redis 已恢复");
                    dropIdle.run();
                }
                default -> {
                }
            }
        });
    }

    @Override
    public <T> T executeCommand(CommandObject<T> command) {
        try {
            return breaker.executeSupplier(() -> commands.executeCommand(command));
        } catch (CallNotPermittedException e) {
            throw new RedisUnavailableException();
        }
    }

    /** PINGs Redis every {@code retryAfter} on a connection of its own, and closes the breaker once it answers. */
    private synchronized void startProbe() {
        if (probing) {
            return;
        }
        probing = true;
        probe.schedule(this::ping, retryAfter.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void ping() {
        try (Connection connection = connections.get()) {
            connection.ping();
            synchronized (this) {
                probing = false;
            }
            breaker.transitionToClosedState();
        } catch (RuntimeException e) {
            probe.schedule(this::ping, retryAfter.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() throws Exception {
        probe.shutdownNow();
        commands.close();
    }
}
