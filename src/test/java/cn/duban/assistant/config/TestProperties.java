package cn.duban.assistant.config;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

/** Settings as the defaults give them, for tests that build parts without Spring. */
public final class TestProperties {

    private TestProperties() {
    }

    public static AssistantProperties defaults() {
        return withToday(null);
    }

    public static AssistantProperties withToday(LocalDate today) {
        return new AssistantProperties(Path.of("knowledge"), Path.of("data"), today, ZoneId.of("Asia/Shanghai"), 500,
                Path.of("config"));
    }
}
