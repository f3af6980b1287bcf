package cn.duban.assistant.tasks;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * One entry of the task notes, as stored: a note, a correction of one (a new entry referring to the old), a
 * withdrawal or a 核实.
 *
 * @param id        the entry's id, increasing
 * @param kind      {@code note}, {@code correct}, {@code withdraw} or {@code verify}
 * @param taskId    the task
 * @param userId    who wrote it
 * @param unit      the writer's unit (empty for a 核实)
 * @param text      the note's words (without the task's name), empty for a withdrawal or a 核实
 * @param raw       the message as written
 * @param percent   the percent stated, or null
 * @param done      the note says the task is finished (已完成, 已竣工)
 * @param at        when
 * @param messageId the message that made it
 * @param ref       the entry a correction, withdrawal or 核实 refers to, 0 when none
 * @param status    {@code standing}, {@code withdrawn} or {@code corrected}
 * @param said      the percent as the words write it ({@code 八成}, {@code 60%}), empty when not known
 */
public record TaskNote(long id, String kind, String taskId, String userId, String unit, String text, String raw,
                       BigDecimal percent, boolean done, Instant at, String messageId, long ref, String status, String said) {

    /** A note or correction still standing: one of the task's current notes. */
    public boolean standingNote() {
        return ("note".equals(kind) || "correct".equals(kind)) && "standing".equals(status);
    }

    /**
     * Whether the note has no percent or its words already write it ({@code 90%}, full-width {@code ９０％} too), so
     * that the percent is not said again after them (in chat and on the workbench alike).
     */
    public boolean statesPercent() {
        if (percent == null) {
            return true;
        }
        String words = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
        return words.contains(percent.toPlainString() + "%") || words.contains(percent.stripTrailingZeros().toPlainString() + "%");
    }

    static TaskNote fromHash(Map<String, String> hash) {
        String percent = hash.getOrDefault("percent", "");
        return new TaskNote(Long.parseLong(hash.get("id")), hash.get("kind"), hash.get("task"), hash.get("user"),
                hash.getOrDefault("unit", ""), hash.getOrDefault("text", ""), hash.getOrDefault("raw", ""),
                percent.isEmpty() ? null : new BigDecimal(percent), "1".equals(hash.get("done")),
                Instant.ofEpochMilli(Long.parseLong(hash.get("at"))), hash.get("msg"),
                Long.parseLong(hash.getOrDefault("ref", "0")), hash.getOrDefault("status", "standing"),
                hash.getOrDefault("said", ""));
    }
}
