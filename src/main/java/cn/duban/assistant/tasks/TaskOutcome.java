package cn.duban.assistant.tasks;

import java.util.List;

import cn.duban.assistant.knowledge.Task;

/** What a question, note, 核实, 撤回 or 更正 about a task came to; the wording layer words it. */
public sealed interface TaskOutcome {

    /**
     * A task's card: the report's words, its units, deadline, state and latest notes (newest first); {@code state}
     * null when Redis could not be read (then no notes either).
     *
     * @param fromOfficial an official wrote something that reads as a note: officials do not write notes, so it is
     *                     answered as a question about the task
     * @param light        its 三色 light today, null when Redis could not be read
     */
    record Card(Task task, List<TaskNote> notes, TaskState state, boolean fromOfficial, TaskLight light,
                java.util.Map<Long, Integer> photos) implements TaskOutcome {
        /** A card without photos. */
        public Card(Task task, List<TaskNote> notes, TaskState state, boolean fromOfficial, TaskLight light) {
            this(task, notes, state, fromOfficial, light, java.util.Map.of());
        }

        /** How many photos (佐证材料) a note shown has. */
        public int photos(TaskNote note) {
            return photos.getOrDefault(note.id(), 0);
        }
    }

    /**
     * 红灯任务, 预警: the lit tasks (红, 黄, 蓝 in that order) and targets of the colours asked.
     *
     * @param asked   the colours asked about
     * @param tasks   the lit tasks the asker may see
     * @param targets the lit targets
     * @param unit    the reporter's unit whose tasks these are, null for an official (every task)
     */
    record Lit(List<cn.duban.assistant.lights.Light> asked, List<TaskLight> tasks,
               List<cn.duban.assistant.lights.TargetLight> targets, String unit) implements TaskOutcome {
    }

    /** The tasks a unit leads and those it shares. */
    record UnitTasks(String unit, List<Task> leads, List<Task> partners) implements TaskOutcome {
    }

    /** Several tasks fit about equally: numbered choices; {@code note}: a note waits for the answer. */
    record WhichTask(List<Task> choices, boolean note) implements TaskOutcome {
    }

    /** A note naming no task but a name ({@code written}) near these of the writer's tasks: which, numbered (or 是). */
    record NearTask(String written, List<Task> choices) implements TaskOutcome {
    }

    /** A note recorded (or, for a repeated message, recorded before), and where the task stands now. */
    record Recorded(Task task, TaskNote note, TaskState state) implements TaskOutcome {
    }

    /** Nothing recorded: the percent is not exact ({@code said}: 过半, 约60%); the writer is asked for it. */
    record AskPercent(Task task, String said) implements TaskOutcome {
    }

    /** Nothing recorded: the writer's unit neither leads nor shares the task. */
    record NotYourTask(Task task, String unit) implements TaskOutcome {
    }

    /**
     * The notes of a message with several parts, one outcome a part in the message's order: {@link Recorded} (all
     * recorded parts in one step) or why a part was not ({@link NotYourTask}, {@link AskPercent}, {@link Refused}).
     */
    record Several(List<TaskOutcome> parts) implements TaskOutcome {
    }

    /**
     * A second 撤回 soon after one: the older note it would withdraw, asked first (是 withdraws it), with the figures
     * its message reported (withdrawn with it; empty when none).
     */
    record AskWithdraw(Task task, TaskNote note, List<cn.duban.assistant.ledger.LedgerEntry> figures) implements TaskOutcome {
    }

    /** Redis took the note but has not answered in time: whether it is recorded is not known yet. */
    record Unknown() implements TaskOutcome {
    }

    /** 撤回 of the writer's last note. */
    record Withdrawn(Task task, TaskNote note) implements TaskOutcome {
    }

    /** 更正 of the writer's last note: {@code old} stays in the history, {@code now} replaces it. */
    record Corrected(Task task, TaskNote old, TaskNote now) implements TaskOutcome {
    }

    /** 核实/销号: the task is closed by an official ({@code entry} says who and when). */
    record Verified(Task task, TaskNote entry) implements TaskOutcome {
    }

    /** A photo attached to the sender's last note as 佐证材料 ({@code count}: the note's photos now). */
    record EvidenceAttached(Task task, TaskNote note, int count) implements TaskOutcome {
    }

    /** 取消 of the note waiting for "which task", or ({@code withdrawal}) 否 to 还要撤回再上一条吗. */
    record Cancelled(boolean withdrawal) implements TaskOutcome {
    }

    /** Nothing done, and why; {@code task} the task concerned, or null; {@code state} where it stands, or null. */
    record Refused(Refusal refusal, Task task, TaskState state) implements TaskOutcome {
        static Refused of(Refusal refusal) {
            return new Refused(refusal, null, null);
        }
    }

    /** Why nothing was done. */
    enum Refusal {
        NOT_IN_ROSTER, OFFICIALS_ONLY, NOT_DONE, ALREADY_VERIFIED, NOTHING_TO_WITHDRAW, NOTHING_TO_CORRECT, CORRECT_HOW,
        SAY_CORRECT, SAY_WITHDRAW, CHOICE_UNCLEAR, CHANGED, UNAVAILABLE,
        /** A photo without a note of the sender's in the last minutes: the note first, then the photo. */
        NOTE_FIRST,
        /** A photo from someone who writes no notes (an official, a visitor): the assistant reads text. */
        TEXT_ONLY,
        /** 预警 from someone outside the roster. */
        ROSTER_ONLY,
        /** Redis could not be read for the lights. */
        UNREADABLE,
        /** One part of a message with several names several of the writer's tasks: not recorded, one task a part. */
        ONE_TASK_A_PART,
        /**
         * A message with a note and figures whose note waits for "which task": the figures are not recorded either,
         * to be sent apart (one question waits at a time).
         */
        FIGURES_APART,
        /** 是 to a question about notes that no longer waits (the 撤回 it asked about is gone). */
        NOTHING_WAITING,
        /** 核实/销号 from someone outside the roster: only its officials may. */
        VERIFY_NOT_IN_ROSTER
    }
}
