package cn.duban.assistant.tasks;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.duban.assistant.knowledge.Task;
import cn.duban.assistant.lights.Light;
import cn.duban.assistant.lights.Warning;

/**
 * A task's 三色 light on a day and what it rests on, for the card, the lit list and the digest.
 *
 * @param task     the task
 * @param warning  its light and why
 * @param state    推进中 / 已完成待核实 / 已核实
 * @param lastNote the date of its newest standing note, null when none
 * @param percent  the newest stated percent, null when none
 * @param schedule 序时进度 of the task's period, in percent
 * @param days     for 黄灯 (silent): the days without a note (counted from the period's start when none); for 蓝灯:
 *                 the days left to the deadline; for 红灯: the days past it; otherwise 0
 * @param ahead    超进度: open, with a stated percent at least {@code assistant.ledger.tolerance} points above 序时进度
 *                 (the targets' rule, {@link cn.duban.assistant.progress.ProgressCalculator#ahead})
 */
public record TaskLight(Task task, Warning warning, TaskState.State state, LocalDate lastNote, Integer percent,
                        BigDecimal schedule, long days, boolean ahead) {

    /** A light without the 超进度 comparison (not ahead). */
    public TaskLight(Task task, Warning warning, TaskState.State state, LocalDate lastNote, Integer percent,
                     BigDecimal schedule, long days) {
        this(task, warning, state, lastNote, percent, schedule, days, false);
    }

    /** The colour. */
    public Light light() {
        return warning.light();
    }
}
