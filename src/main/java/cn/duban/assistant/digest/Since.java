package cn.duban.assistant.digest;

import java.time.Instant;

import cn.duban.assistant.ledger.LedgerEntry;

/**
 * Which reports are new for a digest: those after the last ledger entry the previous digest counted; before any
 * digest went out, those made after a point in time (the start of yesterday).
 *
 * @param afterEntryId the last entry the previous digest counted, or -1 when none went out
 * @param afterTime    used when {@code afterEntryId} is -1
 */
public record Since(long afterEntryId, Instant afterTime) {

    public static Since entry(long id) {
        return new Since(id, Instant.EPOCH);
    }

    public static Since time(Instant time) {
        return new Since(-1, time);
    }

    boolean counts(LedgerEntry entry) {
        return afterEntryId >= 0 ? entry.id() > afterEntryId : entry.at().isAfter(afterTime);
    }
}
