package cn.duban.assistant.lights;

import java.time.LocalDate;

/**
 * What the ledger of notes says about a task on a day, as the light rules need it.
 *
 * @param lastNote the date of its newest progress note, null when none
 * @param percent  the newest stated completion, in percent (0–100), null when no note stated one
 * @param done     marked 已完成 (awaiting 核实) or 核实 closed
 */
public record TaskFacts(LocalDate lastNote, Integer percent, boolean done) {

    /** A task nobody has written about. */
    public static TaskFacts none() {
        return new TaskFacts(null, null, false);
    }
}
