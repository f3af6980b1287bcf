package cn.duban.assistant.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * Everything the assistant knows from {@code knowledge/}: the reports, the numeric targets they set and the tasks
 * (重点任务) of the county's 分工方案.
 *
 * @param reports  the reports, in file name order
 * @param targets  the targets, in the order of {@code targets.yml}
 * @param synonyms officials' shorthand ({@code vocabulary.yml}), used in searching the reports' sentences
 * @param tasks    the tasks, in the order of {@code tasks.yml}; empty without that file
 */
public record Knowledge(List<Report> reports, List<Target> targets, Synonyms synonyms, List<Task> tasks) {

    /** Knowledge without tasks. */
    public Knowledge(List<Report> reports, List<Target> targets, Synonyms synonyms) {
        this(reports, targets, synonyms, List.of());
    }

    /** Knowledge without officials' shorthand and without tasks. */
    public Knowledge(List<Report> reports, List<Target> targets) {
        this(reports, targets, Synonyms.none());
    }

    public Optional<Report> report(String id) {
        return reports.stream().filter(report -> report.id().equals(id)).findFirst();
    }

    public Optional<Target> target(String id) {
        return targets.stream().filter(target -> target.id().equals(id)).findFirst();
    }

    /** The task with this id, if there is one. */
    public Optional<Task> task(String id) {
        return tasks.stream().filter(task -> task.id().equals(id)).findFirst();
    }

    /**
     * The names of the reports' counties, normalized, with and without 县/市/区/旗 (庆云县, 庆云), longest first, each
     * with the ids of its reports.
     */
    public java.util.Map<String, java.util.Set<String>> places() {
        java.util.Map<String, java.util.Set<String>> places = new java.util.TreeMap<>(
                java.util.Comparator.comparingInt(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()));
        for (Report report : reports) {
            ReportNames.placeNames(report.county()).forEach(place ->
                    places.computeIfAbsent(place, p -> new java.util.LinkedHashSet<>()).add(report.id()));
        }
        return places;
    }

    /** Whether answers must name the report they come from. */
    public boolean hasSeveralReports() {
        return reports.size() > 1;
    }
}
