package cn.duban.assistant.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** {@code assistant.tasks.*}: whole days for due-soon, at least one day for the others, each named when wrong. */
class TaskSettingsTest {

    @Test
    void theDefaultsAreFifteenThirtyAndFiveDays() {
        AssistantProperties.Tasks tasks = TestProperties.defaults().tasks();
        assertThat(tasks.dueSoonDays()).isEqualTo(15);
        assertThat(tasks.silentDays()).isEqualTo(30);
        assertThat(tasks.replyDays()).isEqualTo(5);
    }

    @Test
    void aWrongValueStopsStartupNamingTheSetting() {
        assertThatThrownBy(() -> new AssistantProperties.Tasks(Duration.ofHours(36), 30, 5))
                .hasMessageContaining("assistant.tasks.due-soon").hasMessageContaining("36h").hasMessageContaining("15d");
        assertThatThrownBy(() -> new AssistantProperties.Tasks(Duration.ZERO, 30, 5)).hasMessageContaining("assistant.tasks.due-soon");
        assertThatThrownBy(() -> new AssistantProperties.Tasks(Duration.ofDays(15), 0, 5))
                .hasMessageContaining("assistant.tasks.silent-days");
        assertThatThrownBy(() -> new AssistantProperties.Tasks(Duration.ofDays(15), 30, -1))
                .hasMessageContaining("assistant.tasks.reply-days");
    }
}
