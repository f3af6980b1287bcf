package cn.duban.assistant.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * One line of the ledger, never changed after it is written except to mark it withdrawn or corrected.
 *
 * @param id          sequence number
 * @param messageId   the message that made it
 * @param at          when
 * @param userId      who
 * @param unit        for which unit
 * @param targetId    on which target
 * @param kind        add (an increment), set (a running total: 累计), latest (replaces), withdraw (撤回)
 * @param value       the figure in the target's unit
 * @param delta       how much the unit's figure changed by it
 * @param unitAfter   the unit's figure after it; null when nothing remains
 * @param countyAfter the county's figure after it; null when nothing remains
 * @param raw         the message as written
 * @param refersTo    for 撤回 and 更正: the entry it replaces, else 0
 * @param active      false once withdrawn or corrected
 * @param increment   the increment the reporter gave beside a running total (本周新增30人，累计350人), else null
 */
public record LedgerEntry(long id, String messageId, Instant at, String userId, String unit, String targetId,
                          String kind, BigDecimal value, BigDecimal delta, BigDecimal unitAfter, BigDecimal countyAfter, String raw,
                          long refersTo, boolean active, BigDecimal increment) {

    public static final String ADD = "add";
    public static final String SET = "set";
    public static final String LATEST = "latest";
    public static final String WITHDRAW = "withdraw";

    static LedgerEntry fromHash(Map<String, String> hash) {
        return new LedgerEntry(Long.parseLong(hash.get("id")), hash.get("msg"), Instant.ofEpochMilli(Long.parseLong(hash.get("at"))),
                hash.get("user"), hash.get("unit"), hash.get("target"), hash.get("kind"), Amounts.fromStored(hash.get("value")),
                Amounts.fromStored(hash.get("delta")),
                Amounts.fromStored(hash.get("unitAfter")), Amounts.fromStored(hash.get("countyAfter")), hash.getOrDefault("raw", ""),
                Long.parseLong(hash.getOrDefault("refers", "0")), "1".equals(hash.get("active")),
                Amounts.fromStored(hash.get("increment")));
    }

    public boolean isWithdrawal() {
        return WITHDRAW.equals(kind);
    }

    public boolean isCorrection() {
        return refersTo != 0 && !isWithdrawal();
    }
}
