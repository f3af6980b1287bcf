package cn.duban.assistant.importing;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * {@code score-extraction DIR}: precision, recall and F1 of {@link TargetExtractor} against hand-labelled targets,
 * {@code DIR/targets.jsonl} (one JSON object a line: report, indicator, value, unit, comparator, quote) for the report
 * texts in DIR. A proposed target is right when its report, value, unit and comparator are the label's and its quote
 * overlaps the label's (one holds the other); each label is matched once.
 */
public final class ExtractionScore {

    /** Counts for one report or all: proposed, labelled, right. */
    public record Counts(int proposed, int labelled, int right) {

        public double precision() {
            return proposed == 0 ? 1 : (double) right / proposed;
        }

        public double recall() {
            return labelled == 0 ? 1 : (double) right / labelled;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts other) {
            return new Counts(proposed + other.proposed, labelled + other.labelled, right + other.right);
        }
    }

    private ExtractionScore() {
    }

    /** The counts per report file, in the order of the labels, and {@code "all"} last. */
    public static Map<String, Counts> score(Path dir, Vocabulary vocabulary) throws IOException {
        Map<String, List<JsonNode>> labels = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        Path file = dir.resolve("targets.jsonl");
        if (!Files.isRegularFile(file)) {
            throw new ImportException("找不到标注文件 " + file + "(每行一个 JSON: report, indicator, value, unit, comparator, quote)");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) {
                continue;
            }
            JsonNode label;
            try {
                label = json.readTree(lines.get(n));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new ImportException(file + " 第" + (n + 1) + "行不是有效的 JSON(" + e.getOriginalMessage() + ")");
            }
            for (String field : List.of("report", "value", "unit", "comparator", "quote")) {
                if (!label.hasNonNull(field)) {
                    throw new ImportException(file + " 第" + (n + 1) + "行缺少 " + field);
                }
            }
            labels.computeIfAbsent(label.get("report").asText(), r -> new ArrayList<>()).add(label);
        }
        TargetExtractor extractor = new TargetExtractor(vocabulary);
        Map<String, Counts> counts = new LinkedHashMap<>();
        Counts all = new Counts(0, 0, 0);
        for (var entry : labels.entrySet()) {
            ImportedReport imported = ImportedReport.read(dir.resolve(entry.getKey()), null);
            List<ProposedTarget> proposed = extractor.extract(imported.report(), imported.report().id());
            List<JsonNode> open = new ArrayList<>(entry.getValue());
            int right = 0;
            for (ProposedTarget target : proposed) {
                JsonNode match = open.stream().filter(label -> matches(target, label)).findFirst().orElse(null);
                if (match != null) {
                    open.remove(match);
                    right++;
                }
            }
            Counts report = new Counts(proposed.size(), entry.getValue().size(), right);
            counts.put(entry.getKey(), report);
            all = all.plus(report);
        }
        counts.put("all", all);
        return counts;
    }

    static boolean matches(ProposedTarget target, JsonNode label) {
        String quote = label.get("quote").asText();
        return new BigDecimal(label.get("value").asText()).compareTo(target.value()) == 0
                && label.get("unit").asText().equals(target.unit())
                && label.get("comparator").asText().equals(target.comparator())
                && (quote.contains(target.quote()) || target.quote().contains(quote));
    }

    /** Runs the command: one line per report and the total; 0, or 1 when the folder cannot be read. */
    public static int run(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<String> dirs = java.util.Arrays.stream(args).filter(arg -> !arg.startsWith("--")).skip(1).toList();
        Path dir = Path.of(dirs.isEmpty() ? "../shared/reports" : dirs.get(0));
        try {
            for (var entry : score(dir, ImportCommands.vocabulary(args)).entrySet()) {
                Counts c = entry.getValue();
                out.printf("%-24s proposed %3d  labelled %3d  right %3d  precision %.2f  recall %.2f  F1 %.2f%n",
                        entry.getKey(), c.proposed(), c.labelled(), c.right(), c.precision(), c.recall(), c.f1());
            }
            return 0;
        } catch (IOException | ImportException e) {
            new PrintStream(System.err, true, StandardCharsets.UTF_8).println("无法评分 " + dir + ": " + e.getMessage());
            return 1;
        }
    }
}
