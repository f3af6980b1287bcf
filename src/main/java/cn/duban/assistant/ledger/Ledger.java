package cn.duban.assistant.ledger;

import static cn.duban.assistant.ledger.LedgerUnavailableException.guarded;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.duban.assistant.knowledge.Aggregation;
import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.redis.LuaScript;
import redis.clients.jedis.UnifiedJedis;

/**
 * The progress ledger in Redis. Every change goes through one Lua script ({@code ledger/ledger.lua}) that appends
 * an entry and updates the unit's and the county's figures in the same atomic step, and remembers the message id,
 * so a repeated message changes nothing.
 */
public class Ledger {

    static final String PREFIX = "duban:{ledger}:";
    /** The value of a message id settled as not recorded (see {@link #settle}). */
    private static final String VOID = "void";
    private static final LuaScript SCRIPT = new LuaScript("/ledger/ledger.lua", PREFIX);

    /** What a change did. */
    public sealed interface Outcome {
        /** Recorded now: one entry per figure of the message. */
        record Recorded(List<LedgerEntry> entries) implements Outcome {
        }

        /** The message was seen before; these are the entries it made then. */
        record AlreadyRecorded(List<LedgerEntry> entries) implements Outcome {
        }

        /** Nothing recorded: the user's last report is the same figure for the same target, and recent. */
        record SameAsLast(LedgerEntry last) implements Outcome {
        }

        /** Nothing withdrawn: the user withdrew a report a moment ago; {@code last} would go too. */
        record WithdrewJustNow(LedgerEntry last) implements Outcome {
        }

        /** Nothing recorded: a running total below the figure the unit already has on that target. */
        record LowerThanBefore(BigDecimal unitFigure) implements Outcome {
        }

        /** 撤回 or 更正 with no report of this user's left to change. */
        record NothingToChange() implements Outcome {
        }

        /**
         * The message was settled as not recorded after its outcome was unknown ({@link #settle}): it never will be,
         * and the reporter should send it again.
         */
        record NotRecorded() implements Outcome {
        }
    }

    /**
     * One figure to record.
     *
     * @param target the target
     * @param kind   {@link LedgerEntry#ADD} (an increment) or {@link LedgerEntry#SET} (a running total); a target
     *               whose figures are the latest one takes {@link LedgerEntry#LATEST} whatever is given
     * @param value  in the target's unit
     * @param statedIncrement the increment the reporter gave beside a running total, kept with the entry; or null
     */
    public record Change(Target target, String kind, BigDecimal value, BigDecimal statedIncrement) {

        public Change(Target target, String kind, BigDecimal value) {
            this(target, kind, value, null);
        }
    }

    private final UnifiedJedis redis;
    private final Duration messageMemory;

    public Ledger(UnifiedJedis redis, Duration messageMemory) {
        this.redis = redis;
        this.messageMemory = messageMemory;
    }


    /** Records a figure for a unit: an increment ({@code add}), a running total ({@code set}) or a latest figure. */
    public Outcome record(String messageId, Instant at, String userId, String unit, Target target, String kind,
                          BigDecimal value, String raw, String pendingKey) {
        return record(messageId, at, userId, unit, List.of(new Change(target, kind, value)), raw, pendingKey, Duration.ZERO, false);
    }

    /**
     * Records every figure of one message for a unit, all or none. With {@code sameWithin} above zero, a single figure
     * equal to the user's last report (same target, unit, kind and value, no older than that) is not recorded but
     * answered {@link Outcome.SameAsLast}; with {@code checkLower}, a single running total below the unit's figure
     * is answered {@link Outcome.LowerThanBefore}. The message id is checked first, so a repeat of a message is never
     * either.
     */
    public Outcome record(String messageId, Instant at, String userId, String unit, List<Change> changes, String raw,
                          String pendingKey, Duration sameWithin, boolean checkLower) {
        return record(messageId, at, userId, unit, changes, raw, pendingKey, sameWithin, checkLower, "");
    }

    /**
     * As {@link #record(String, Instant, String, String, List, String, String, Duration, boolean)}, for a message
     * that repeats an earlier one whose outcome was unknown ({@code earlierMessageId}): when the earlier one was
     * recorded, this one is {@link Outcome.AlreadyRecorded} with its entries; otherwise this one is recorded and the
     * earlier id is taken with it, so the earlier message, should its script still arrive, records nothing.
     */
    public Outcome record(String messageId, Instant at, String userId, String unit, List<Change> changes, String raw,
                          String pendingKey, Duration sameWithin, boolean checkLower, String earlierMessageId) {
        List<String> rest = new ArrayList<>(List.of(Long.toString(sameWithin.toMillis()), checkLower ? "1" : "0", raw,
                Integer.toString(changes.size())));
        for (Change change : changes) {
            Target target = change.target();
            String kind = target.aggregation() == Aggregation.LATEST ? LedgerEntry.LATEST : change.kind();
            rest.addAll(List.of(target.id(), unit, kind, Amounts.toStored(change.value()), target.aggregation().name().toLowerCase(),
                    change.statedIncrement() == null ? "" : Amounts.toStored(change.statedIncrement())));
        }
        return run("record", messageId, at, userId, pendingKey, earlierMessageId, rest.toArray(String[]::new));
    }

    /**
     * 撤回: withdraws every entry of the user's last message; {@code expected} must still be the user's last entry.
     * With {@code checkAgain}, a second 撤回 within {@code againWithin} of the user's previous one is not done but
     * answered {@link Outcome.WithdrewJustNow} (a message sent twice must not take an earlier report with it).
     *
     * @throws ConcurrentChangeException when another message changed the user's reports meanwhile
     */
    public Outcome withdraw(String messageId, Instant at, String userId, LedgerEntry expected, String raw, String pendingKey,
                            Duration againWithin, boolean checkAgain) {
        return run("withdraw", messageId, at, userId, pendingKey, "", Long.toString(expected.id()), raw,
                Long.toString(againWithin.toMillis()), checkAgain ? "1" : "0");
    }

    /**
     * 更正: replaces one entry of the user's last message, {@code entry}, with a new figure, and with a new kind when
     * given ({@link LedgerEntry#ADD} or {@link LedgerEntry#SET}: 更正为累计400人); null keeps the entry's kind, and a
     * latest figure stays one.
     *
     * @throws ConcurrentChangeException when the entry is no longer one of the user's last message
     */
    public Outcome correct(String messageId, Instant at, String userId, LedgerEntry entry, BigDecimal value, String kind,
                           String raw, String pendingKey) {
        String newKind = kind == null || LedgerEntry.LATEST.equals(entry.kind()) ? "" : kind;
        return run("correct", messageId, at, userId, pendingKey, "", Long.toString(entry.id()), Amounts.toStored(value), raw, newKind);
    }

    /**
     * Decides for good what became of a message whose change timed out: {@link Outcome.AlreadyRecorded} when its
     * script ran, otherwise {@link Outcome.NotRecorded} — and the message id is marked so that the script, should it
     * still arrive (it may wait in a frozen server's buffer), records nothing.
     *
     * @throws LedgerUnavailableException or {@link LedgerUncertainException} while Redis still cannot be reached
     */
    public Outcome settle(String messageId, Instant at, String userId) {
        // a PING first: once a stalled server answers it, what it had received before — the change itself — has
        // run, so the change is found rather than made void by a settle that overtook it
        guarded(redis::ping);
        return run("settle", messageId, at, userId, "", "");
    }

    private Outcome run(String op, String messageId, Instant at, String userId, String pendingKey, String earlier,
                        String... rest) {
        List<String> args = new ArrayList<>(List.of(op, messageId, Long.toString(at.toEpochMilli()), userId,
                Long.toString(messageMemory.toSeconds()), pendingKey == null ? "" : pendingKey, earlier == null ? "" : earlier));
        args.addAll(List.of(rest));
        List<?> result = ScriptWrites.run(SCRIPT, redis, args, messageId);
        String status = String.valueOf(result.get(0));
        return switch (status) {
            case "ok" -> new Outcome.Recorded(entries(result));
            case "duplicate" -> new Outcome.AlreadyRecorded(entries(String.valueOf(result.get(1))));
            case "same" -> new Outcome.SameAsLast(entry(Long.parseLong(String.valueOf(result.get(1)))).orElseThrow());
            case "lower" -> new Outcome.LowerThanBefore(Amounts.fromStored(String.valueOf(result.get(1))));
            case "again" -> new Outcome.WithdrewJustNow(entry(Long.parseLong(String.valueOf(result.get(1)))).orElseThrow());
            case "nothing" -> new Outcome.NothingToChange();
            case "void" -> new Outcome.NotRecorded();
            case "changed" -> throw new ConcurrentChangeException();
            default -> throw new IllegalStateException("ledger script answered " + result);
        };
    }

    /** The entries the script wrote: per entry its id, the number of fields, then field, value … */
    private static List<LedgerEntry> entries(List<?> result) {
        List<LedgerEntry> entries = new ArrayList<>();
        int i = 2;
        while (i + 1 < result.size()) {
            int fields = Integer.parseInt(String.valueOf(result.get(i + 1)));
            Map<String, String> hash = new LinkedHashMap<>();
            for (int f = i + 2; f + 1 < i + 2 + fields; f += 2) {
                hash.put(String.valueOf(result.get(f)), String.valueOf(result.get(f + 1)));
            }
            entries.add(LedgerEntry.fromHash(hash));
            i += 2 + fields;
        }
        return entries;
    }

    private List<LedgerEntry> entries(String ids) {
        List<LedgerEntry> entries = new ArrayList<>();
        for (String id : ids.split(",")) {
            entry(Long.parseLong(id)).ifPresent(entries::add);
        }
        return entries;
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

    /** The entries a message made, if it made any and is still remembered; empty otherwise. */
    public List<LedgerEntry> entriesForMessage(String messageId) {
        String ids = guarded(() -> redis.get(PREFIX + "msg:" + messageId));
        return ids == null || VOID.equals(ids) ? List.of() : entries(ids);
    }

    /** The id of the user's last standing report (what 撤回 or 更正 would change), 0 when none. */
    public long lastReportId(String userId) {
        String id = guarded(() -> redis.lindex(reportsOf(userId), -1));
        return id == null ? 0 : Long.parseLong(id);
    }

    /** Every entry of the user's last message still standing, oldest first: what 撤回 would withdraw. */
    public List<LedgerEntry> lastMessageOf(String userId) {
        List<String> ids = guarded(() -> redis.lrange(reportsOf(userId), -8, -1));
        List<LedgerEntry> last = new ArrayList<>();
        String message = null;
        for (int i = ids.size() - 1; i >= 0; i--) {
            LedgerEntry entry = entry(Long.parseLong(ids.get(i))).orElse(null);
            if (entry == null || message != null && !message.equals(entry.messageId())) {
                break;
            }
            message = entry.messageId();
            last.add(0, entry);
        }
        return last;
    }

    private static String reportsOf(String userId) {
        return PREFIX + "user:" + userId + ":reports";
    }

    /** The county's figure for a target: the sum of units' figures, or the latest figure; null when none. */
    public BigDecimal countyFigure(Target target) {
        if (target.aggregation() == Aggregation.SUM) {
            return Amounts.fromStored(guarded(() -> redis.get(PREFIX + "t:" + target.id() + ":county")));
        }
        List<String> newest = guarded(() -> redis.zrevrange(PREFIX + "t:" + target.id() + ":latest", 0, 0));
        return newest.isEmpty() ? null : entry(Long.parseLong(newest.get(0))).map(LedgerEntry::value).orElse(null);
    }

    /**
     * A target's county figure (null when none) and its newest change by any unit (null when none), as the ledger has
     * them now: for a summed target both in one read.
     */
    public Standing standing(Target target) {
        if (target.aggregation() != Aggregation.SUM) {
            return new Standing(countyFigure(target), lastChange(target).orElse(null));
        }
        List<String> both = guarded(() -> redis.mget(PREFIX + "t:" + target.id() + ":county", PREFIX + "t:" + target.id() + ":last"));
        LedgerEntry last = both.get(1) == null ? null : entry(Long.parseLong(both.get(1))).orElse(null);
        return new Standing(Amounts.fromStored(both.get(0)), last);
    }

    /** What {@link #standing} reads: the county figure and the newest change, each null when there is none. */
    public record Standing(BigDecimal county, LedgerEntry last) {
    }

    /** Each unit's figure for a target, as the ledger has it now. */
    public Map<String, BigDecimal> unitFigures(Target target) {
        Map<String, String> stored = guarded(() -> redis.hgetAll(PREFIX + "t:" + target.id() + ":units"));
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        stored.forEach((unit, value) -> figures.put(unit, Amounts.fromStored(value)));
        return figures;
    }

    /** One unit's figure for a target, as the ledger has it now; null when the unit has none. */
    public BigDecimal unitFigure(Target target, String unit) {
        return Amounts.fromStored(guarded(() -> redis.hget(PREFIX + "t:" + target.id() + ":units", unit)));
    }

    /** Each unit's last change on a target (report, correction or withdrawal). */
    public Map<String, LedgerEntry> lastChanges(Target target) {
        Map<String, String> lasts = guarded(() -> redis.hgetAll(PREFIX + "t:" + target.id() + ":unit-last"));
        Map<String, LedgerEntry> changes = new LinkedHashMap<>();
        lasts.forEach((unit, last) -> lastEntry(last).ifPresent(entry -> changes.put(unit, entry)));
        return changes;
    }

    /** One unit's last change on a target; empty when the unit has made none. */
    public Optional<LedgerEntry> lastChange(Target target, String unit) {
        String last = guarded(() -> redis.hget(PREFIX + "t:" + target.id() + ":unit-last", unit));
        return last == null ? Optional.empty() : lastEntry(last);
    }

    /** The entry of a unit-last value: 'entryId|user|kind|value|millis' (older data: the id alone). */
    private Optional<LedgerEntry> lastEntry(String last) {
        int bar = last.indexOf('|');
        return entry(Long.parseLong(bar < 0 ? last : last.substring(0, bar)));
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

}
