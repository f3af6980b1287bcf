package cn.duban.assistant.progress;

/** Where a target stands, in the 督查室's words (the wording is in {@code replies.properties}). */
public enum Status {
    /** completion ≥ 100%. */
    DONE,
    /** completion ≥ 序时进度 + tolerance. */
    AHEAD,
    /** completion ≥ 序时进度. */
    ON_SCHEDULE,
    /** below 序时进度. */
    BEHIND,
    /** nothing reported yet. */
    NO_DATA
}
