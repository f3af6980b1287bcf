package cn.duban.assistant.workbench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wrong passwords per username, in memory: after {@code maxFailures} within {@code window} the username is locked
 * until the oldest of those failures is {@code window} old. A right password clears the count.
 */
public final class LoginAttempts {

    /** Usernames remembered before those whose failures aged out are forgotten (wrong names tried in bulk). */
    private static final int MAX_USERNAMES = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    /** At most {@code maxFailures} wrong passwords per username within {@code window}. */
    public LoginAttempts(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = Math.max(1, maxFailures);
        this.window = window;
        this.clock = clock;
    }

    /** Whether this username may not try now. */
    public boolean locked(String username) {
        Deque<Instant> recent = failures.get(key(username));
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            forgetOld(recent);
            return recent.size() >= maxFailures;
        }
    }

    /** A wrong password for this username. */
    public void failed(String username) {
        if (failures.size() > MAX_USERNAMES) {
            failures.values().removeIf(this::stale);
        }
        Deque<Instant> recent = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
        synchronized (recent) {
            forgetOld(recent);
            recent.addLast(clock.instant());
        }
    }

    /** A right password: the count starts again. */
    public void succeeded(String username) {
        failures.remove(key(username));
    }

    /** Whether a username's failures have all aged out (it may be forgotten). */
    private boolean stale(Deque<Instant> recent) {
        synchronized (recent) {
            forgetOld(recent);
            return recent.isEmpty();
        }
    }

    private void forgetOld(Deque<Instant> recent) {
        Instant since = clock.instant().minus(window);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(since)) {
            recent.removeFirst();
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
