package cn.duban.assistant.config;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Settings as the defaults give them, for tests that build parts without Spring. */
public final class TestProperties {

    private TestProperties() {
    }

    public static AssistantProperties defaults() {
        return withToday(null);
    }

    public static AssistantProperties withToday(LocalDate today) {
        return withFiles(today, Path.of("knowledge"), Path.of("config/roster.yml"));
    }

    /** The defaults, with {@code knowledge/} and the roster read from elsewhere (a copy a test edits). */
    public static AssistantProperties withFiles(LocalDate today, Path knowledgeDir, Path roster) {
        return withFolders(today, knowledgeDir, roster, Path.of("data"));
    }

    /** The defaults, with the data folder elsewhere (photos kept as 佐证材料 go there). */
    public static AssistantProperties withData(LocalDate today, Path dataDir) {
        return withFolders(today, Path.of("knowledge"), Path.of("config/roster.yml"), dataDir);
    }

    private static AssistantProperties withFolders(LocalDate today, Path knowledgeDir, Path roster, Path dataDir) {
        return new AssistantProperties(knowledgeDir, dataDir, today, ZoneId.of("Asia/Shanghai"), 500,
                Path.of("config"), roster,
                new AssistantProperties.Redis(null, null, List.of(), List.of(), null, Duration.ofSeconds(2), false),
                new AssistantProperties.Ledger(new BigDecimal(5), 7, Duration.ofMinutes(10), Duration.ofHours(48),
                        Duration.ofMinutes(30), Duration.ofSeconds(20), Duration.ofMinutes(10)),
                new AssistantProperties.Wecom(null, null, null, null, null, "https://qyapi.weixin.qq.com",
                        Duration.ofSeconds(3), Duration.ofSeconds(1), 3, 30, Duration.ofMinutes(5),
                        Duration.ofSeconds(5)),
                new AssistantProperties.WecomBot(null, null, java.net.URI.create("wss://openws.work.weixin.qq.com"),
                        Duration.ofSeconds(30), 2, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(5),
                        Duration.ofSeconds(20), Duration.ofSeconds(30)),
                new AssistantProperties.Digest(false, "0 30 8 * * MON-FRI", List.of(), "0 0 9 * * MON", true, null),
                new AssistantProperties.Knowledge(true),
                new AssistantProperties.Tasks(Duration.ofDays(15), 30, 5));
    }
}
