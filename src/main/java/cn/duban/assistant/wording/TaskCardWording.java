package cn.duban.assistant.wording;

import java.util.ArrayList;
import java.util.List;

import cn.duban.assistant.knowledge.Task;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.tasks.TaskNote;
import cn.duban.assistant.tasks.TaskOutcome;
import cn.duban.assistant.tasks.TaskState;

/** Words a task's card ({@link TaskOutcome.Card}): the report's words, units, deadline, state, light, latest notes. */
final class TaskCardWording {

    private final Replies replies;
    private final Roster roster;
    private final TaskWording tasks;
    private final LightWording lights;

    TaskCardWording(Replies replies, Roster roster, TaskWording tasks) {
        this.replies = replies;
        this.roster = roster;
        this.tasks = tasks;
        this.lights = new LightWording(replies);
    }

    /** A task's card: the report's words, units, deadline, state, light and latest notes. */
    String card(TaskOutcome.Card card) {
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
        lines.add(replies.text("tasks.card.units", task.lead(), tasks.partners(task)));
        lines.add(replies.text("tasks.card.deadline", TaskWording.DEADLINE.format(task.deadline())));
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
                lines.add(replies.text("tasks.card.note", n++, note.unit(), tasks.day(note.at()), note.text(),
                        (note.statesPercent() ? "" : replies.text("tasks.card.percent", note.percent().toPlainString()))
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
            case DONE_UNVERIFIED -> replies.text("tasks.card.state.done", roster.nameOf(state.userId()), tasks.day(state.at()));
            case VERIFIED -> replies.text("tasks.card.state.verified", roster.nameOf(state.userId()), tasks.day(state.at()));
        };
    }

    /** Numbered tasks to choose from, and how to answer. */
    String which(TaskOutcome.WhichTask which) {
        List<String> lines = new ArrayList<>(List.of(replies.text("tasks.which")));
        for (int i = 0; i < which.choices().size(); i++) {
            Task task = which.choices().get(i);
            lines.add(replies.text("tasks.which.item", i + 1, task.name(), task.lead()));
        }
        lines.add(which.note() ? replies.text("tasks.which.note") : replies.text("tasks.which.ask", which.choices().get(0).names().get(which.choices().get(0).names().size() - 1)));
        return String.join("\n", lines);
    }

    /** A note's name near the writer's tasks: 是“…”吗, numbered, and how to answer. */
    String near(TaskOutcome.NearTask near) {
        List<String> lines = new ArrayList<>(List.of(near.choices().size() == 1
                ? replies.text("tasks.near.one", near.written(), near.choices().get(0).name())
                : replies.text("tasks.near.several", near.written())));
        for (int i = 0; i < near.choices().size(); i++) {
            Task task = near.choices().get(i);
            lines.add(replies.text("tasks.which.item", i + 1, task.name(), task.lead()));
        }
        lines.add(replies.text(near.choices().size() == 1 ? "tasks.near.answer.one" : "tasks.which.note"));
        return String.join("\n", lines);
    }
}
