package cn.duban.assistant.workbench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.knowledge.Task;
import cn.duban.assistant.progress.UnitFigure;
import cn.duban.assistant.supervision.SupervisionOrder;
import cn.duban.assistant.tasks.TaskNote;

/** The drill-down pages' view records. */
public final class Pages {

    private Pages() {
    }

    /** What a ledger line or note did: a report (or note), a 更正 of an earlier one, a 撤回, a 核实. */
    public enum Change { REPORT, CORRECT, WITHDRAW, VERIFY }

    /**
     * One line of a target's ledger.
     *
     * @param at     when
     * @param targetId the target
     * @param who    the roster name of who wrote it
     * @param unit   for which unit
     * @param change what it did
     * @param raw    the message as written
     * @param old    for 更正 and 撤回: the figure it replaced
     * @param value  the figure it recorded (null for 撤回)
     * @param unitAfter the unit's figure after it
     * @param countyAfter the county's figure after it
     * @param active false once withdrawn or corrected later (a 撤回 itself stays true: only the line it took back is off)
     */
    public record LedgerLine(Instant at, String targetId, String who, String unit, Change change, String raw, BigDecimal old,
                             BigDecimal value, BigDecimal unitAfter, BigDecimal countyAfter, boolean active) {
    }

    /** A target: its row, each unit's figure this viewer may see, and the ledger lines on it, oldest first. */
    public record TargetPage(Row row, Target target, List<UnitFigure> units, List<LedgerLine> history) {
    }

    /**
     * One entry of a task's notes.
     *
     * @param note    the entry as stored
     * @param who     the roster name of who wrote it
     * @param change  what it did
     * @param oldText for 更正 and 撤回: the words of the note it replaced (with its percent), else null
     * @param newText the note's words with its percent
     * @param photos  how many photos the note has (served as {@code /workbench/photos/{id}/{k}})
     */
    public record NoteLine(TaskNote note, String who, Change change, String oldText, String newText, int photos) {
    }

    /**
     * A 督办单 on the task, with its 反馈.
     *
     * @param order    the 督办单
     * @param drafter  the roster name of the official who sent it
     * @param feedback the note that answered it, or null
     * @param overdue  sent, unanswered and past its deadline
     */
    public record OrderLine(SupervisionOrder order, String drafter, TaskNote feedback, boolean overdue) {
    }

    /** A task: its row, its notes (oldest first) and its 督办单 (officials only, else empty). */
    public record TaskPage(Row row, Task task, List<NoteLine> notes, List<OrderLine> orders) {
    }

    /**
     * One target a unit reports on.
     *
     * @param target the target
     * @param figure the unit's figure, null when none
     * @param last   when it last changed, null when never
     * @param who    who changed it last
     * @param late   the unit counts as not reporting on it ({@code assistant.ledger.silent-days})
     */
    public record UnitTarget(Target target, BigDecimal figure, Instant last, String who, boolean late) {
    }

    /** A unit: the targets it reports on, the tasks it leads or shares (as rows) and how many of them are late. */
    public record UnitPage(String unit, List<UnitTarget> targets, List<Row> tasks, long late) {
    }

    /** A photo to send: the file. */
    public record Photo(Path file) {
    }

    /** Whether a task is one a unit leads or shares. */
    static boolean concerns(Task task, String unit) {
        return task.lead().equals(unit) || task.partners().contains(unit);
    }
}
