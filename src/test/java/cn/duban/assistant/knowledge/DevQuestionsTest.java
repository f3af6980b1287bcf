package cn.duban.assistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The sample questions from {@code qa/dev-questions.jsonl}: at least 19 of 20 answered right, section named. */
class DevQuestionsTest {

    record Sample(String question, List<String> expected, String section, boolean negative) {
    }

    @Test
    void atLeastNineteenOfTwentyAnsweredWithTheirSection() throws IOException {
        List<Sample> samples = samples();
        List<String> failures = new ArrayList<>();
        for (Sample sample : samples) {
            String reply = BundledKnowledge.reply(sample.question());
            boolean right = sample.expected().stream().allMatch(reply::contains)
                    && (sample.section() == null || sourceLine(reply).contains(sample.section()))
                    && (sample.negative() == reply.startsWith("未找到"));
            if (!right) {
                failures.add(sample.question() + " -> " + reply);
            }
        }
        assertThat(samples).hasSize(20);
        assertThat(failures).as("wrong answers").hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void answersNeverStartWithNotFoundWhenTheReportSaysIt() throws IOException {
        for (Sample sample : samples()) {
            if (!sample.negative()) {
                assertThat(BundledKnowledge.reply(sample.question())).as(sample.question()).doesNotStartWith("未找到");
            }
        }
    }

    private static String sourceLine(String reply) {
        return reply.lines().filter(line -> line.startsWith("出处")).findFirst().orElse("");
    }

    static List<Sample> samples() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Sample> samples = new ArrayList<>();
        try (InputStream in = DevQuestionsTest.class.getResourceAsStream("/qa/dev-questions.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                List<String> expected = new ArrayList<>();
                node.get("expect").forEach(e -> expected.add(e.asText()));
                String section = node.get("section").isNull() ? null : node.get("section").asText();
                samples.add(new Sample(node.get("q").asText(), expected, section,
                        node.has("negative") && node.get("negative").asBoolean()));
            }
        }
        return samples;
    }
}
