package cn.duban.assistant.tasks;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import cn.duban.assistant.ledger.LedgerUnavailableException;
import cn.duban.assistant.redis.LuaScript;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;

/**
 * The task notes in Redis, beside the ledger under its hash tag {@code duban:{ledger}:tn:}: every change is an
 * append-only entry written by one Lua script ({@code tasks/notes.lua}) with the message id, so a repeated message
 * changes nothing and is answered with the entry it made. Keys: {@code tn:e:<id>} (an entry), {@code tn:log} (every
 * id), {@code tn:task:<task>} (a task's ids), {@code tn:user:<user>} (a writer's standing notes, the last is what
 * 撤回/更正 change), {@code tn:state:<task>} (已完成待核实 or 已核实), {@code tn:msg:<message>}, {@code tn:pending:<user>}.
 */
public class TaskNotes {

    static final String PREFIX = "duban:{ledger}:tn:";
    private static final LuaScript SCRIPT = new LuaScript("/tasks/notes.lua", PREFIX);

    /**
     * What a change did.
     *
     * @param status {@code ok}, {@code duplicate} (the message was seen; {@code entry} is what it made), {@code nothing}
     *               (no note to change), {@code changed} (the last note changed meanwhile), {@code notdone} (核实 of a
     *               task not reported finished), {@code verified} (already verified; {@code entry} the 核实)
     * @param entry  the entry concerned, or null
     */
    public record Result(String status, TaskNote entry) {
    }

    private final UnifiedJedis redis;
    private final Duration memory;

    /** The notes in this Redis; message ids are remembered for {@code memory}. */
    public TaskNotes(UnifiedJedis redis, Duration memory) {
        this.redis = redis;
        this.memory = memory;
    }


    /** Appends a note; {@code percent} may be null. Drops the writer's pending question. */
    public Result note(String messageId, Instant at, String userId, String unit, String taskId, String text, String raw,
                       BigDecimal percent, boolean done) {
        return run("note", messageId, at, userId, taskId, unit, text, raw, percent == null ? "" : percent.toPlainString(), done ? "1" : "0");
    }

    /** 撤回 of the writer's last standing note, which must still be {@code expected}. */
    public Result withdraw(String messageId, Instant at, String userId, long expected, String raw) {
        return run("withdraw", messageId, at, userId, Long.toString(expected), raw);
    }

    /** 更正 of the writer's last standing note (still {@code expected}): a new entry referring to it. */
    public Result correct(String messageId, Instant at, String userId, long expected, String text, String raw,
                          BigDecimal percent, boolean done) {
        return run("correct", messageId, at, userId, Long.toString(expected), text, raw, percent == null ? "" : percent.toPlainString(),
                done ? "1" : "0");
    }

    /** 核实/销号 by an official: a task reported finished becomes 已核实. */
    public Result verify(String messageId, Instant at, String userId, String taskId, String raw) {
        return run("verify", messageId, at, userId, taskId, raw);
    }

    private Result run(String op, String messageId, Instant at, String userId, String... rest) {
        List<String> args = new ArrayList<>(List.of(op, messageId, Long.toString(at.toEpochMilli()), userId,
                Long.toString(memory.toSeconds())));
        args.addAll(List.of(rest));
        List<?> result = guarded(() -> (List<?>) evaluate(args));
        String status = String.valueOf(result.get(0));
        TaskNote entry = result.size() > 1 && result.get(1) != null ? entry(Long.parseLong(String.valueOf(result.get(1)))).orElse(null) : null;
        return new Result(status, entry);
    }

    private Object evaluate(List<String> args) {
        return SCRIPT.run(redis, args);
    }

    /** One entry. */
    public Optional<TaskNote> entry(long id) {
        Map<String, String> hash = guarded(() -> redis.hgetAll(PREFIX + "e:" + id));
        return hash.isEmpty() ? Optional.empty() : Optional.of(TaskNote.fromHash(hash));
    }

    /** The entry a message made, while its id is remembered. */
    public Optional<TaskNote> forMessage(String messageId) {
        String id = guarded(() -> redis.get(PREFIX + "msg:" + messageId));
        return id == null ? Optional.empty() : entry(Long.parseLong(id));
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

    /** Remembers a note waiting for "which task" ({@code fields}), for {@code timeout}. */
    void ask(String userId, String value, Duration timeout) {
        guarded(() -> redis.set(PREFIX + "pending:" + userId, value, SetParams.setParams().ex(Math.max(1, timeout.toSeconds()))));
    }

    /** The note waiting for "which task", or null. */
    String pending(String userId) {
        return guarded(() -> redis.get(PREFIX + "pending:" + userId));
    }

    /** Drops the note waiting for "which task"; whether there was one. */
    boolean drop(String userId) {
        return guarded(() -> redis.del(PREFIX + "pending:" + userId)) > 0;
    }

    private static <T> T guarded(Supplier<T> call) {
        try {
            return call.get();
        } catch (JedisDataException e) {
            throw e;
        } catch (JedisException e) {
            throw new LedgerUnavailableException(e);
        }
    }
}
