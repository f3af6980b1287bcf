package cn.duban.assistant.tasks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.Task;
import cn.duban.assistant.lights.LightRules;
import cn.duban.assistant.lights.TaskFacts;
import cn.duban.assistant.lights.Warning;

/**
 * Each task's 三色 light at the clock's today ({@code assistant.today} when set), from its notes in Redis: the date
 * of the newest standing note, the newest stated percent, and 已完成待核实 / 已核实 as done. A task's period starts on
 * the first day of its report's year, as targets' periods do.
 */
public class TaskLights {

    private final Knowledge knowledge;
    private final TaskNotes notes;
    private final LightRules rules;
    private final AssistantClock clock;
    private final BigDecimal tolerance;

    /** Lights of these tasks, by these rules; 超进度 at 5 points above 序时进度. */
    public TaskLights(Knowledge knowledge, TaskNotes notes, LightRules rules, AssistantClock clock) {
        this(knowledge, notes, rules, clock, BigDecimal.valueOf(5));
    }

    /** The same, 超进度 at {@code tolerance} points above 序时进度 ({@code assistant.ledger.tolerance}). */
    public TaskLights(Knowledge knowledge, TaskNotes notes, LightRules rules, AssistantClock clock, BigDecimal tolerance) {
        this.knowledge = knowledge;
        this.notes = notes;
        this.rules = rules;
        this.clock = clock;
        this.tolerance = tolerance;
    }

    /** Every task's light, in file order. */
    public List<TaskLight> all() {
        return knowledge.tasks().stream().map(this::light).toList();
    }

    /** A task's light today. */
    public TaskLight light(Task task) {
        return light(task, notes.notes(task.id(), Integer.MAX_VALUE), notes.state(task.id()));
    }

    /** A task's light today from its standing notes (newest first) and its state, as read once by the caller. */
    TaskLight light(Task task, List<TaskNote> standing, TaskState state) {
        LocalDate today = clock.today();
        ZoneId zone = clock.now().getZone();
        LocalDate last = standing.isEmpty() ? null : standing.get(0).at().atZone(zone).toLocalDate();
        Integer percent = standing.stream().map(TaskNote::percent).filter(Objects::nonNull).findFirst()
                .map(BigDecimal::intValue).orElse(null);
        LocalDate start = periodStart(task);
        Warning warning = rules.task(task, new TaskFacts(last, percent, state.state() != TaskState.State.OPEN), start, today);
        long days = switch (warning.reason()) {
            case SILENT -> ChronoUnit.DAYS.between(last != null && last.isAfter(start) ? last : start, today);
            case DUE_SOON -> ChronoUnit.DAYS.between(today, task.deadline());
            case OVERDUE -> ChronoUnit.DAYS.between(task.deadline(), today);
            default -> 0;
        };
        BigDecimal schedule = LightRules.schedule(start, task.deadline(), today);
        boolean ahead = state.state() == TaskState.State.OPEN && percent != null
                && cn.duban.assistant.progress.ProgressCalculator.ahead(BigDecimal.valueOf(percent), schedule, tolerance);
        return new TaskLight(task, warning, state.state(), last, percent, schedule, days, ahead);
    }

    /** The first day of a task's period: January 1 of its report's year. */
    LocalDate periodStart(Task task) {
        int year = knowledge.report(task.reportId()).map(report -> report.year()).orElse(task.deadline().getYear());
        return LocalDate.of(year, 1, 1);
    }
}
