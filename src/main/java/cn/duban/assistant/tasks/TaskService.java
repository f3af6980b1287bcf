package cn.duban.assistant.tasks;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.Task;
import cn.duban.assistant.ledger.Ledger;
import cn.duban.assistant.ledger.LedgerUnavailableException;
import cn.duban.assistant.roster.Reporter;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.tasks.TaskOutcome.Refusal;
import cn.duban.assistant.tasks.TaskOutcome.Refused;
import cn.duban.assistant.understanding.NoteDraft;
import cn.duban.assistant.understanding.Sender;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Tasks in the conversation: a task's card and a unit's tasks for anyone; progress notes from reporters of a task's
 * lead or partner units (asking which task when several fit, and for the exact percent when it is not); 核实/销号
 * by officials; 撤回 and 更正 of the writer's last note. Every change goes through {@link TaskNotes} exactly once per
 * message id.
 */
public class TaskService {

    /** How many notes a card shows. */
    static final int LATEST = 3;

    private final Knowledge knowledge;
    private final Roster roster;
    private final TaskNotes notes;
    private final Duration askTimeout;
    private final NoteCorrections corrections;
    private final EvidenceService evidence;
    private final TaskWarnings warnings;

    /**
     * The service on these tasks and this roster; {@code ledger} tells whether a 撤回 means a figure or a note;
     * {@code warnings} gives the cards' lights and answers 预警.
     */
    public TaskService(Knowledge knowledge, Roster roster, TaskNotes notes, Ledger ledger, Duration askTimeout,
                       TaskWarnings warnings) {
        this(knowledge, roster, notes, ledger, askTimeout, warnings, null);
    }

    /** The same, with photos attached to notes kept by {@code photos} (null: none). */
    public TaskService(Knowledge knowledge, Roster roster, TaskNotes notes, Ledger ledger, Duration askTimeout,
                       TaskWarnings warnings, EvidenceStore photos) {
        this.warnings = warnings;
        this.evidence = photos == null ? null : new EvidenceService(knowledge, roster, notes, photos);
        this.knowledge = knowledge;
        this.roster = roster;
        this.notes = notes;
        this.askTimeout = askTimeout;
        this.corrections = new NoteCorrections(knowledge, notes, ledger, this::recorded);
    }

    /** Photos as 佐证材料 of notes; null when photos are not kept. */
    public EvidenceService evidence() {
        return evidence;
    }

    /** A question about tasks: one task's card, or which of several. */
    public TaskOutcome ask(List<Task> tasks) {
        return tasks.size() == 1 ? card(tasks.get(0), false) : new TaskOutcome.WhichTask(tasks, false);
    }

    /** A task's card; while Redis cannot be read, without its notes and state (the knowledge still answers). */
    private TaskOutcome card(Task task, boolean fromOfficial) {
        try {
            List<TaskNote> latest = notes.notes(task.id(), LATEST);
            java.util.Map<Long, Integer> photos = new java.util.HashMap<>();
            if (evidence != null) {
                latest.forEach(note -> photos.put(note.id(), evidence.count(note)));
            }
            return new TaskOutcome.Card(task, latest, notes.state(task.id()), fromOfficial,
                    warnings.lights().light(task), photos);
        } catch (LedgerUnavailableException | JedisException e) {
            return new TaskOutcome.Card(task, List.of(), null, fromOfficial, null);
        }
    }

    /** 红灯任务, 黄灯有哪些, 预警: the lit tasks and targets this user may see. */
    public TaskOutcome lit(String userId, List<cn.duban.assistant.lights.Light> asked) {
        return warnings.lit(userId, asked);
    }

    /** The tasks' lights (for the digest). */
    public TaskLights lights() {
        return warnings.lights();
    }

    /** Every entry of a task's notes, oldest first (notes, corrections, withdrawals, 核实): its audit trail. */
    public List<TaskNote> history(String taskId) {
        return notes.history(taskId);
    }

    /** One entry of the notes. */
    public Optional<TaskNote> note(long id) {
        return notes.entry(id);
    }

    /** The photos attached to one note, as paths under the data folder, in the order they came. */
    public List<java.nio.file.Path> photos(long noteId) {
        return evidence == null ? List.of() : evidence.photos(noteId);
    }

    /** The tasks a unit leads, then those it shares. */
    public TaskOutcome unitTasks(String unit) {
        return new TaskOutcome.UnitTasks(unit, knowledge.tasks().stream().filter(t -> t.lead().equals(unit)).toList(),
                knowledge.tasks().stream().filter(t -> t.partners().contains(unit)).toList());
    }

    /** A progress note: recorded, or a question back, or a refusal naming the task's units. */
    public TaskOutcome write(String messageId, String userId, List<Task> tasks, NoteDraft draft, String raw, Instant at) {
        return guarded(() -> {
            Optional<TaskNote> repeated = notes.forMessage(messageId);
            if (repeated.isPresent()) {
                return recorded(repeated.get());
            }
            if (roster.official(userId).isPresent()) {
                return tasks.size() == 1 ? card(tasks.get(0), true) : new TaskOutcome.WhichTask(tasks, false);
            }
            Optional<Reporter> reporter = roster.reporter(userId);
            if (reporter.isEmpty()) {
                return Refused.of(Refusal.NOT_IN_ROSTER);
            }
            String unit = reporter.get().unit();
            List<Task> own = tasks.stream().filter(task -> ofUnit(task, unit)).toList();
            if (own.isEmpty()) {
                return new TaskOutcome.NotYourTask(tasks.get(0), unit);
            }
            if (own.size() > 1) {
                notes.ask(userId, String.join("\u0001", String.join(",", own.stream().map(Task::id).toList()),
                        draft.text(), draft.percent() == null ? "" : draft.percent().toPlainString(),
                        draft.unsure() == null ? "" : draft.unsure(), draft.done() ? "1" : "0", raw), askTimeout);
                return new TaskOutcome.WhichTask(own, true);
            }
            return record(messageId, userId, unit, own.get(0), draft, raw, at);
        });
    }

    private TaskOutcome record(String messageId, String userId, String unit, Task task, NoteDraft draft, String raw, Instant at) {
        if (draft.unsure() != null) {
            notes.drop(userId);
            return new TaskOutcome.AskPercent(task, draft.unsure());
        }
        TaskNotes.Result result = notes.note(messageId, at, userId, unit, task.id(), draft.text(), raw, draft.percent(), draft.done());
        return recorded(result.entry());
    }

    /** The outcome a stored entry stands for (also the reply to a repeated message). */
    TaskOutcome recorded(TaskNote note) {
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

    private static boolean ofUnit(Task task, String unit) {
        return task.lead().equals(unit) || task.partners().contains(unit);
    }

    /** The answer to "which task": the waiting note is recorded on the chosen task. */
    public TaskOutcome choose(String messageId, String userId, Task chosen, Instant at) {
        return guarded(() -> {
            Optional<TaskNote> repeated = notes.forMessage(messageId);
            if (repeated.isPresent()) {
                return recorded(repeated.get());
            }
            String waiting = notes.pending(userId);
            Optional<Reporter> reporter = roster.reporter(userId);
            if (waiting == null || reporter.isEmpty()) {
                return Refused.of(Refusal.CHOICE_UNCLEAR);
            }
            String[] parts = waiting.split("\u0001", 6);
            List<Task> choices = choices(parts[0]);
            if (chosen == null || !choices.contains(chosen)) {
                return new TaskOutcome.WhichTask(choices, true);
            }
            NoteDraft draft = new NoteDraft(parts[1], parts[2].isEmpty() ? null : new java.math.BigDecimal(parts[2]),
                    parts[3].isEmpty() ? null : parts[3], "1".equals(parts[4]));
            return record(messageId, userId, reporter.get().unit(), chosen, draft, parts[5], at);
        });
    }

    private List<Task> choices(String ids) {
        return Arrays.stream(ids.split(",")).map(knowledge::task).flatMap(Optional::stream).toList();
    }

    /** What this user's next message may answer: which task a waiting note is about. */
    public Sender.Pending pendingFor(String userId) {
        String waiting = guardedOr(() -> notes.pending(userId), null);
        return waiting == null ? Sender.Pending.NONE : Sender.Pending.ofTasks(choices(waiting.split("\u0001", 2)[0]));
    }

    /** 取消: drops the note waiting for "which task"; empty when none waited. */
    public Optional<TaskOutcome> cancel(String userId) {
        return Boolean.TRUE.equals(guardedOr(() -> notes.drop(userId), false))
                ? Optional.of(new TaskOutcome.Cancelled()) : Optional.empty();
    }

    /** 核实/销号 by an official: closes a task reported finished. */
    public TaskOutcome verify(String messageId, String userId, List<Task> tasks, String raw, Instant at) {
        return guarded(() -> {
            if (roster.official(userId).isEmpty()) {
                return new Refused(Refusal.OFFICIALS_ONLY, tasks.get(0), null);
            }
            if (tasks.size() > 1) {
                return new TaskOutcome.WhichTask(tasks, false);
            }
            Task task = tasks.get(0);
            TaskNotes.Result result = notes.verify(messageId, at, userId, task.id(), raw);
            return switch (result.status()) {
                case "notdone" -> new Refused(Refusal.NOT_DONE, task, notes.state(task.id()));
                case "verified" -> new Refused(Refusal.ALREADY_VERIFIED, task, notes.state(task.id()));
                default -> recorded(result.entry());
            };
        });
    }

    /**
     * Whether a 撤回 or 更正 from this user means a note: the message was one already, or the user's last note is
     * newer than the last figures he reported.
     */
    public boolean meansNote(String messageId, String userId) {
        return guardedOr(() -> corrections.meansNote(messageId, userId), false);
    }

    /** 撤回 of the writer's last note; said in passing (发错了) it is not done but asked to be said plainly. */
    public TaskOutcome withdraw(String messageId, String userId, boolean soft, String raw, Instant at) {
        return guarded(() -> corrections.withdraw(messageId, userId, soft, raw, at));
    }

    /**
     * 更正 of the writer's last note: new words, a new percent or both, as a new entry referring to the old one; a
     * percent alone (更正 进度70%) keeps the words. Said in passing (应为…) it is asked to be said plainly.
     */
    public TaskOutcome correct(String messageId, String userId, NoteDraft draft, boolean explicit, String raw, Instant at) {
        return guarded(() -> corrections.correct(messageId, userId, draft, explicit, raw, at));
    }

    private static TaskOutcome guarded(Supplier<TaskOutcome> action) {
        try {
            return action.get();
        } catch (LedgerUnavailableException | JedisException e) {
            return Refused.of(Refusal.UNAVAILABLE);
        }
    }

    private static <T> T guardedOr(Supplier<T> action, T otherwise) {
        try {
            return action.get();
        } catch (LedgerUnavailableException | JedisException e) {
            return otherwise;
        }
    }
}
