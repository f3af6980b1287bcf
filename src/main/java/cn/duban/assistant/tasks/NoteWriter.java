package cn.duban.assistant.tasks;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.Task;
import cn.duban.assistant.ledger.LedgerUncertainException;
import cn.duban.assistant.tasks.TaskOutcome.Refusal;
import cn.duban.assistant.tasks.TaskOutcome.Refused;
import cn.duban.assistant.understanding.Intent;
import cn.duban.assistant.understanding.NoteDraft;

/**
 * Writes progress notes of a reporter (whose unit is known): one note, the notes of a message with several parts
 * (all recorded in one step, the parts that cannot be recorded said with why), and the answer to "which task". A
 * write Redis took without answering is settled by its message id before the writer is told ({@link UnsettledNotes}).
 */
final class NoteWriter {

    private final Knowledge knowledge;
    private final TaskNotes notes;
    private final NotePending pending;
    private final NoteSettings settings;
    private final UnsettledNotes unsettled;

    NoteWriter(Knowledge knowledge, TaskNotes notes, NotePending pending, NoteSettings settings) {
        this.knowledge = knowledge;
        this.notes = notes;
        this.pending = pending;
        this.settings = settings;
        this.unsettled = notes.unsettled(settings);
    }

    /** A note on the tasks named: recorded on the writer's one task, or which of his tasks, or refused. */
    TaskOutcome write(String messageId, String userId, String unit, List<Task> tasks, NoteDraft draft, String raw, Instant at) {
        List<Task> own = tasks.stream().filter(task -> ofUnit(task, unit)).toList();
        if (own.isEmpty()) {
            return new TaskOutcome.NotYourTask(tasks.get(0), unit);
        }
        if (own.size() > 1) {
            waitFor(userId, own, draft, raw);
            return new TaskOutcome.WhichTask(own, true);
        }
        return record(messageId, userId, unit, own.get(0), draft, raw, at);
    }

    /** A note whose name ({@code written}) is near these tasks of the writer: it waits for which (or 是), unrecorded. */
    TaskOutcome near(String userId, String written, List<Task> tasks, NoteDraft draft, String raw) {
        waitFor(userId, tasks, draft, raw);
        return new TaskOutcome.NearTask(written, tasks);
    }

    private void waitFor(String userId, List<Task> tasks, NoteDraft draft, String raw) {
        pending.ask(userId, String.join("\u0001", String.join(",", tasks.stream().map(Task::id).toList()),
                draft.text(), draft.percent() == null ? "" : draft.percent().toPlainString(),
                draft.unsure() == null ? "" : draft.unsure(), draft.done() ? "1" : "0", raw, draft.said()), settings.askTimeout());
    }

    /**
     * The notes of a message with several parts: every part that can be recorded, in one step; each other part is
     * said with why it was not (another unit's task, an unsure percent, several tasks in one part).
     */
    TaskOutcome several(String messageId, String userId, String unit, List<Intent.WriteNote> parts, String raw, Instant at) {
        List<TaskOutcome> outcomes = new ArrayList<>();
        List<TaskNotes.Draft> drafts = new ArrayList<>();
        for (Intent.WriteNote part : parts) {
            List<Task> own = part.tasks().stream().filter(task -> ofUnit(task, unit)).toList();
            NoteDraft draft = part.draft();
            if (own.isEmpty()) {
                outcomes.add(new TaskOutcome.NotYourTask(part.tasks().get(0), unit));
            } else if (own.size() > 1) {
                outcomes.add(new Refused(Refusal.ONE_TASK_A_PART, own.get(0), null));
            } else if (draft.unsure() != null) {
                outcomes.add(new TaskOutcome.AskPercent(own.get(0), draft.unsure()));
            } else {
                drafts.add(new TaskNotes.Draft(own.get(0).id(), unit, draft.text(), raw, draft.percent(), draft.done(), draft.said()));
                outcomes.add(null);
            }
        }
        if (!drafts.isEmpty()) {
            Object stored = store(messageId, userId, drafts, at);
            if (stored instanceof TaskOutcome failed) {
                return failed;
            }
            List<TaskNote> made = ((TaskNotes.Result) stored).entries();
            for (int i = 0, k = 0; i < outcomes.size() && k < made.size(); i++) {
                if (outcomes.get(i) == null) {
                    outcomes.set(i, outcomeOf(made.get(k++)));
                }
            }
        }
        return new TaskOutcome.Several(outcomes);
    }

    /** The answer to "which task": the waiting note is recorded on the chosen task. */
    TaskOutcome choose(String messageId, String userId, String unit, Task chosen, Instant at) {
        String waiting = pending.pending(userId);
        if (waiting == null) {
            return Refused.of(Refusal.CHOICE_UNCLEAR);
        }
        String[] parts = waiting.split("\u0001", 7);
        List<Task> choices = choices(parts[0]);
        if (chosen == null || !choices.contains(chosen)) {
            return new TaskOutcome.WhichTask(choices, true);
        }
        NoteDraft draft = new NoteDraft(parts[1], parts[2].isEmpty() ? null : new BigDecimal(parts[2]),
                parts[3].isEmpty() ? null : parts[3], "1".equals(parts[4]), parts.length > 6 ? parts[6] : "");
        return record(messageId, userId, unit, chosen, draft, parts[5], at);
    }

    /** The tasks of a waiting "which task" question. */
    List<Task> choices(String waiting) {
        return Arrays.stream(waiting.split("\u0001", 2)[0].split(",")).map(knowledge::task).flatMap(Optional::stream).toList();
    }

    private TaskOutcome record(String messageId, String userId, String unit, Task task, NoteDraft draft, String raw, Instant at) {
        if (draft.unsure() != null) {
            pending.drop(userId);
            return new TaskOutcome.AskPercent(task, draft.unsure());
        }
        Object stored = store(messageId, userId, List.of(new TaskNotes.Draft(task.id(), unit, draft.text(), raw,
                draft.percent(), draft.done(), draft.said())), at);
        return stored instanceof TaskOutcome failed ? failed : outcomeOf(((TaskNotes.Result) stored).entry());
    }

    /**
     * Writes the notes of a message: the result, or — when Redis took them without answering — the outcome settled
     * by message id: {@link TaskOutcome.Unknown} while it cannot be known, 暂时无法保存 when settled as not recorded.
     */
    private Object store(String messageId, String userId, List<TaskNotes.Draft> drafts, Instant at) {
        String key = UnsettledNotes.key(drafts);
        String earlier = unsettled.earlier(userId, key);
        try {
            TaskNotes.Result result = notes.notes(messageId, at, userId, earlier, drafts);
            unsettled.resent(userId, key, earlier);
            return "void".equals(result.status()) ? Refused.of(Refusal.UNAVAILABLE) : result;
        } catch (LedgerUncertainException e) {
            return settled(unsettled.settle(e, userId, at, key));
        }
    }

    /** A change of notes whose answer was lost, settled: what it made, or why nothing. */
    Object settled(Optional<TaskNotes.Result> settled) {
        if (settled.isEmpty()) {
            return new TaskOutcome.Unknown();
        }
        return "void".equals(settled.get().status()) || settled.get().entries().isEmpty() ? Refused.of(Refusal.UNAVAILABLE) : settled.get();
    }

    /** Settles a 撤回, 更正 or 核实 whose answer was lost: the outcome of what it made, or why nothing. */
    TaskOutcome settle(LedgerUncertainException e, String userId, Instant at) {
        Object settled = settled(unsettled.settle(e, userId, at, null));
        if (settled instanceof TaskOutcome outcome) {
            return outcome;
        }
        List<TaskNote> made = ((TaskNotes.Result) settled).entries();
        return made.size() == 1 ? outcomeOf(made.get(0)) : new TaskOutcome.Several(made.stream().map(this::outcomeOf).toList());
    }

    /** The outcome a stored entry stands for (also the reply to a repeated message). */
    TaskOutcome outcomeOf(TaskNote note) {
        Task task = knowledge.task(note.taskId()).orElse(null);
        if ("withdraw".equals(note.kind())) {
            return new TaskOutcome.Withdrawn(task, notes.entry(note.ref()).orElse(note));
        }
        if ("correct".equals(note.kind())) {
            return new TaskOutcome.Corrected(task, notes.entry(note.ref()).orElse(note), note);
        }
        if ("verify".equals(note.kind())) {
            return new TaskOutcome.Verified(task, note);
        }
        return new TaskOutcome.Recorded(task, note, notes.state(note.taskId()));
    }

    static boolean ofUnit(Task task, String unit) {
        return task.lead().equals(unit) || task.partners().contains(unit);
    }
}
