package cn.duban.assistant.supervision;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * The 督办单 in Redis, beside the ledger under its hash tag {@code duban:{ledger}:db:}: {@code db:seq:<year>} (the
 * last number of a year), {@code db:e:<year>:<n>} (a 督办单), {@code db:list} (every one, in order),
 * {@code db:task:<task>} (a task's), {@code db:pending:<user>} (a draft waiting for 是/否). A number is taken by one
 * Lua script, so two officials confirming at once never share one.
 */
public class SupervisionOrders {

    static final String PREFIX = "duban:{ledger}:db:";
    private static final String NUMBER = """
            local p = ARGV[1]
            local n = redis.call('INCR', p .. 'seq:' .. ARGV[2])
            local id = ARGV[2] .. ':' .. n
            redis.call('HSET', p .. 'e:' .. id, 'year', ARGV[2], 'seq', n, 'task', ARGV[3], 'user', ARGV[4], 'at', ARGV[5],
                'due', ARGV[6], 'status', 'sending')
            redis.call('RPUSH', p .. 'list', id)
            redis.call('RPUSH', p .. 'task:' .. ARGV[3], id)
            redis.call('DEL', p .. 'pending:' .. ARGV[4])
            return n
            """;

    private final UnifiedJedis redis;

    /** The 督办单 in this Redis. */
    public SupervisionOrders(UnifiedJedis redis) {
        this.redis = redis;
    }

    /** Remembers a draft on {@code taskId} waiting for 是/否 from {@code userId}, for {@code timeout}. */
    void ask(String userId, String taskId, Duration timeout) {
        redis.set(PREFIX + "pending:" + userId, taskId, SetParams.setParams().ex(Math.max(1, timeout.toSeconds())));
    }

    /** The task of the draft waiting for this user's 是/否, or null. */
    String pending(String userId) {
        return redis.get(PREFIX + "pending:" + userId);
    }

    /** Drops the waiting draft; whether there was one. */
    boolean drop(String userId) {
        return redis.del(PREFIX + "pending:" + userId) > 0;
    }

    /** The number the next 督办单 of {@code year} would get (a draft shows it; 是 takes the next free one). */
    long next(int year) {
        String last = redis.get(PREFIX + "seq:" + year);
        return last == null ? 1 : Long.parseLong(last) + 1;
    }

    /** Takes the next number of {@code year} for a 督办单 being sent, and drops the user's waiting draft. */
    long number(int year, String taskId, String userId, Instant at, LocalDate due) {
        Object n = redis.eval(NUMBER, List.of(), List.of(PREFIX, Integer.toString(year), taskId, userId,
                Long.toString(at.toEpochMilli()), due.toString()));
        return ((Number) n).longValue();
    }

    /** Records whom a numbered 督办单 reached. */
    void delivered(int year, long seq, List<String> recipients, List<String> failed) {
        redis.hset(PREFIX + "e:" + year + ":" + seq, Map.of("to", String.join(",", recipients),
                "failed", String.join(",", failed), "status", recipients.isEmpty() ? "unsent" : "sent"));
    }

    /** Links a note as the 反馈 of a 督办单 that has none yet; whether this note is its 反馈 now. */
    boolean answer(SupervisionOrder order, long noteId, Instant at) {
        String key = PREFIX + "e:" + order.year() + ":" + order.seq();
        if (redis.hsetnx(key, "fb", Long.toString(noteId)) == 1) {
            redis.hset(key, "fbAt", Long.toString(at.toEpochMilli()));
            return true;
        }
        return Long.toString(noteId).equals(redis.hget(key, "fb"));
    }

    /** One 督办单. */
    Optional<SupervisionOrder> order(String id) {
        Map<String, String> hash = redis.hgetAll(PREFIX + "e:" + id);
        return hash.isEmpty() ? Optional.empty() : Optional.of(SupervisionOrder.fromHash(hash));
    }

    /** Every 督办单, oldest first. */
    public List<SupervisionOrder> all() {
        return read(redis.lrange(PREFIX + "list", 0, -1));
    }

    /** A task's 督办单, oldest first. */
    List<SupervisionOrder> ofTask(String taskId) {
        return read(redis.lrange(PREFIX + "task:" + taskId, 0, -1));
    }

    private List<SupervisionOrder> read(List<String> ids) {
        List<SupervisionOrder> orders = new ArrayList<>();
        ids.forEach(id -> order(id).ifPresent(orders::add));
        return orders;
    }
}
