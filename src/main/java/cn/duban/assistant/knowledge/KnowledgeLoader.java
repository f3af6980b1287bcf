package cn.duban.assistant.knowledge;

import java.nio.file.Path;
import java.util.List;

/** Loads {@code knowledge/}: {@code reports/*.txt} and {@code targets.yml}. Any problem stops startup with its place. */
public final class KnowledgeLoader {

    private KnowledgeLoader() {
    }

    public static Knowledge load(Path knowledgeDir) {
        List<Report> reports = ReportLoader.loadAll(knowledgeDir.resolve("reports"));
        List<Target> targets = TargetLoader.load(knowledgeDir.resolve("targets.yml"), reports);
        return new Knowledge(reports, targets);
    }
}
