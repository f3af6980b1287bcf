package cn.duban.assistant.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.util.CellReference;

import cn.duban.assistant.knowledge.Task;
import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * A 分工方案 imported through the workbench: read with the same reader as {@code import-plan}, compared with the tasks
 * in use, and — when it has no errors — written as {@code knowledge/tasks.yml} ({@link TasksFile}). A row whose task
 * is a task in use (the same report words) keeps that task's id, name, aliases and milestones, so its notes stay its
 * own; the sheet decides its units, leader and 完成时限.
 */
public final class PlanProposals {

    private PlanProposals() {
    }

    /** What is wrong with a row, so that the file is refused. */
    public enum Error { NOT_IN_REPORT, NO_LEAD, DEADLINE }

    /**
     * An error in the file, by row and column as Excel shows them.
     *
     * @param row    the row number
     * @param column the column's letter (C)
     * @param header the column's header word (牵头单位)
     * @param error  what is wrong
     * @param detail the cell as written, or the reader's remark
     */
    public record Problem(int row, String column, String header, Error error, String detail) {
    }

    /** What a row does to the tasks in use. */
    public enum Kind { ADDED, CHANGED, UNCHANGED, REMOVED }

    /**
     * One task's change.
     *
     * @param kind    added, changed, unchanged, or removed (in use, not in the file)
     * @param task    the task as it would be (for REMOVED: as it is)
     * @param before  the task in use, null for ADDED
     * @param fields  for CHANGED: the fields that differ ({@code lead}, {@code partners}, {@code leader}, {@code deadline},
     *                {@code section})
     * @param remarks the reader's remarks to check (a near match of the report's words, an unknown leader …)
     */
    public record Change(Kind kind, Task task, Task before, List<String> fields, List<String> remarks) {
    }

    /**
     * The file read against the tasks in use.
     *
     * @param sheet    the sheet read
     * @param problems errors: when any, nothing may be applied
     * @param changes  every task of the file, then the tasks in use that the file lacks
     */
    public record Proposal(String sheet, List<Problem> problems, List<Change> changes) {

        /** Whether it may be applied. */
        public boolean applicable() {
            return problems.isEmpty();
        }

        /** The tasks as tasks.yml would hold them, in the file's order. */
        public List<Task> tasks() {
            return changes.stream().filter(change -> change.kind() != Kind.REMOVED).map(Change::task).toList();
        }
    }

    /**
     * Reads {@code file} against the report in {@code knowledgeDir} and the tasks {@code current}.
     *
     * @throws ImportException     when the file cannot be read
     * @throws PlanUsageException  when it has no 分工方案 headers, or the report is not clear
     */
    public static Proposal propose(Path knowledgeDir, Path roster, Vocabulary vocabulary, Path file, List<Task> current) {
        PlanImport.Draft draft = new PlanImport(knowledgeDir, PlanLeaders.read(roster, vocabulary), vocabulary).draft(file, null);
        Map<String, Integer> columns = draft.read().columns();
        List<Problem> problems = new ArrayList<>();
        for (PlanRow row : draft.unmatched()) {
            problems.add(problem(row.number(), columns, "task", vocabulary, Error.NOT_IN_REPORT, TasksYaml.oneLine(row.task())));
        }
        List<Change> changes = new ArrayList<>();
        for (ProposedTask proposed : draft.tasks()) {
            if (proposed.lead().isEmpty()) {
                problems.add(problem(proposed.row(), columns, "lead", vocabulary, Error.NO_LEAD, ""));
            }
            if (!proposed.deadline().readable()) {
                problems.add(problem(proposed.row(), columns, "deadline", vocabulary, Error.DEADLINE,
                        proposed.flags().getOrDefault("deadline", proposed.written())));
            }
            Optional<Task> before = inUse(proposed, current, changes);
            Task task = TasksFile.task(before.isPresent() ? proposed : unique(proposed, current, changes), before.orElse(null),
                    draft.report().id());
            List<String> fields = before.map(old -> TasksFile.differences(old, task)).orElse(List.of());
            // a row that keeps a task in use keeps its name too: a note on how a new name was made does not apply
            boolean keptName = before.isPresent() && task.name().equals(before.get().name());
            List<String> notes = proposed.flags().entrySet().stream()
                    .filter(flag -> !(keptName && flag.getKey().equals("name"))).map(Map.Entry::getValue).toList();
            changes.add(new Change(before.isEmpty() ? Kind.ADDED : fields.isEmpty() ? Kind.UNCHANGED : Kind.CHANGED, task,
                    before.orElse(null), fields, notes));
        }
        problems.sort(java.util.Comparator.comparingInt(Problem::row));
        List<String> kept = changes.stream().filter(c -> c.before() != null).map(c -> c.before().id()).toList();
        current.stream().filter(task -> !kept.contains(task.id()))
                .forEach(task -> changes.add(new Change(Kind.REMOVED, task, task, List.of(), List.of())));
        return new Proposal(draft.read().sheet(), List.copyOf(problems), List.copyOf(changes));
    }

    /**
     * The task in use a row is: the same report words (several tasks may share them: then the one with the same lead
     * unit first), not taken by an earlier row.
     */
    private static Optional<Task> inUse(ProposedTask proposed, List<Task> current, List<Change> changes) {
        List<Task> same = current.stream().filter(task -> task.text().equals(proposed.text()))
                .filter(task -> changes.stream().noneMatch(c -> c.before() != null && c.before().id().equals(task.id()))).toList();
        return same.stream().filter(task -> task.lead().equals(proposed.lead())).findFirst().or(() -> same.stream().findFirst());
    }

    /** A new task's id ({@code task-<row>}), made unique among the tasks in use and those proposed before it. */
    private static ProposedTask unique(ProposedTask proposed, List<Task> current, List<Change> changes) {
        String id = proposed.id();
        for (int n = 2; taken(id, current, changes); n++) {
            id = proposed.id() + "-" + n;
        }
        return id.equals(proposed.id()) ? proposed : new ProposedTask(proposed.row(), id, proposed.name(), proposed.text(),
                proposed.section(), proposed.lead(), proposed.partners(), proposed.leader(), proposed.deadline(),
                proposed.written(), proposed.flags());
    }

    private static boolean taken(String id, List<Task> current, List<Change> changes) {
        return current.stream().anyMatch(task -> task.id().equals(id)) || changes.stream().anyMatch(c -> c.task().id().equals(id));
    }

    private static Problem problem(int row, Map<String, Integer> columns, String column, Vocabulary vocabulary, Error error,
                                   String detail) {
        Integer index = columns.get(column);
        return new Problem(row, index == null ? "" : CellReference.convertNumToColString(index),
                vocabulary.words("plan.header." + column).get(0), error, detail);
    }
}
