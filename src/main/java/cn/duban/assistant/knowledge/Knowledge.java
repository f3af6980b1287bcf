package cn.duban.assistant.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * Everything the assistant knows from {@code knowledge/}: the reports and the numeric targets they set.
 *
 * @param reports the reports, in file name order
 * @param targets the targets, in the order of {@code targets.yml}
 */
public record Knowledge(List<Report> reports, List<Target> targets) {

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
