package cn.duban.assistant.channel.wecombot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Reconnect pauses: 1 s doubling to the 30 s cap, spread by ±25 % and never above the cap. */
class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

    @Test
    void pausesDoubleUpToTheCapWithJitter() {
        for (int i = 0; i < 200; i++) {
            assertThat(backoff.after(1).toMillis()).isBetween(750L, 1250L);
            assertThat(backoff.after(3).toMillis()).isBetween(3000L, 5000L);
            assertThat(backoff.after(6).toMillis()).isBetween(22_500L, 30_000L);
            assertThat(backoff.after(60).toMillis()).isBetween(22_500L, 30_000L);
        }
    }

    @Test
    void theSpreadVaries() {
        long distinct = java.util.stream.IntStream.range(0, 50).mapToLong(i -> backoff.after(2).toMillis()).distinct().count();
        long atTheCap = java.util.stream.IntStream.range(0, 50).mapToLong(i -> backoff.after(40).toMillis()).distinct().count();
        assertThat(distinct).isGreaterThan(10);
        assertThat(atTheCap).as("instances at the cap do not reconnect in step").isGreaterThan(10);
    }
}
