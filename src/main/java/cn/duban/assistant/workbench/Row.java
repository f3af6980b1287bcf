package cn.duban.assistant.workbench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import cn.duban.assistant.lights.Light;

/**
 * One line of the overview and the export: a numeric target or a task, as the features see it today.
 *
 * @param kind       a target or a task
 * @param id         its id in targets.yml or tasks.yml
 * @param name       its name
 * @param section    the report's section it stands in
 * @param lead       the lead unit (a target's responsible department, a task's 牵头单位), may be empty
 * @param goal       a target's figure to reach (e.g. 35), null for a task
 * @param unitName   the goal's unit (个, 人, %), empty for a task
 * @param deadline   a target's period end or a task's 完成时限
 * @param schedule   序时进度 in percent, as the status is judged (a rate target: 100, the target itself)
 * @param figure     a target's county figure, null when none reported; null for a task
 * @param completion completion in percent (a task's stated percent), null when none
 * @param status     where it stands
 * @param light      its 三色 light, {@link Light#NONE} without one
 * @param lastWho    who reported last (roster name), null when none or not to be shown to this viewer
 * @param lastAt     when the last report or note was written, null when none
 * @param units      the units it concerns (reporting units of a target; lead and partners of a task)
 * @param rate       a growth-rate target, judged against the target itself: {@code schedule} is then 100
 */
public record Row(Kind kind, String id, String name, String section, String lead, BigDecimal goal, String unitName,
                  LocalDate deadline, BigDecimal schedule, BigDecimal figure, BigDecimal completion, State status,
                  Light light, String lastWho, Instant lastAt, Set<String> units,
                  boolean rate) {

    /** A numeric target or a task. */
    public enum Kind { TARGET, TASK }

    /**
     * Where a line stands: a target's {@link cn.duban.assistant.progress.Status}; a task 已完成 (reported or
     * verified), 欠进度 (the light rules say its percent is behind), 超进度 (its percent at least
     * {@code assistant.ledger.tolerance} points above 序时进度, the targets' rule), 达进度 (otherwise), 未上报 (no
     * percent stated).
     */
    public enum State { DONE, AHEAD, ON_SCHEDULE, BEHIND, NO_DATA }

    /** The page of its drill-down. */
    public String link() {
        return (kind == Kind.TARGET ? "/workbench/targets/" : "/workbench/tasks/") + id;
    }
}
