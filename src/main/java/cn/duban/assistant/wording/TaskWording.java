package cn.duban.assistant.wording;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import cn.duban.assistant.knowledge.Task;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.tasks.TaskNote;
import cn.duban.assistant.tasks.TaskOutcome;

/** Words {@link TaskOutcome}s: a task's card, a unit's tasks, notes recorded, 核实, 撤回, 更正 and refusals. */
final class TaskWording {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final Replies replies;
    private final Roster roster;
    private final ZoneId zone;
    private final LightWording lights;
    private final TaskCardWording cards;

    TaskWording(Replies replies, Roster roster, ZoneId zone) {
        this.lights = new LightWording(replies);
        this.replies = replies;
        this.roster = roster;
        this.zone = zone;
        this.cards = new TaskCardWording(replies, roster, this);
    }

    String render(TaskOutcome outcome) {
        if (outcome instanceof TaskOutcome.Card card) {
            return cards.card(card);
        }
        if (outcome instanceof TaskOutcome.UnitTasks unit) {
            return unit(unit);
        }
        if (outcome instanceof TaskOutcome.WhichTask which) {
            return cards.which(which);
        }
        if (outcome instanceof TaskOutcome.NearTask near) {
            return cards.near(near);
        }
        if (outcome instanceof TaskOutcome.Recorded recorded) {
            return recorded(recorded, true);
        }
        if (outcome instanceof TaskOutcome.Several several) {
            return several(several);
        }
        if (outcome instanceof TaskOutcome.AskWithdraw ask) {
            return askWithdraw(ask, "");
        }
        if (outcome instanceof TaskOutcome.Unknown) {
            return replies.text("tasks.unknown");
        }
        if (outcome instanceof TaskOutcome.AskPercent ask) {
            return replies.text("tasks.ask-percent", ask.task().name(), ask.said());
        }
        if (outcome instanceof TaskOutcome.NotYourTask not) {
            return replies.text("tasks.not-yours", not.task().name(), not.unit(), not.task().lead(), partners(not.task()));
        }
        if (outcome instanceof TaskOutcome.Withdrawn withdrawn) {
            return replies.text("tasks.withdrawn", name(withdrawn.task()), withdrawn.note().text());
        }
        if (outcome instanceof TaskOutcome.Corrected corrected) {
            TaskNote old = corrected.old();
            return replies.text("tasks.corrected", name(corrected.task()), corrected.now().text(), percent(corrected.now()),
                    old.text(), old.said().isEmpty() ? percent(old) : "");
        }
        if (outcome instanceof TaskOutcome.Verified verified) {
            return replies.text("tasks.verified", name(verified.task()), roster.nameOf(verified.entry().userId()),
                    day(verified.entry().at()));
        }
        if (outcome instanceof TaskOutcome.EvidenceAttached attached) {
            return replies.text("tasks.evidence.attached", name(attached.task()), day(attached.note().at()), attached.count());
        }
        if (outcome instanceof TaskOutcome.Lit lit) {
            return lights.lit(lit);
        }
        if (outcome instanceof TaskOutcome.Cancelled cancelled) {
            return replies.text(cancelled.withdrawal() ? "tasks.cancelled.withdrawal" : "tasks.cancelled");
        }
        return refused((TaskOutcome.Refused) outcome);
    }

    private String unit(TaskOutcome.UnitTasks unit) {
        int count = unit.leads().size() + unit.partners().size();
        if (count == 0) {
            return replies.text("tasks.unit.none", unit.unit());
        }
        List<String> lines = new ArrayList<>(List.of(replies.text("tasks.unit.title", unit.unit(), count)));
        unit.leads().forEach(task -> lines.add(replies.text("tasks.unit.lead", task.name(), DEADLINE.format(task.deadline()))));
        unit.partners().forEach(task -> lines.add(replies.text("tasks.unit.partner", task.name(), task.lead(),
                DEADLINE.format(task.deadline()))));
        return String.join("\n", lines);
    }

    private String recorded(TaskOutcome.Recorded recorded, boolean undo) {
        TaskNote note = recorded.note();
        List<String> lines = new ArrayList<>(List.of(replies.text("tasks.recorded", name(recorded.task()), note.unit(), note.text(),
                percent(note))));
        if (note.done()) {
            lines.add(replies.text("tasks.recorded.done"));
        }
        if (undo) {
            lines.add(replies.text("tasks.recorded.undo"));
        }
        return String.join("\n", lines);
    }

    /** The notes of a message with several parts: each recorded one, then each part not recorded and why; 撤回 once. */
    private String several(TaskOutcome.Several several) {
        List<String> lines = new ArrayList<>();
        boolean any = false;
        for (TaskOutcome part : several.parts()) {
            if (part instanceof TaskOutcome.Recorded recorded) {
                lines.add(recorded(recorded, false));
                any = true;
            } else {
                lines.add(render(part));
            }
        }
        if (any) {
            lines.add(replies.text("tasks.recorded.undo"));
        }
        return String.join("\n", lines);
    }

    private String refused(TaskOutcome.Refused refused) {
        String task = name(refused.task());
        return switch (refused.refusal()) {
            case NOT_IN_ROSTER -> replies.text("tasks.refused.not-in-roster", task.isEmpty() ? "津潍高铁" : task);
            case OFFICIALS_ONLY -> replies.text("tasks.refused.officials-only", task);
            case VERIFY_NOT_IN_ROSTER -> replies.text("tasks.refused.verify-visitor", task);
            case NOT_DONE -> replies.text("tasks.refused.not-done", task);
            case ALREADY_VERIFIED -> replies.text("tasks.refused.already-verified", task, day(refused.state().at()),
                    roster.nameOf(refused.state().userId()));
            case NOTHING_TO_WITHDRAW -> replies.text("tasks.refused.nothing-to-withdraw");
            case NOTHING_TO_CORRECT -> replies.text("tasks.refused.nothing-to-correct");
            case CORRECT_HOW -> replies.text("tasks.refused.correct-how");
            case SAY_CORRECT -> replies.text("tasks.refused.say-correct", task);
            case SAY_WITHDRAW -> replies.text("tasks.refused.say-withdraw", task);
            case CHOICE_UNCLEAR -> replies.text("tasks.refused.choice-unclear");
            case CHANGED -> replies.text("tasks.refused.changed");
            case UNAVAILABLE -> replies.text("tasks.refused.unavailable");
            case NOTE_FIRST -> replies.text("tasks.evidence.note-first");
            case TEXT_ONLY -> replies.text("wecom.not-text");
            case ROSTER_ONLY -> replies.text("lights.refused.roster-only");
            case UNREADABLE -> replies.text("lights.refused.unreadable");
            case ONE_TASK_A_PART -> replies.text("tasks.refused.one-task-a-part", task);
            case NOTHING_WAITING -> replies.text("tasks.refused.nothing-waiting");
            case FIGURES_APART -> replies.text("tasks.refused.figures-apart");
        };
    }

    String partners(Task task) {
        return task.partners().isEmpty() ? replies.text("tasks.card.no-partners") : String.join("、", task.partners());
    }

    /** " 进度80%" after a note's words, unless the words already say that percent (or there is none). */
    private String percent(TaskNote note) {
        return note.statesPercent() ? "" : replies.text("tasks.recorded.percent", note.percent().toPlainString());
    }

    /** 还要撤回再上一条吗 with the note and, when its message reported figures too, those ({@code figures}, worded). */
    String askWithdraw(TaskOutcome.AskWithdraw ask, String figures) {
        return figures.isEmpty()
                ? replies.text("tasks.ask-withdraw-again", name(ask.task()), ask.note().text(), when(ask.note().at()))
                : replies.text("tasks.ask-withdraw-again.figures", name(ask.task()), ask.note().text(), when(ask.note().at()), figures);
    }

    private static String name(Task task) {
        return task == null ? "" : task.name();
    }

    private String when(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(zone));
    }

    String day(Instant at) {
        return at == null ? "" : DAY.format(at.atZone(zone));
    }
}
