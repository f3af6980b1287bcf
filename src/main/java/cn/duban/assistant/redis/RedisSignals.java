package cn.duban.assistant.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;

/**
 * Fault drills on an embedded redis-server ({@code benchmark-faults} and the fault tests): freeze it as a stalled disk
 * or a paused machine does ({@code kill -STOP}), let it go on ({@code kill -CONT}), kill it ({@code kill -9}; the
 * embedded server's watchdog starts it again on the same port and folder). Linux and macOS ({@code kill}).
 */
public final class RedisSignals {

    private final EmbeddedRedis redis;

    public RedisSignals(EmbeddedRedis redis) {
        this.redis = redis;
    }

    /** SIGSTOP: Redis keeps its connections but answers nothing. */
    public void freeze() {
        signal(redis.pid(), "STOP");
    }

    /** SIGCONT: Redis goes on, running what it received meanwhile. */
    public void thaw() {
        signal(redis.pid(), "CONT");
    }

    /** SIGKILL, and waits until the process is gone; returns its pid. */
    public long kill() {
        long pid = redis.pid();
        signal(pid, "KILL");
        ProcessHandle.of(pid).ifPresent(handle -> handle.onExit().orTimeout(10, TimeUnit.SECONDS).join());
        return pid;
    }

    private static void signal(long pid, String name) {
        try {
            int exit = new ProcessBuilder("kill", "-" + name, Long.toString(pid)).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kill -" + name + " " + pid + " exited " + exit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
