package cn.duban.assistant.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.Task;
import cn.duban.assistant.ledger.Ledger;
import cn.duban.assistant.ledger.LedgerUnavailableException;
import cn.duban.assistant.ledger.LedgerUncertainException;
import cn.duban.assistant.roster.Reporter;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.tasks.TaskOutcome.Refusal;
import cn.duban.assistant.tasks.TaskOutcome.Refused;
import cn.duban.assistant.understanding.Intent;
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

    private final Roster roster;
    private final TaskNotes notes;
    private final NotePending pending;
    private final NoteWriter writer;
    private final NoteCorrections corrections;
    private final EvidenceService evidence;
    private final TaskWarnings warnings;
    private final TaskCards cards;

    /** The service with the default times for questions and no photos kept (as below). */
    public TaskService(Knowledge knowledge, Roster roster, TaskNotes notes, Ledger ledger, java.time.Duration askTimeout,
                       TaskWarnings warnings) {
        this(knowledge, roster, notes, ledger, NoteSettings.of(askTimeout), warnings, null);
    }

    /**
     * The service on these tasks and this roster; {@code ledger} tells whether a 撤回 means a figure or a note;
     * {@code settings}: the notes' times (questions, a second 撤回, settling a lost answer); {@code warnings} gives
     * the cards' lights and answers 预警; photos attached to notes are kept by {@code photos} (null: none).
     */
    public TaskService(Knowledge knowledge, Roster roster, TaskNotes notes, Ledger ledger, NoteSettings settings,
                       TaskWarnings warnings, EvidenceStore photos) {
        this.warnings = warnings;
        this.evidence = photos == null ? null : new EvidenceService(knowledge, roster, notes, photos);
        this.roster = roster;
        this.notes = notes;
        this.pending = new NotePending(notes.redis());
        this.writer = new NoteWriter(knowledge, notes, pending, settings);
        this.corrections = new NoteCorrections(knowledge, notes, pending, ledger, writer, settings);
        this.cards = new TaskCards(knowledge, notes, evidence, warnings);
    }

    /** Photos as 佐证材料 of notes; null when photos are not kept. */
    public EvidenceService evidence() {
        return evidence;
    }

    /** A question about tasks: one task's card, or which of several. */
    public TaskOutcome ask(List<Task> tasks) {
        return cards.ask(tasks);
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
        return cards.unitTasks(unit);
    }

    /** A progress note: recorded, or a question back, or a refusal naming the task's units. */
    public TaskOutcome write(String messageId, String userId, List<Task> tasks, NoteDraft draft, String raw, Instant at) {
        return writing(messageId, userId, tasks, at, (unit) -> writer.write(messageId, userId, unit, tasks, draft, raw, at));
    }

    /** A note whose name is near the writer's tasks (津维高铁：…): asked which, never recorded on a guess. */
    public TaskOutcome near(String messageId, String userId, String written, List<Task> tasks, NoteDraft draft, String raw,
                            Instant at) {
        return writing(messageId, userId, tasks, at, unit -> writer.near(userId, written, tasks, draft, raw));
    }

    /**
     * The notes of a message with several parts, each on its own task: all that can be recorded in one step and one
     * reply, each other part said with why it was not recorded.
     */
    public TaskOutcome writeSeveral(String messageId, String userId, List<Intent.WriteNote> parts, String raw, Instant at) {
        return writing(messageId, userId, parts.get(0).tasks(), at, (unit) -> writer.several(messageId, userId, unit, parts, raw, at));
    }

    /** A note from a reporter (a repeated message gets what it made); an official's note is read as a question. */
    private TaskOutcome writing(String messageId, String userId, List<Task> tasks, Instant at,
                                java.util.function.Function<String, TaskOutcome> write) {
        // no read before the write: the script answers a repeated message with what it made (so a stalled Redis
        // gets the write itself, whose lost answer is then settled by message id)
        return guarded(userId, at, () -> {
            if (roster.official(userId).isPresent()) {
                return tasks.size() == 1 ? cards.card(tasks.get(0), true) : new TaskOutcome.WhichTask(tasks, false);
            }
            Optional<Reporter> reporter = roster.reporter(userId);
            return reporter.isEmpty() ? Refused.of(Refusal.NOT_IN_ROSTER) : write.apply(reporter.get().unit());
        });
    }

    /** The answer to "which task": the waiting note is recorded on the chosen task. */
    public TaskOutcome choose(String messageId, String userId, Task chosen, Instant at) {
        return guarded(userId, at, () -> {
            Optional<TaskNote> repeated = notes.forMessage(messageId);
            if (repeated.isPresent()) {
                return writer.outcomeOf(repeated.get());
            }
            Optional<Reporter> reporter = roster.reporter(userId);
            return reporter.isEmpty() ? Refused.of(Refusal.CHOICE_UNCLEAR) : writer.choose(messageId, userId, reporter.get().unit(), chosen, at);
        });
    }

    /** What this user's next message may answer: which task a waiting note is about. */
    public Sender.Pending pendingFor(String userId) {
        if (Boolean.TRUE.equals(guardedOr(() -> pending.withdrawal(userId) != null, false))) {
            return new Sender.Pending(true, List.of());
        }
        String waiting = guardedOr(() -> pending.pending(userId), null);
        return waiting == null ? Sender.Pending.NONE : Sender.Pending.ofTasks(writer.choices(waiting));
    }

    /** 取消 (or 否): drops the note waiting for "which task" or the 撤回 waiting for 是; empty when none waited. */
    public Optional<TaskOutcome> cancel(String userId) {
        boolean note = Boolean.TRUE.equals(guardedOr(() -> pending.drop(userId), false));
        boolean withdrawal = Boolean.TRUE.equals(guardedOr(() -> pending.dropWithdrawal(userId), false));
        return note || withdrawal ? Optional.of(new TaskOutcome.Cancelled(!note)) : Optional.empty();
    }

    /** 是 to 还要撤回再上一条吗: the older note is withdrawn; empty when no such question waits. */
    public Optional<TaskOutcome> confirm(String messageId, String userId, Instant at) {
        if (!Boolean.TRUE.equals(guardedOr(() -> pending.withdrawal(userId) != null, false))) {
            return Optional.empty();
        }
        return Optional.of(guarded(userId, at, () -> corrections.confirmed(messageId, userId, at)));
    }

    /** 核实/销号 by an official: closes a task reported finished. */
    public TaskOutcome verify(String messageId, String userId, List<Task> tasks, String raw, Instant at) {
        return guarded(userId, at, () -> new NoteVerifier(roster, notes, writer).verify(messageId, userId, tasks, raw, at));
    }

    /**
     * Whether a 撤回 or 更正 from this user means a note: the message was one already, or the user's last note is
     * newer than the last figures he reported, or the message has words and no bare figure ({@code words}) and he has
     * a note standing.
     */
    public boolean meansNote(String messageId, String userId, boolean words) {
        return guardedOr(() -> corrections.meansNote(messageId, userId, words), false);
    }

    /**
     * Whether a 撤回 of this withdrawn note also takes the figures its message reported: they are the writer's last
     * figures, or this 撤回 (repeated) withdrew them already.
     */
    public boolean figuresBeside(String messageId, String userId, TaskNote note) {
        return guardedOr(() -> corrections.figuresBeside(messageId, userId, note), false);
    }

    /** Whether the writer has figures standing: a bare 更正 25人 then means his figures, not a note's words. */
    public boolean hasFigures(String userId) {
        return guardedOr(() -> corrections.hasFigures(userId), false);
    }

    /** 撤回 of the writer's last note; said in passing (发错了) it is not done but asked to be said plainly. */
    public TaskOutcome withdraw(String messageId, String userId, boolean soft, String raw, Instant at) {
        return guarded(userId, at, () -> corrections.withdraw(messageId, userId, soft, raw, at));
    }

    /**
     * 更正 of the writer's last note: new words, a new percent or both, as a new entry referring to the old one; a
     * percent alone (更正 进度70%) keeps the words. Said in passing (应为…) it is asked to be said plainly.
     */
    public TaskOutcome correct(String messageId, String userId, NoteDraft draft, boolean explicit, String raw, Instant at) {
        return guarded(userId, at, () -> corrections.correct(messageId, userId, draft, explicit, raw, at));
    }

    /** The outcome of a change; when Redis took it without answering, what it came to, settled by message id. */
    private TaskOutcome guarded(String userId, Instant at, Supplier<TaskOutcome> action) {
        try {
            return action.get();
        } catch (LedgerUncertainException e) {
            return writer.settle(e, userId, at);
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
