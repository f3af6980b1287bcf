package cn.duban.assistant.tasks;

import static cn.duban.assistant.ledger.LedgerUnavailableException.guarded;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.duban.assistant.ledger.LedgerUnavailableException;
import cn.duban.assistant.ledger.LedgerUncertainException;
import cn.duban.assistant.redis.LuaScript;
import redis.clients.jedis.UnifiedJedis;

/**
 * The task notes in Redis, beside the ledger under its hash tag {@code duban:{ledger}:tn:}: every change is an
 * append-only entry written by one Lua script ({@code tasks/notes.lua}) with the message id, so a repeated message
 * changes nothing and is answered with the entry it made. Keys: {@code tn:e:<id>} (an entry), {@code tn:log} (every
 * id), {@code tn:task:<task>} (a task's ids), {@code tn:user:<user>} (a writer's standing notes, the last is what
 * 撤回/更正 change), {@code tn:state:<task>} (已完成待核实 or 已核实), {@code tn:msg:<message>} (the ids a message made, or {@code void}
 * once settled as not recorded); the questions waiting are {@link NotePending}'s.
 */
public class TaskNotes {

    static final String PREFIX = "duban:{ledger}:tn:";
    private static final LuaScript SCRIPT = new LuaScript("/tasks/notes.lua", PREFIX);

    /**
     * What a change did.
     *
     * @param status  {@code ok}, {@code duplicate} (the message was seen; {@code entries} are what it made),
     *                {@code nothing} (no note to change), {@code changed} (the last note changed meanwhile),
     *                {@code notdone} (核实 of a task not reported finished), {@code verified} (already verified;
     *                {@code entry} the 核实), {@code again} (a second 撤回 soon after one: {@code entry} is the note it
     *                would withdraw, to be asked first), {@code void} (settled as not recorded, for good)
     * @param entries the entries concerned, in order (several notes of one message), empty when none
     */
    public record Result(String status, List<TaskNote> entries) {
        /** The (first) entry concerned, or null. */
        public TaskNote entry() {
            return entries.isEmpty() ? null : entries.get(0);
        }
    }

    /** One note of a message: the task, the writer's unit, its words, the message, percent (or null) as {@code said}. */
    public record Draft(String taskId, String unit, String text, String raw, BigDecimal percent, boolean done, String said) {
    }

    private final UnifiedJedis redis;
    private final Duration memory;
    private UnsettledNotes unsettled;

    /** The notes in this Redis; message ids are remembered for {@code memory}. */
    public TaskNotes(UnifiedJedis redis, Duration memory) {
        this.redis = redis;
        this.memory = memory;
    }

    /**
     * The writes of these notes whose answer was lost, kept with the notes (so across reloads of the knowledge,
     * which build new services on the same notes); made with the first settings asked for.
     */
    synchronized UnsettledNotes unsettled(NoteSettings settings) {
        if (unsettled == null) {
            unsettled = new UnsettledNotes(this, settings);
        }
        return unsettled;
    }

    /** The Redis the notes are in (for the questions waiting beside them). */
    UnifiedJedis redis() {
        return redis;
    }

    /** Appends a note; {@code percent} may be null. Drops the writer's pending question. */
    public Result note(String messageId, Instant at, String userId, String unit, String taskId, String text, String raw,
                       BigDecimal percent, boolean done) {
        return notes(messageId, at, userId, "", List.of(new Draft(taskId, unit, text, raw, percent, done, "")));
    }

    /**
     * Appends the notes of one message, all or none; {@code earlier} ("" when none) is an earlier message of the
     * same notes whose outcome was unknown: when it was recorded, this one is that message's notes, and otherwise it
     * takes its place (the earlier one, arriving late, records nothing).
     *
     * @throws cn.duban.assistant.ledger.LedgerUncertainException when Redis took the write without answering
     */
    public Result notes(String messageId, Instant at, String userId, String earlier, List<Draft> drafts) {
        List<String> rest = new ArrayList<>(List.of(earlier));
        for (Draft d : drafts) {
            rest.addAll(List.of(d.taskId(), d.unit(), d.text(), d.raw(), d.percent() == null ? "" : d.percent().toPlainString(),
                    d.done() ? "1" : "0", d.said() == null ? "" : d.said()));
        }
        return run("note", messageId, at, userId, rest.toArray(String[]::new));
    }

    /** 撤回 of the writer's last standing note, which must still be {@code expected}. */
    public Result withdraw(String messageId, Instant at, String userId, long expected, String raw) {
        return withdraw(messageId, at, userId, expected, raw, Duration.ZERO, false);
    }

    /**
     * 撤回 of the writer's last standing note (still {@code expected}); with {@code checkAgain}, a second 撤回 within
     * {@code againWindow} of the writer's last one withdraws nothing and answers {@code again}.
     */
    public Result withdraw(String messageId, Instant at, String userId, long expected, String raw, Duration againWindow,
                           boolean checkAgain) {
        return run("withdraw", messageId, at, userId, Long.toString(expected), raw, Long.toString(againWindow.toMillis()),
                checkAgain ? "1" : "0");
    }

    /** 更正 of the writer's last standing note (still {@code expected}): a new entry referring to it. */
    public Result correct(String messageId, Instant at, String userId, long expected, String text, String raw,
                          BigDecimal percent, boolean done) {
        return correct(messageId, at, userId, expected, text, raw, percent, done, "");
    }

    /** The same, with the percent as the new words write it ({@code said}). */
    public Result correct(String messageId, Instant at, String userId, long expected, String text, String raw,
                          BigDecimal percent, boolean done, String said) {
        return run("correct", messageId, at, userId, Long.toString(expected), text, raw, percent == null ? "" : percent.toPlainString(),
                done ? "1" : "0", said == null ? "" : said);
    }

    /** 核实/销号 by an official: a task reported finished becomes 已核实. */
    public Result verify(String messageId, Instant at, String userId, String taskId, String raw) {
        return run("verify", messageId, at, userId, taskId, raw);
    }

    /**
     * Decides for good what became of a message whose write got no answer: {@code duplicate} with its entries when
     * the script ran, else {@code void} — and the message id is marked so that the script, should it still arrive,
     * records nothing. A PING first: once a stalled server answers it, what it had received before has run.
     *
     * @throws LedgerUnavailableException or {@link LedgerUncertainException} while Redis still cannot be reached
     */
    public Result settle(String messageId, Instant at, String userId) {
        guarded(redis::ping);
        return run("settle", messageId, at, userId);
    }

    private Result run(String op, String messageId, Instant at, String userId, String... rest) {
        List<String> args = new ArrayList<>(List.of(op, messageId, Long.toString(at.toEpochMilli()), userId,
                Long.toString(memory.toSeconds())));
        args.addAll(List.of(rest));
        List<?> result = cn.duban.assistant.ledger.ScriptWrites.run(SCRIPT, redis, args, messageId);
        String status = String.valueOf(result.get(0));
        List<TaskNote> entries = result.size() > 1 && result.get(1) != null ? entries(String.valueOf(result.get(1))) : List.of();
        return new Result(status, entries);
    }

    private List<TaskNote> entries(String ids) {
        List<TaskNote> entries = new ArrayList<>();
        for (String id : ids.split(",")) {
            entry(Long.parseLong(id)).ifPresent(entries::add);
        }
        return entries;
    }

    /** One entry. */
    public Optional<TaskNote> entry(long id) {
        Map<String, String> hash = guarded(() -> redis.hgetAll(PREFIX + "e:" + id));
        return hash.isEmpty() ? Optional.empty() : Optional.of(TaskNote.fromHash(hash));
    }

    /** The (first) entry a message made, while its id is remembered. */
    public Optional<TaskNote> forMessage(String messageId) {
        return forMessageAll(messageId).stream().findFirst();
    }

    /** Every entry a message made (several notes of one message), while its id is remembered; empty when none. */
    public List<TaskNote> forMessageAll(String messageId) {
        String ids = guarded(() -> redis.get(PREFIX + "msg:" + messageId));
        return ids == null || "void".equals(ids) ? List.of() : entries(ids);
    }

    /** A task's standing notes, newest first, at most {@code limit}. */
    public List<TaskNote> notes(String taskId, int limit) {
        List<String> ids = guarded(() -> redis.lrange(PREFIX + "task:" + taskId, 0, -1));
        Collections.reverse(ids);
        List<TaskNote> notes = new ArrayList<>();
        for (String id : ids) {
            entry(Long.parseLong(id)).filter(TaskNote::standingNote).ifPresent(notes::add);
            if (notes.size() >= limit) {
                break;
            }
        }
        return notes;
    }

    /** Every entry of a task, oldest first: its audit trail. */
    public List<TaskNote> history(String taskId) {
        List<String> ids = guarded(() -> redis.lrange(PREFIX + "task:" + taskId, 0, -1));
        List<TaskNote> entries = new ArrayList<>();
        ids.forEach(id -> entry(Long.parseLong(id)).ifPresent(entries::add));
        return entries;
    }

    /** Where a task stands. */
    public TaskState state(String taskId) {
        Map<String, String> hash = guarded(() -> redis.hgetAll(PREFIX + "state:" + taskId));
        if (hash.isEmpty()) {
            return TaskState.OPEN;
        }
        return new TaskState("verified".equals(hash.get("state")) ? TaskState.State.VERIFIED : TaskState.State.DONE_UNVERIFIED,
                hash.get("user"), Instant.ofEpochMilli(Long.parseLong(hash.get("at"))));
    }

    /** The writer's last standing note: what 撤回 and 更正 change. */
    public Optional<TaskNote> lastNote(String userId) {
        String id = guarded(() -> redis.lindex(PREFIX + "user:" + userId, -1));
        return id == null ? Optional.empty() : entry(Long.parseLong(id));
    }

}
