package cn.duban.assistant.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class AssistantClockTest {

    @Test
    void aConfiguredTodayFixesEveryDate() {
        AssistantClock clock = new AssistantClock(TestProperties.withToday(LocalDate.of(2023, 6, 30)));

        assertThat(clock.today()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(clock.now().toLocalDate()).isEqualTo(LocalDate.of(2023, 6, 30));
    }

    @Test
    void withoutItTodayIsTheDateInShanghai() {
        AssistantClock clock = new AssistantClock(TestProperties.defaults());

        LocalDate before = ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).toLocalDate();
        LocalDate today = clock.today();
        LocalDate after = ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).toLocalDate();
        assertThat(today).isBetween(before, after);
    }
}
