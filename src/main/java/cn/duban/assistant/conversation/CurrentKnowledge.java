package cn.duban.assistant.conversation;

import java.io.IOException;
import java.io.UncheckedIOException;

import cn.duban.assistant.files.MalformedFileException;

/**
 * The knowledge and roster in use, as one {@link Snapshot}: take it once per message and handle the whole message on
 * it.
 */
public final class CurrentKnowledge implements AutoCloseable {

    private final Snapshots snapshots;
    private volatile Snapshot current;

    /**
     * Loads {@code knowledge/} and the roster.
     *
     * @throws MalformedFileException when a file is broken (startup stops, naming it)
     */
    public CurrentKnowledge(Snapshots snapshots) {
        this(snapshots, snapshots.load());
    }

    /** Starts from a snapshot built already (tests, benchmarks). */
    public CurrentKnowledge(Snapshots snapshots, Snapshot first) {
        this.snapshots = snapshots;
        this.current = first;
    }

    /** The snapshot in use now: take it once per message and handle the whole message on it. */
    public Snapshot get() {
        return current;
    }

    /** Closes the index in use, when the application stops. */
    @Override
    public void close() {
        try {
            current.index().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
