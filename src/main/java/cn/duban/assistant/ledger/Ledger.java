package cn.duban.assistant.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import cn.duban.assistant.knowledge.Aggregation;
import cn.duban.assistant.knowledge.Target;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * The progress ledger in Redis. Every change goes through one Lua script ({@code ledger/ledger.lua}) that appends
 * an entry and updates the unit's and the county's figures in the same atomic step, and remembers the message id,
 * so a repeated message changes nothing.
 */
public class Ledger {

    static final String PREFIX = "duban:{ledger}:";
    private static final String SCRIPT = script();

    /** What a change did. */
    public sealed interface Outcome {
        /** Recorded now. */
        record Recorded(LedgerEntry entry) implements Outcome {
        }

        /** The message was seen before; this is the entry it made then. */
        record AlreadyRecorded(LedgerEntry entry) implements Outcome {
        }

        /** 撤回 or 更正 with no report of this user's left to change. */
        record NothingToChange() implements Outcome {
        }
    }

    private final UnifiedJedis redis;
    private final Duration messageMemory;
    private volatile String scriptSha;

    public Ledger(UnifiedJedis redis, Duration messageMemory) {
        this.redis = redis;
        this.messageMemory = messageMemory;
    }

    private static String script() {
        try (InputStream in = Ledger.class.getResourceAsStream("/ledger/ledger.lua")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records a figure for a unit: an increment ({@code add}), a running total ({@code set}) or a latest figure. */
    public Outcome record(String messageId, Instant at, String userId, String unit, Target target, String kind,
                          BigDecimal value, String raw, String pendingKey) {
        String effectiveKind = target.aggregation() == Aggregation.LATEST ? LedgerEntry.LATEST : kind;
        return run("record", messageId, at, userId, pendingKey, target.id(), unit, effectiveKind, Amounts.toStored(value),
                target.aggregation().name().toLowerCase(), raw);
    }

    /** 撤回: withdraws the user's last report, which must still be {@code expected}. */
    public Outcome withdraw(String messageId, Instant at, String userId, LedgerEntry expected, String raw) {
        return run("withdraw", messageId, at, userId, "", Long.toString(expected.id()), raw);
    }

    /** 更正: replaces the user's last report, which must still be {@code expected}, with a new figure. */
    public Outcome correct(String messageId, Instant at, String userId, LedgerEntry expected, BigDecimal value, String raw) {
        return run("correct", messageId, at, userId, "", Long.toString(expected.id()), Amounts.toStored(value), raw);
    }

    private Outcome run(String op, String messageId, Instant at, String userId, String pendingKey, String... rest) {
        List<String> args = new ArrayList<>(List.of(op, messageId, Long.toString(at.toEpochMilli()), userId,
                Long.toString(messageMemory.toSeconds()), pendingKey == null ? "" : pendingKey));
        args.addAll(List.of(rest));
        List<?> result = (List<?>) guarded(() -> evaluate(args));
        String status = String.valueOf(result.get(0));
        return switch (status) {
            case "ok" -> new Outcome.Recorded(LedgerEntry.fromHash(fields(result)));
            case "duplicate" -> new Outcome.AlreadyRecorded(entry(Long.parseLong(String.valueOf(result.get(1)))).orElseThrow());
            case "nothing" -> new Outcome.NothingToChange();
            case "changed" -> throw new ConcurrentChangeException();
            default -> throw new IllegalStateException("ledger script answered " + result);
        };
    }

    private static Map<String, String> fields(List<?> result) {
        Map<String, String> hash = new LinkedHashMap<>();
        for (int i = 2; i + 1 < result.size(); i += 2) {
            hash.put(String.valueOf(result.get(i)), String.valueOf(result.get(i + 1)));
        }
        return hash;
    }

    private Object evaluate(List<String> args) {
        String sha = scriptSha;
        if (sha != null) {
            try {
                return redis.evalsha(sha, List.of(), args);
            } catch (JedisNoScriptException e) {
                scriptSha = null;
            }
        }
        scriptSha = redis.scriptLoad(SCRIPT, PREFIX);
        return redis.evalsha(scriptSha, List.of(), args);
    }

    /** The report was changed by another message between reading and writing; ask the user to try again. */
    public static class ConcurrentChangeException extends RuntimeException {
        public ConcurrentChangeException() {
            super("the last report changed while it was being withdrawn or corrected");
        }
    }

    public Optional<LedgerEntry> entry(long id) {
        Map<String, String> hash = guarded(() -> redis.hgetAll(PREFIX + "e:" + id));
        return hash.isEmpty() ? Optional.empty() : Optional.of(LedgerEntry.fromHash(hash));
    }

    /** The entry a message made, if it made one and is still remembered. */
    public Optional<LedgerEntry> entryForMessage(String messageId) {
        String id = guarded(() -> redis.get(PREFIX + "msg:" + messageId));
        return id == null ? Optional.empty() : entry(Long.parseLong(id));
    }

    /** The user's last report that 撤回 or 更正 would change. */
    public Optional<LedgerEntry> lastReportOf(String userId) {
        String id = guarded(() -> redis.lindex(PREFIX + "user:" + userId + ":reports", -1));
        return id == null ? Optional.empty() : entry(Long.parseLong(id));
    }

    /** The county's figure for a target: the sum of units' figures, or the latest figure; null when none. */
    public BigDecimal countyFigure(Target target) {
        if (target.aggregation() == Aggregation.SUM) {
            return Amounts.fromStored(guarded(() -> redis.get(PREFIX + "t:" + target.id() + ":county")));
        }
        List<String> newest = guarded(() -> redis.zrevrange(PREFIX + "t:" + target.id() + ":latest", 0, 0));
        return newest.isEmpty() ? null : entry(Long.parseLong(newest.get(0))).map(LedgerEntry::value).orElse(null);
    }

    /** Each unit's figure for a target, as the ledger has it now. */
    public Map<String, BigDecimal> unitFigures(Target target) {
        Map<String, String> stored = guarded(() -> redis.hgetAll(PREFIX + "t:" + target.id() + ":units"));
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        stored.forEach((unit, value) -> figures.put(unit, Amounts.fromStored(value)));
        return figures;
    }

    /** Each unit's last change on a target (report, correction or withdrawal). */
    public Map<String, LedgerEntry> lastChanges(Target target) {
        Map<String, String> ids = guarded(() -> redis.hgetAll(PREFIX + "t:" + target.id() + ":unit-last"));
        Map<String, LedgerEntry> changes = new LinkedHashMap<>();
        ids.forEach((unit, id) -> entry(Long.parseLong(id)).ifPresent(entry -> changes.put(unit, entry)));
        return changes;
    }

    /** The newest change on a target by any unit. */
    public Optional<LedgerEntry> lastChange(Target target) {
        String id = guarded(() -> redis.get(PREFIX + "t:" + target.id() + ":last"));
        return id == null ? Optional.empty() : entry(Long.parseLong(id));
    }

    /** Every entry, oldest first: the audit trail. */
    public List<LedgerEntry> history() {
        List<String> ids = guarded(() -> redis.lrange(PREFIX + "log", 0, -1));
        List<LedgerEntry> entries = new ArrayList<>(ids.size());
        ids.forEach(id -> entry(Long.parseLong(id)).ifPresent(entries::add));
        return entries;
    }

    /** The id of the newest entry, 0 when there is none. */
    public long lastEntryId() {
        String seq = guarded(() -> redis.get(PREFIX + "seq"));
        return seq == null ? 0 : Long.parseLong(seq);
    }

    public long entryCount() {
        return guarded(() -> redis.llen(PREFIX + "log"));
    }

    static <T> T guarded(Supplier<T> call) {
        try {
            return call.get();
        } catch (JedisDataException e) {
            throw e;
        } catch (JedisException e) {
            throw new LedgerUnavailableException(e);
        }
    }
}
