package cn.duban.assistant.knowledge;

import java.nio.file.Path;
import java.util.List;

import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * Loads {@code knowledge/}: {@code reports/*.txt}, {@code targets.yml}, {@code tasks.yml} when there is one (the tasks
 * of the county's 分工方案), and {@code vocabulary.yml} (officials' shorthand, which widens the targets' aliases and the
 * search of the reports' sentences). Any problem is a
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
        List<Task> tasks = TaskLoader.load(knowledgeDir.resolve(TaskLoader.FILE), reports, targets);
        Synonyms synonyms = Synonyms.load(knowledgeDir.resolve("vocabulary.yml"));
        return new Knowledge(reports, synonyms.widen(targets), synonyms, tasks);
    }

    /**
     * Checks, where the knowledge meets the roster, that every task's 分管领导 is one of {@code officials} (the UserIDs
     * of the roster's officials).
     *
     * @param knowledgeDir the folder {@code knowledge} was loaded from
     * @throws cn.duban.assistant.files.MalformedFileException naming {@code tasks.yml}, the line and the field
     *                                                         {@code tasks[n].leader}
     */
    public static void checkLeaders(Path knowledgeDir, Knowledge knowledge, java.util.Set<String> officials) {
        TaskLoader.checkLeaders(knowledgeDir.resolve(TaskLoader.FILE), knowledge.tasks(), officials);
    }
}
