package cn.duban.assistant.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.duban.assistant.channel.console.ConsoleChannel;
import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.config.TestProperties;
import cn.duban.assistant.conversation.TestAssistant;
import cn.duban.assistant.redis.TestRedis;

/**
 * Chat scenarios ({@code understanding/cases-*.jsonl}): each line's messages go through the console channel one by
 * one on an empty ledger, with the roster of {@code understanding/roster.yml}; each check names a reply by its line
 * and gives patterns it must match (one of {@code any}) and must not match ({@code none}).
 */
class ChatScenariosTest {

    private static final String[] FILES = {"cases-shared.jsonl", "cases-reporting.jsonl", "cases-conversation.jsonl",
            "cases-extra.jsonl", "cases-review.jsonl", "cases-owner.jsonl",
            "cases-when.jsonl", "cases-several.jsonl", "cases-shorthand.jsonl", "cases-tasks.jsonl",
            "cases-duban.jsonl", "cases-lights.jsonl", "cases-workbench.jsonl",
            "cases-ended.jsonl"};
    private static final Path ROSTER = Path.of("src/test/resources/understanding/roster.yml");
    private static final LocalDate DEFAULT_TODAY = LocalDate.of(2023, 6, 30);

    static Stream<Arguments> scenarios() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Arguments> all = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = ChatScenariosTest.class.getResourceAsStream("/understanding/" + file)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                    if (!line.isBlank()) {
                        JsonNode scenario = json.readTree(line);
                        all.add(Arguments.of(scenario.get("id").asText(), scenario));
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void holds(String id, JsonNode scenario) {
        List<String> lines = new ArrayList<>();
        scenario.get("lines").forEach(line -> lines.add(line.asText()));
        List<String> replies = run(settings(scenario.get("args")), lines);
        assertThat(replies).as(id + ": one reply per line").hasSize(lines.size());
        for (JsonNode check : scenario.get("checks")) {
            int index = check.get("line").asInt();
            String reply = replies.get(index);
            String context = id + " line " + index + " «" + lines.get(index) + "» got:\n" + reply;
            if (check.has("any") && check.get("any").size() > 0) {
                boolean matched = false;
                for (JsonNode pattern : check.get("any")) {
                    matched |= Pattern.compile(pattern.asText()).matcher(reply).find();
                }
                assertThat(matched).as(context + "\nexpected one of " + check.get("any")).isTrue();
            }
            if (check.has("all")) {
                for (JsonNode pattern : check.get("all")) {
                    assertThat(Pattern.compile(pattern.asText()).matcher(reply).find())
                            .as(context + "\nmust match " + pattern.asText()).isTrue();
                }
            }
            if (check.has("none")) {
                for (JsonNode pattern : check.get("none")) {
                    assertThat(Pattern.compile(pattern.asText()).matcher(reply).find())
                            .as(context + "\nmust not match " + pattern.asText()).isFalse();
                }
            }
        }
    }

    private static AssistantProperties settings(JsonNode args) {
        LocalDate today = DEFAULT_TODAY;
        for (JsonNode arg : args) {
            String text = arg.asText();
            if (text.startsWith("--assistant.today=")) {
                today = LocalDate.parse(text.substring("--assistant.today=".length()));
            } else {
                fail("a setting the scenarios do not support yet: " + text);
            }
        }
        return TestProperties.withToday(today);
    }

    /** The replies the console gives to the lines, in order (each reply ends with the console's {@code ---} line). */
    private static List<String> run(AssistantProperties properties, List<String> lines) {
        TestAssistant assistant = new TestAssistant(TestRedis.fresh(), properties, ROSTER);
        ConsoleChannel console = new ConsoleChannel(assistant.core(), assistant.current(), assistant.clock(), properties);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String input = String.join("\n", lines) + "\n";
        console.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, "zhangsan");
        List<String> replies = new ArrayList<>();
        StringBuilder reply = new StringBuilder();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n", -1)) {
            if (line.equals(ConsoleChannel.END_OF_REPLY)) {
                replies.add(reply.toString());
                reply.setLength(0);
            } else {
                reply.append(reply.length() == 0 ? "" : "\n").append(line);
            }
        }
        return replies;
    }
}
