package cn.duban.assistant.tasks;

import java.time.Instant;

/**
 * Where a task stands: open, reported finished and waiting for an official's 核实 (已完成待核实), or 已核实.
 *
 * @param state  the state
 * @param userId who made it so (the reporter, or the official who verified); empty when open
 * @param at     when; null when open
 */
public record TaskState(State state, String userId, Instant at) {

    /** The states of a task. */
    public enum State { OPEN, DONE_UNVERIFIED, VERIFIED }

    static final TaskState OPEN = new TaskState(State.OPEN, "", null);
}
