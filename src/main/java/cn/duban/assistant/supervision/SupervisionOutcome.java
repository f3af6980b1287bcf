package cn.duban.assistant.supervision;

import java.time.LocalDate;
import java.util.List;

import cn.duban.assistant.knowledge.Task;
import cn.duban.assistant.roster.Reporter;
import cn.duban.assistant.tasks.TaskNote;
import cn.duban.assistant.tasks.TaskState;

/** What a 督办单 or 通报 request came to; the wording layer words it. */
public sealed interface SupervisionOutcome {

    /**
     * A 督办单 drafted from stored data, waiting for 是/否.
     *
     * @param number     the number it would get now (是 takes the next free one)
     * @param last       the task's latest standing note, or null (无进展)
     * @param recipients the lead unit's reporters
     */
    record Draft(Task task, int year, long number, TaskState state, TaskNote last, LocalDate due,
                 List<Reporter> recipients) implements SupervisionOutcome {
    }

    /** 是: the 督办单 numbered and sent; {@code order.sent()} false when the channel accepted it for nobody. */
    record Sent(Task task, SupervisionOrder order, List<Reporter> reached, List<Reporter> failed) implements SupervisionOutcome {
    }

    /** 是 without a channel (WeChat Work not configured): nothing sent, numbered or recorded; the draft stays in the chat. */
    record NotSent(Task task) implements SupervisionOutcome {
    }

    /** 否: the draft dropped, its number not used. */
    record Dropped(Task task) implements SupervisionOutcome {
    }

    /** 督办单情况: every 督办单, oldest first, as of {@code today}. */
    record Orders(List<Listed> orders, LocalDate today) implements SupervisionOutcome {
    }

    /** A 督办单 with its task's name (the task may be gone from tasks.yml since: then its id). */
    record Listed(SupervisionOrder order, String taskName, String lead) {
    }

    /** 督办 on words that name no task: the words, and the tasks nearest them (may be none). */
    record UnknownTask(String asked, List<Task> near) implements SupervisionOutcome {
    }

    /** A note recorded as the 反馈 of these 督办单. */
    record Feedback(List<SupervisionOrder> orders) implements SupervisionOutcome {
    }

    /** 通报: the period's summary, a draft for a person to edit. */
    record BulletinDraft(Bulletin bulletin) implements SupervisionOutcome {
    }

    /** Nothing done, and why; {@code choices} the tasks to choose from for WHICH_TASK. */
    record Refused(Refusal refusal, Task task, List<Task> choices) implements SupervisionOutcome {
        static Refused of(Refusal refusal) {
            return new Refused(refusal, null, List.of());
        }
    }

    /** Why nothing was done. */
    enum Refusal { OFFICIALS_ONLY, NO_TASK, WHICH_TASK, NO_REPORTERS, UNAVAILABLE }
}
