package cn.duban.assistant.knowledge;

import java.nio.file.Path;
import java.util.List;

import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * Loads {@code knowledge/}: {@code reports/*.txt}, {@code targets.yml}, and {@code vocabulary.yml} (officials' shorthand,
 * which widens the targets' aliases and the search of the reports' sentences). Any problem is a
 * {@code MalformedFileException} with its place: it stops startup, and a reload keeps the knowledge loaded before.
 */
public final class KnowledgeLoader {

    private KnowledgeLoader() {
    }

    /**
     * Reads one report file in the {@code knowledge/reports} form (front matter between {@code ---} lines, then the text).
     *
     * @throws cn.duban.assistant.files.MalformedFileException naming the file and line when it is not in that form
     */
    public static Report loadReport(Path file) {
        return ReportLoader.load(file);
    }

    /** Loads the folder with the units of the bundled vocabulary. */
    public static Knowledge load(Path knowledgeDir) {
        return load(knowledgeDir, Vocabulary.bundled());
    }

    /** Loads the folder; a target's unit must be one the vocabulary's {@code units} (or 万/亿 before one) can read. */
    public static Knowledge load(Path knowledgeDir, Vocabulary vocabulary) {
        List<Report> reports = ReportLoader.loadAll(knowledgeDir.resolve("reports"));
        List<Target> targets = TargetLoader.load(knowledgeDir.resolve("targets.yml"), reports, vocabulary.words("units"));
        Synonyms synonyms = Synonyms.load(knowledgeDir.resolve("vocabulary.yml"));
        return new Knowledge(reports, synonyms.widen(targets), synonyms);
    }
}
