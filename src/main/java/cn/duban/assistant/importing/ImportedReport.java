package cn.duban.assistant.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import cn.duban.assistant.knowledge.KnowledgeLoader;
import cn.duban.assistant.knowledge.Report;
import cn.duban.assistant.knowledge.SentenceSplitter;

/**
 * A report file read for import: a {@code knowledge/reports} file with its front matter, or a plain report text in
 * any form {@link ReportFiles} reads, its facts guessed by {@link ReportFacts}.
 *
 * @param report the report as the assistant reads it
 * @param facts  what was guessed about a plain text, or null for a file with front matter
 */
public record ImportedReport(Report report, ReportFacts facts) {

    /** Reads the file; the report's id is {@code id}, or one made from the file name. */
    public static ImportedReport read(Path file, String id) {
        if (file.getFileName().toString().endsWith(".txt") && startsWithFence(file)) {
            return new ImportedReport(KnowledgeLoader.loadReport(file), null);
        }
        ReportFacts facts = ReportFacts.of(ReportFiles.read(file));
        String reportId = id != null ? id : idFrom(file, facts.year());
        SentenceSplitter.SplitText text = SentenceSplitter.split(reportId, facts.body());
        if (text.sentences().isEmpty()) {
            throw new ImportException(file.getFileName() + " 中没有读到正文句子");
        }
        return new ImportedReport(new Report(reportId, facts.title(), facts.speaker(), "", facts.county(), facts.year(),
                facts.source(), text.headings(), text.sentences()), facts);
    }

    /** An id from the file name: lower-case letters, digits and hyphens, else {@code report-<year>}. */
    static String idFrom(Path file, int year) {
        String base = file.getFileName().toString().replaceFirst("\\.[^.]*$", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return base.chars().anyMatch(Character::isLetter) ? base : "report-" + year;
    }

    private static boolean startsWithFence(Path file) {
        try {
            String text = ReportFiles.plainText(Files.readAllBytes(file)).stripLeading();
            return text.startsWith("---");
        } catch (java.io.IOException | ImportException e) {
            return false;
        }
    }
}
