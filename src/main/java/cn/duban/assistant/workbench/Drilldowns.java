package cn.duban.assistant.workbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.duban.assistant.conversation.Snapshot;
import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.knowledge.Task;
import cn.duban.assistant.ledger.Ledger;
import cn.duban.assistant.ledger.LedgerEntry;
import cn.duban.assistant.lights.Light;
import cn.duban.assistant.tasks.TaskNote;
import cn.duban.assistant.workbench.Pages.Change;

/**
 * The drill-downs: a target with each unit's figure and its ledger; a task with its notes, photos and 督办单; a
 * unit with what it owes. Empty when there is no such target, task or unit; {@link WorkbenchErrors.Forbidden} when
 * this viewer may not see it.
 */
public class Drilldowns {

    private final WorkbenchService service;
    private final Ledger ledger;

    /** Drill-downs on the rows of {@code service}, with the ledger's history. */
    public Drilldowns(WorkbenchService service, Ledger ledger) {
        this.service = service;
        this.ledger = ledger;
    }

    /** A target's page. */
    public Optional<Pages.TargetPage> target(Viewer viewer, String id) {
        Snapshot now = service.now();
        Optional<Target> found = now.knowledge().target(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Target target = found.get();
        if (!service.mayOpen(now, viewer, target)) {
            throw new WorkbenchErrors.Forbidden();
        }
        List<Pages.LedgerLine> history = ledger(now, viewer, id);
        return Optional.of(new Pages.TargetPage(service.row(now, viewer, target), target,
                now.progress().units(target).stream().filter(figure -> viewer.sees(figure.unit())).toList(), history));
    }

    /** The ledger's lines this viewer may see, oldest first: on one target, or on all ({@code targetId} null). */
    public List<Pages.LedgerLine> ledger(Snapshot now, Viewer viewer, String targetId) {
        List<Pages.LedgerLine> history = new ArrayList<>();
        for (LedgerEntry entry : ledger.history()) {
            if ((targetId == null || entry.targetId().equals(targetId)) && viewer.sees(entry.unit())) {
                LedgerEntry old = entry.refersTo() == 0 ? null : ledger.entry(entry.refersTo()).orElse(null);
                Change change = entry.isWithdrawal() ? Change.WITHDRAW : entry.isCorrection() ? Change.CORRECT : Change.REPORT;
                history.add(new Pages.LedgerLine(entry.at(), entry.targetId(), now.roster().nameOf(entry.userId()),
                        entry.unit(), change, entry.raw(), old == null ? null : old.value(),
                        entry.isWithdrawal() ? null : entry.value(), entry.unitAfter(), entry.countyAfter(),
                        entry.isWithdrawal() || entry.active()));
            }
        }
        return history;
    }

    /** A task's page. */
    public Optional<Pages.TaskPage> task(Viewer viewer, String id) {
        Snapshot now = service.now();
        Optional<Task> found = now.knowledge().task(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Task task = found.get();
        if (!service.mayOpen(viewer, task)) {
            throw new WorkbenchErrors.Forbidden();
        }
        List<Pages.NoteLine> notes = new ArrayList<>();
        for (TaskNote note : now.tasks().history(id)) {
            TaskNote old = note.ref() == 0 ? null : now.tasks().note(note.ref()).orElse(null);
            Change change = switch (note.kind()) {
                case "correct" -> Change.CORRECT;
                case "withdraw" -> Change.WITHDRAW;
                case "verify" -> Change.VERIFY;
                default -> Change.REPORT;
            };
            notes.add(new Pages.NoteLine(note, now.roster().nameOf(note.userId()), change,
                    old == null || change == Change.VERIFY ? null : words(old), words(note), now.tasks().photos(note.id()).size()));
        }
        List<Pages.OrderLine> orders = !viewer.official() ? List.of() : now.supervision().ofTask(id).stream()
                .map(order -> new Pages.OrderLine(order, now.roster().nameOf(order.drafter()),
                        order.answered() ? now.tasks().note(order.feedback()).orElse(null) : null,
                        order.overdue(service.clock().today()))).toList();
        return Optional.of(new Pages.TaskPage(service.row(now, viewer, now.tasks().lights().light(task)), task, notes, orders));
    }

    /** A note's words, with the percent it stated ({@code 庆云段桥梁桩基完成八成 · 90%}). */
    private static String words(TaskNote note) {
        return note.statesPercent() ? note.text()
                : note.text() + " · " + note.percent().stripTrailingZeros().toPlainString() + "%";
    }

    /** A unit's page. */
    public Optional<Pages.UnitPage> unit(Viewer viewer, String unit) {
        if (!viewer.sees(unit)) {
            throw new WorkbenchErrors.Forbidden();
        }
        Snapshot now = service.now();
        List<Task> tasks = now.knowledge().tasks().stream().filter(task -> Pages.concerns(task, unit)).toList();
        List<Target> targets = now.knowledge().targets().stream()
                .filter(target -> now.roster().unitsReporting(target.id()).contains(unit) || target.owner().equals(unit)).toList();
        if (tasks.isEmpty() && targets.isEmpty() && !now.roster().units().contains(unit)) {
            return Optional.empty();
        }
        Set<Target> late = Set.copyOf(now.progress().silentUnits().getOrDefault(unit, List.of()));
        List<Pages.UnitTarget> owed = new ArrayList<>();
        for (Target target : targets) {
            Optional<LedgerEntry> last = ledger.lastChange(target, unit);
            owed.add(new Pages.UnitTarget(target, ledger.unitFigure(target, unit), last.map(LedgerEntry::at).orElse(null),
                    last.map(entry -> now.roster().nameOf(entry.userId())).orElse(null), late.contains(target)));
        }
        List<Row> rows = tasks.stream().map(task -> service.row(now, viewer, now.tasks().lights().light(task)))
                .sorted(java.util.Comparator.comparing(Row::light)).toList();
        long lateCount = late.size() + rows.stream().filter(row -> row.light() == Light.RED || row.light() == Light.YELLOW).count();
        return Optional.of(new Pages.UnitPage(unit, owed, rows, lateCount));
    }

    /** The {@code k}-th photo (1-based) of a note, when this viewer may open its task. */
    public Optional<Path> photo(Viewer viewer, long noteId, int k) {
        Snapshot now = service.now();
        Optional<TaskNote> note = now.tasks().note(noteId);
        Optional<Task> task = note.flatMap(n -> now.knowledge().task(n.taskId()));
        if (task.isEmpty()) {
            return Optional.empty();
        }
        if (!service.mayOpen(viewer, task.get())) {
            throw new WorkbenchErrors.Forbidden();
        }
        List<Path> photos = now.tasks().photos(noteId);
        return k < 1 || k > photos.size() ? Optional.empty() : Optional.of(photos.get(k - 1));
    }

}
