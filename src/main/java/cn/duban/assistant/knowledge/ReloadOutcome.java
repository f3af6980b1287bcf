package cn.duban.assistant.knowledge;

/**
 * What loading {@code knowledge/} and the roster again (重新加载, or a file change) came to; the wording layer words it.
 */
public sealed interface ReloadOutcome {

    /**
     * Loaded, and in use from the next message on.
     *
     * @param reports   reports loaded
     * @param targets   targets loaded
     * @param officials officials in the roster
     * @param reporters reporters in the roster
     */
    record Reloaded(int reports, int targets, int officials, int reporters) implements ReloadOutcome {
    }

    /**
     * A file could not be used: nothing changed, the knowledge loaded before is still in use.
     *
     * @param problem one line naming the file, the line and the field where it can (a {@code MalformedFileException}'s
     *                message)
     */
    record Broken(String problem) implements ReloadOutcome {
    }

    /** The sender is not an official of the roster: only officials may reload. */
    record Refused() implements ReloadOutcome {
    }
}
