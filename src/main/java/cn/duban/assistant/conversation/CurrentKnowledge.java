package cn.duban.assistant.conversation;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.duban.assistant.files.MalformedFileException;
import cn.duban.assistant.knowledge.ReloadOutcome;

/**
 * The knowledge and roster in use, as one {@link Snapshot} replaced whole. 重新加载 from an official, or a changed
 * file ({@link KnowledgeWatcher}), builds a new snapshot from the files — its index included — while messages are
 * still answered on the current one, then puts it in place in one step; a message in flight finishes on the snapshot
 * it started with. When a file is broken nothing changes: the old snapshot keeps serving and the error is told.
 * The ledger is never touched: entries of a target that is gone stay in Redis, and count again if it comes back.
 */
public final class CurrentKnowledge implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CurrentKnowledge.class);

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

    /** Starts from a snapshot built already (tests, benchmarks); reloading reads the files. */
    public CurrentKnowledge(Snapshots snapshots, Snapshot first) {
        this.snapshots = snapshots;
        this.current = first;
    }

    /** The snapshot in use now: take it once per message and handle the whole message on it. */
    public Snapshot get() {
        return current;
    }

    /** 重新加载 from a user: only an official of the roster in use may reload. */
    public ReloadOutcome reload(String userId) {
        return current.roster().official(userId).isPresent() ? reload() : new ReloadOutcome.Refused();
    }

    /**
     * Loads the files again and, when every one of them is sound, puts what they hold in use. One reload at a time;
     * answering goes on meanwhile.
     */
    public synchronized ReloadOutcome reload() {
        Snapshot next;
        try {
            next = snapshots.load();
        } catch (MalformedFileException e) {
            log.warn("重新加载失败,仍使用原来的知识库和人员名单: {}", e.getMessage());
            return new ReloadOutcome.Broken(e.getMessage());
        } catch (RuntimeException e) {
            log.warn("重新加载失败,仍使用原来的知识库和人员名单", e);
            return new ReloadOutcome.Broken(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        // The snapshot replaced is not closed: messages that started on it may still be searching its index. The index
        // lives on the heap only (a ByteBuffersDirectory, its reader, two analysers), holds no file, thread or native
        // memory, and is garbage collected with the snapshot once the last of those messages is done.
        current = next;
        log.info("已重新加载: {} 篇报告, {} 个量化目标, {} 位领导, {} 位填报人", next.knowledge().reports().size(),
                next.knowledge().targets().size(), next.roster().officials().size(), next.roster().reporters().size());
        return new ReloadOutcome.Reloaded(next.knowledge().reports().size(), next.knowledge().targets().size(),
                next.roster().officials().size(), next.roster().reporters().size());
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
