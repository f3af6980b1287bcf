package cn.duban.assistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;


/**
 * Fragments of five other counties' reports ({@code reports/}) with the targets a careful reader finds in them:
 * each loads as knowledge, and a question about each target leads with the report's own words.
 */
class OtherCountiesTest {

    @TempDir
    Path dir;

    @Test
    void everyOtherCountysTargetIsAnsweredInItsReportsWords() throws IOException {
        Map<String, List<JsonNode>> targetsByReport = new LinkedHashMap<>();
        for (JsonNode target : targets()) {
            targetsByReport.computeIfAbsent(target.get("report").asText(), r -> new ArrayList<>()).add(target);
        }
        int asked = 0;
        for (var entry : targetsByReport.entrySet()) {
            Path knowledgeDir = dir.resolve(entry.getKey().replace(".txt", ""));
            BundledKnowledge.write(knowledgeDir.resolve("reports/" + entry.getKey()),
                    BundledKnowledge.reportFile("县政府工作报告", 2025, body(entry.getKey())));
            StringBuilder yaml = new StringBuilder("targets:\n");
            int n = 0;
            for (JsonNode target : entry.getValue()) {
                yaml.append("  - id: t").append(++n).append('\n')
                        .append("    name: ").append(target.get("indicator").asText()).append('\n')
                        .append("    value: ").append(target.get("value").asText()).append('\n')
                        .append("    unit: \"").append(target.get("unit").asText()).append("\"\n")
                        .append("    comparator: \"").append(target.get("comparator").asText()).append("\"\n")
                        .append("    aggregation: latest\n")
                        .append("    quote: \"").append(target.get("quote").asText().replace("\"", "\\\"")).append("\"\n");
            }
            BundledKnowledge.write(knowledgeDir.resolve("targets.yml"), yaml.toString());

            Knowledge knowledge = KnowledgeLoader.load(knowledgeDir);
            try (KnowledgeIndex index = new KnowledgeIndex(knowledge)) {
                ReportAnswerer answerer = new ReportAnswerer(knowledge, index);
                for (Target target : knowledge.targets()) {
                    String reply = BundledKnowledge.reply(knowledge, answerer, target.name() + "目标是多少");
                    assertThat(reply.lines().findFirst().orElseThrow()).as(entry.getKey() + " " + target.name())
                            .isEqualTo(target.quote() + "。");
                    asked++;
                }
            }
        }
        assertThat(asked).isEqualTo(targets().size());
    }

    /** The fragment's text without its source line and the character cut in half where the excerpt ends. */
    private static String body(String file) throws IOException {
        String text = resource("/reports/" + file);
        return text.substring(text.indexOf('\n') + 1).replace("\uFFFD", "");
    }

    private static List<JsonNode> targets() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> targets = new ArrayList<>();
        for (String line : resource("/reports/targets.jsonl").split("\n")) {
            if (!line.isBlank()) {
                targets.add(json.readTree(line));
            }
        }
        return targets;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = OtherCountiesTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
