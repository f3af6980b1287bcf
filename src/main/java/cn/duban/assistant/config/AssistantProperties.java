package cn.duban.assistant.config;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under the prefix {@code assistant.}, from {@code config/application.yml}, {@code --assistant.x=y}
 * or environment variables ({@code ASSISTANT_KNOWLEDGEDIR}, …).
 *
 * @param knowledgeDir     folder with {@code reports/} and {@code targets.yml}
 * @param dataDir          folder for data the assistant writes
 * @param today            fixes "today" for every date computation; empty means the real date
 * @param zone             the county's time zone
 * @param maxMessageLength longer messages get a polite refusal
 * @param configDir        folder with county overrides ({@code replies.properties})
 */
@ConfigurationProperties("assistant")
public record AssistantProperties(
        @DefaultValue("knowledge") Path knowledgeDir,
        @DefaultValue("data") Path dataDir,
        LocalDate today,
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("500") int maxMessageLength,
        @DefaultValue("config") Path configDir) {
}
