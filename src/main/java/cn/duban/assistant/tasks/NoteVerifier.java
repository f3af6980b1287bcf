package cn.duban.assistant.tasks;

import java.time.Instant;
import java.util.List;

import cn.duban.assistant.knowledge.Task;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.tasks.TaskOutcome.Refusal;
import cn.duban.assistant.tasks.TaskOutcome.Refused;

/** 核实/销号 by an official: closes a task a unit reported finished; anyone else is told it is the officials' duty. */
final class NoteVerifier {

    private final Roster roster;
    private final TaskNotes notes;
    private final NoteWriter writer;

    NoteVerifier(Roster roster, TaskNotes notes, NoteWriter writer) {
        this.roster = roster;
        this.notes = notes;
        this.writer = writer;
    }

    /** The task closed (已核实销号), which of several, or why not. */
    TaskOutcome verify(String messageId, String userId, List<Task> tasks, String raw, Instant at) {
        if (roster.official(userId).isEmpty()) {
            return new Refused(roster.knows(userId) ? Refusal.OFFICIALS_ONLY : Refusal.VERIFY_NOT_IN_ROSTER, tasks.get(0), null);
        }
        if (tasks.size() > 1) {
            return new TaskOutcome.WhichTask(tasks, false);
        }
        Task task = tasks.get(0);
        TaskNotes.Result result = notes.verify(messageId, at, userId, task.id(), raw);
        return switch (result.status()) {
            case "notdone" -> new Refused(Refusal.NOT_DONE, task, notes.state(task.id()));
            case "verified" -> new Refused(Refusal.ALREADY_VERIFIED, task, notes.state(task.id()));
            default -> writer.outcomeOf(result.entry());
        };
    }
}
