package cn.duban.assistant.wording;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import cn.duban.assistant.knowledge.Task;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.tasks.TaskNote;
import cn.duban.assistant.tasks.TaskOutcome;
import cn.duban.assistant.tasks.TaskState;

/** Words {@link TaskOutcome}s: a task's card, a unit's tasks, notes recorded, 核实, 撤回, 更正 and refusals. */
final class TaskWording {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final Replies replies;
    private final Roster roster;
    private final ZoneId zone;
    private final LightWording lights;

    TaskWording(Replies replies, Roster roster, ZoneId zone) {
        this.lights = new LightWording(replies);
        this.replies = replies;
        this.roster = roster;
        this.zone = zone;
    }

    String render(TaskOutcome outcome) {
        if (outcome instanceof TaskOutcome.Card card) {
            return card(card);
        }
        if (outcome instanceof TaskOutcome.UnitTasks unit) {
            return unit(unit);
        }
        if (outcome instanceof TaskOutcome.WhichTask which) {
            return which(which);
        }
        if (outcome instanceof TaskOutcome.Recorded recorded) {
            return recorded(recorded);
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
            return replies.text("tasks.corrected", name(corrected.task()), corrected.now().text(),
                    percent(corrected.now().percent()), corrected.old().text(), percent(corrected.old().percent()));
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
        if (outcome instanceof TaskOutcome.Cancelled) {
            return replies.text("tasks.cancelled");
        }
        return refused((TaskOutcome.Refused) outcome);
    }

    private String card(TaskOutcome.Card card) {
        Task task = card.task();
        List<String> lines = new ArrayList<>();
        if (card.fromOfficial()) {
            lines.add(replies.text("tasks.card.from-official"));
        }
        lines.add(replies.text("tasks.card.title", task.name()));
        lines.add(replies.text("tasks.card.quote", task.text()));
        if (!task.section().isBlank()) {
            lines.add(replies.text("tasks.card.source", task.section()));
        }
        lines.add(replies.text("tasks.card.units", task.lead(), partners(task)));
        lines.add(replies.text("tasks.card.deadline", DEADLINE.format(task.deadline())));
        if (card.state() == null) {
            lines.add(replies.text("tasks.card.unavailable"));
        } else if (card.notes().isEmpty()) {
            lines.add(state(card.state()));
            lightLine(card, lines);
            lines.add(replies.text("tasks.card.no-notes"));
        } else {
            lines.add(state(card.state()));
            lightLine(card, lines);
            lines.add(replies.text("tasks.card.notes"));
            int n = 1;
            for (TaskNote note : card.notes()) {
                int photos = card.photos(note);
                lines.add(replies.text("tasks.card.note", n++, note.unit(), day(note.at()), note.text(),
                        (note.percent() == null ? "" : replies.text("tasks.card.percent", note.percent().toPlainString()))
                                + (photos == 0 ? "" : replies.text("tasks.card.photos", photos))));
            }
        }
        return String.join("\n", lines);
    }

    private void lightLine(TaskOutcome.Card card, List<String> lines) {
        String line = card.light() == null ? "" : lights.card(card.light());
        if (!line.isEmpty()) {
            lines.add(line);
        }
    }

    private String state(TaskState state) {
        return switch (state.state()) {
            case OPEN -> replies.text("tasks.card.state.open");
            case DONE_UNVERIFIED -> replies.text("tasks.card.state.done", roster.nameOf(state.userId()), day(state.at()));
            case VERIFIED -> replies.text("tasks.card.state.verified", roster.nameOf(state.userId()), day(state.at()));
        };
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

    private String which(TaskOutcome.WhichTask which) {
        List<String> lines = new ArrayList<>(List.of(replies.text("tasks.which")));
        for (int i = 0; i < which.choices().size(); i++) {
            Task task = which.choices().get(i);
            lines.add(replies.text("tasks.which.item", i + 1, task.name(), task.lead()));
        }
        lines.add(which.note() ? replies.text("tasks.which.note") : replies.text("tasks.which.ask", which.choices().get(0).names().get(which.choices().get(0).names().size() - 1)));
        return String.join("\n", lines);
    }

    private String recorded(TaskOutcome.Recorded recorded) {
        TaskNote note = recorded.note();
        List<String> lines = new ArrayList<>(List.of(replies.text("tasks.recorded", name(recorded.task()), note.unit(), note.text(),
                note.percent() == null ? "" : replies.text("tasks.recorded.percent", note.percent().toPlainString()))));
        if (note.done()) {
            lines.add(replies.text("tasks.recorded.done"));
        }
        lines.add(replies.text("tasks.recorded.undo"));
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
        };
    }

    private String partners(Task task) {
        return task.partners().isEmpty() ? replies.text("tasks.card.no-partners") : String.join("、", task.partners());
    }

    private String percent(BigDecimal percent) {
        return percent == null ? "" : replies.text("tasks.recorded.percent", percent.toPlainString());
    }

    private static String name(Task task) {
        return task == null ? "" : task.name();
    }

    private String day(Instant at) {
        return at == null ? "" : DAY.format(at.atZone(zone));
    }
}
