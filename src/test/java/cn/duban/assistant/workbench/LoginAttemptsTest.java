package cn.duban.assistant.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** Five wrong passwords for one username within 15 minutes lock it until the oldest of them is 15 minutes old. */
class LoginAttemptsTest {

    /** A clock a test moves. */
    private static final class Moving extends Clock {
        Instant now = Instant.parse("2023-07-03T02:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void fiveFailuresLockTheUsernameForFifteenMinutes() {
        Moving clock = new Moving();
        LoginAttempts attempts = new LoginAttempts(5, Duration.ofMinutes(15), clock);
        for (int i = 0; i < 4; i++) {
            attempts.failed("duchashi");
            clock.now = clock.now.plusSeconds(60);
        }
        assertThat(attempts.locked("duchashi")).isFalse();
        attempts.failed("DuChaShi ");

        assertThat(attempts.locked("duchashi")).isTrue();
        assertThat(attempts.locked("wangwu")).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(11)).plusSeconds(1);
        assertThat(attempts.locked("duchashi")).as("the first failure is over 15 minutes old").isFalse();
    }

    @Test
    void aRightPasswordStartsTheCountAgain() {
        LoginAttempts attempts = new LoginAttempts(5, Duration.ofMinutes(15), new Moving());
        for (int i = 0; i < 4; i++) {
            attempts.failed("duchashi");
        }
        attempts.succeeded("duchashi");
        attempts.failed("duchashi");

        assertThat(attempts.locked("duchashi")).isFalse();
    }
}
