package cn.duban.assistant.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * Everything the assistant knows from {@code knowledge/}: the reports and the numeric targets they set.
 *
 * @param reports  the reports, in file name order
 * @param targets  the targets, in the order of {@code targets.yml}
 * @param synonyms officials' shorthand ({@code vocabulary.yml}), used in searching the reports' sentences
 */
public record Knowledge(List<Report> reports, List<Target> targets, Synonyms synonyms) {

    /** Knowledge without officials' shorthand. */
    public Knowledge(List<Report> reports, List<Target> targets) {
        this(reports, targets, Synonyms.none());
    }

    public Optional<Report> report(String id) {
        return reports.stream().filter(report -> report.id().equals(id)).findFirst();
    }

    public Optional<Target> target(String id) {
        return targets.stream().filter(target -> target.id().equals(id)).findFirst();
    }

    /** Whether answers must name the report they come from. */
    public boolean hasSeveralReports() {
        return reports.size() > 1;
    }
}
