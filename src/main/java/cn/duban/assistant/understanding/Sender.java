package cn.duban.assistant.understanding;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.knowledge.Task;
import cn.duban.assistant.roster.Reporter;

/**
 * Who sent a message and what the assistant is waiting for from them, as far as reading the message needs it.
 *
 * @param userId   WeChat Work UserID
 * @param reporter the reporter of the roster, if the sender is one
 * @param pending  the question the assistant asked and waits on, read only when a message could answer it
 */
public record Sender(String userId, Optional<Reporter> reporter, Supplier<Pending> pending) {

    /**
     * A question the assistant asked.
     *
     * @param yesNo   waits for 是 or 否
     * @param choices the targets to choose from, when it asked which target
     * @param voided  asked about a target that is gone since (a reload): 是, 否, a number or a name answer it
     * @param tasks   the tasks to choose from, when it asked which task a note is about
     */
    public record Pending(boolean yesNo, List<Target> choices, boolean voided, List<Task> tasks) {

        public static final Pending NONE = new Pending(false, List.of());
        /** A question about a target the knowledge no longer has, still to be answered (and then found void). */
        public static final Pending VOID = new Pending(true, List.of(), true);

        /** A question about targets. */
        public Pending(boolean yesNo, List<Target> choices, boolean voided) {
            this(yesNo, choices, voided, List.of());
        }

        /** Which task a note is about. */
        public static Pending ofTasks(List<Task> tasks) {
            return new Pending(false, List.of(), false, tasks);
        }

        /** A question about current targets. */
        public Pending(boolean yesNo, List<Target> choices) {
            this(yesNo, choices, false);
        }

        public boolean any() {
            return yesNo || !choices.isEmpty() || !tasks.isEmpty();
        }
    }
}
