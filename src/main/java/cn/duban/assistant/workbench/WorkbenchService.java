package cn.duban.assistant.workbench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.conversation.CurrentKnowledge;
import cn.duban.assistant.conversation.Snapshot;
import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.knowledge.Task;
import cn.duban.assistant.ledger.LedgerEntry;
import cn.duban.assistant.lights.Light;
import cn.duban.assistant.lights.LightRules;
import cn.duban.assistant.lights.Warning;
import cn.duban.assistant.progress.Progress;
import cn.duban.assistant.progress.ProgressCalculator;
import cn.duban.assistant.tasks.TaskLight;
import cn.duban.assistant.tasks.TaskNote;
import cn.duban.assistant.tasks.TaskState;

/**
 * The workbench's rows, from the features of the knowledge and roster in use: progress and status from the progress
 * service, lights from the light rules (as 预警 and the digest use them), tasks' lights and notes from the task
 * service. Nothing is judged here; this only gathers and filters.
 */
public class WorkbenchService {

    private final CurrentKnowledge current;
    private final LightRules rules;
    private final AssistantClock clock;

    /** Rows of the knowledge in use, lit by the rules the settings give. */
    public WorkbenchService(CurrentKnowledge current, AssistantProperties properties, AssistantClock clock) {
        this.current = current;
        this.rules = new LightRules(properties.tasks().dueSoonDays(), properties.tasks().silentDays());
        this.clock = clock;
    }

    /** The snapshot in use: take it once per page. */
    public Snapshot now() {
        return current.get();
    }

    /** Every target and task this viewer may see, filtered ({@code null} or empty: no filter), 红 first. */
    public Overview overview(Viewer viewer, String unit, String light, String section) {
        Snapshot now = now();
        List<Row> visible = rows(now, viewer);
        List<Row> rows = visible.stream()
                .filter(row -> blank(unit) || row.units().contains(unit) || row.lead().equals(unit))
                .filter(row -> blank(light) || row.light().name().equalsIgnoreCase(light))
                .filter(row -> blank(section) || row.section().equals(section)).toList();
        Set<String> units = new LinkedHashSet<>();
        visible.forEach(row -> {
            if (!row.lead().isEmpty()) {
                units.add(row.lead());
            }
            units.addAll(row.units());
        });
        List<String> sections = visible.stream().map(Row::section).filter(s -> !s.isEmpty()).distinct().toList();
        LocalDate today = clock.today();
        var schedule = now.knowledge().targets().isEmpty() ? null
                : ProgressCalculator.schedule(now.knowledge().targets().get(0), today);
        return new Overview(today, schedule, rows, units.stream().sorted().toList(), sections,
                blank(unit) ? "" : unit, blank(light) ? "" : light.toUpperCase(java.util.Locale.ROOT), blank(section) ? "" : section);
    }

    /** Every target and task this viewer may see, 红 then 黄 then 蓝 then unlit, each in file order. */
    public List<Row> rows(Snapshot now, Viewer viewer) {
        List<Row> rows = new ArrayList<>();
        for (Target target : now.knowledge().targets()) {
            if (mayOpen(now, viewer, target)) {
                rows.add(row(now, viewer, target));
            }
        }
        for (TaskLight light : now.tasks().lights().all()) {
            if (mayOpen(viewer, light.task())) {
                rows.add(row(now, viewer, light));
            }
        }
        return rows.stream().sorted(Comparator.comparing(Row::light)).toList();
    }

    /** A target's row. */
    public Row row(Snapshot now, Viewer viewer, Target target) {
        Progress progress = now.progress().progress(target);
        Warning warning = rules.target(progress, clock.today());
        LedgerEntry last = progress.lastChange();
        Set<String> units = new LinkedHashSet<>(now.roster().unitsReporting(target.id()));
        return new Row(Row.Kind.TARGET, target.id(), target.name(), target.section(), target.owner(), target.value(),
                target.unit(), target.periodEnd(), progress.reference(), progress.figure(), progress.completion(),
                Row.State.valueOf(progress.status().name()), warning.light(),
                last != null && viewer.sees(last.unit()) ? now.roster().nameOf(last.userId()) : null,
                last == null ? null : last.at(), units, progress.rate());
    }

    /** A task's row: its light, state and newest standing note. */
    public Row row(Snapshot now, Viewer viewer, TaskLight light) {
        Task task = light.task();
        Optional<TaskNote> last = latest(now, task);
        Row.State state = light.state() != TaskState.State.OPEN ? Row.State.DONE
                : light.warning().reason() == Warning.Reason.BEHIND ? Row.State.BEHIND
                : light.percent() == null ? Row.State.NO_DATA
                : light.ahead() ? Row.State.AHEAD : Row.State.ON_SCHEDULE;
        Set<String> units = new LinkedHashSet<>();
        units.add(task.lead());
        units.addAll(task.partners());
        return new Row(Row.Kind.TASK, task.id(), task.name(), task.section(), task.lead(), null, "", task.deadline(),
                light.schedule(), null, light.percent() == null ? null : java.math.BigDecimal.valueOf(light.percent()),
                state, light.light(),
                last.filter(note -> viewer.sees(note.unit())).map(note -> now.roster().nameOf(note.userId())).orElse(null),
                last.map(TaskNote::at).orElse(null), units, false);
    }

    private static Optional<TaskNote> latest(Snapshot now, Task task) {
        List<TaskNote> history = now.tasks().history(task.id());
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).standingNote()) {
                return Optional.of(history.get(i));
            }
        }
        return Optional.empty();
    }

    /** Whether this viewer may open a target: officials all; a reporter those his unit reports on. */
    public boolean mayOpen(Snapshot now, Viewer viewer, Target target) {
        return viewer.official() || viewer.role() == Viewer.Role.REPORTER
                && (now.roster().unitsReporting(target.id()).contains(viewer.unit()) || target.owner().equals(viewer.unit()));
    }

    /** Whether this viewer may open a task: officials all; a reporter those his unit leads or shares. */
    public boolean mayOpen(Viewer viewer, Task task) {
        return viewer.official() || viewer.role() == Viewer.Role.REPORTER
                && (task.lead().equals(viewer.unit()) || task.partners().contains(viewer.unit()));
    }

    /** The light rules in use. */
    public LightRules rules() {
        return rules;
    }

    /** The clock in use. */
    public AssistantClock clock() {
        return clock;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Unused colours are kept for the filter's choices. */
    static List<Light> lights() {
        return List.of(Light.RED, Light.YELLOW, Light.BLUE, Light.NONE);
    }
}
