package cn.duban.assistant.conversation;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads the knowledge when its files change ({@code assistant.knowledge.watch}): watches {@code knowledge/},
 * {@code knowledge/reports/} and the roster's folder, and once the files of interest — {@code targets.yml},
 * {@code tasks.yml}, {@code vocabulary.yml}, {@code reports/*.txt}, the roster — have been quiet for {@link #QUIET} (an editor saves in
 * several steps; copying reports takes a moment), reloads them through {@link CurrentKnowledge}: a broken edit logs
 * one WARN line and the old knowledge keeps serving. Runs on one daemon thread until {@link #close()}.
 */
public final class KnowledgeWatcher implements AutoCloseable {

    /** How long the files must stay unchanged before they are read. */
    static final Duration QUIET = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(KnowledgeWatcher.class);

    private final CurrentKnowledge current;
    private final Path knowledgeDir;
    private final Path reportsDir;
    private final Path rosterFile;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private WatchService watch;
    private Thread thread;

    /** A watcher of these files, reloading {@code current}; it watches from {@link #start()} on. */
    public KnowledgeWatcher(CurrentKnowledge current, Path knowledgeDir, Path rosterFile) {
        this.current = current;
        this.knowledgeDir = knowledgeDir.toAbsolutePath().normalize();
        this.reportsDir = this.knowledgeDir.resolve("reports");
        this.rosterFile = rosterFile.toAbsolutePath().normalize();
    }

    /** Starts watching; when the system cannot watch files, says so in one WARN line and leaves 重新加载 to officials. */
    public synchronized void start() {
        try {
            watch = FileSystems.getDefault().newWatchService();
            register(knowledgeDir);
            register(reportsDir);
            register(rosterFile.getParent());
        } catch (IOException e) {
            log.warn("无法监视知识库文件的变动({}),改动后请由领导发送“重新加载”", e.getMessage());
            close();
            return;
        }
        thread = new Thread(this::run, "knowledge-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** Watches a folder (again: a folder watched already keeps its key). */
    private void register(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            folders.put(folder.register(watch, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
        }
    }

    private void run() {
        long due = 0;
        try {
            while (true) {
                long wait = due == 0 ? Long.MAX_VALUE : due - System.nanoTime();
                WatchKey key = wait <= 0 ? null : watch.poll(wait, TimeUnit.NANOSECONDS);
                if (key != null) {
                    due = changed(key) ? System.nanoTime() + QUIET.toNanos() : due;
                } else if (due != 0 && System.nanoTime() >= due) {
                    due = 0;
                    log.info("知识库文件有改动,重新加载");
                    current.reload();
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // closed: the application is stopping
        } catch (RuntimeException e) {
            log.warn("监视知识库文件出错,不再自动重新加载({}),改动后请由领导发送“重新加载”", e.toString());
        }
    }

    /** Whether the key's events touch a file of interest; a reports folder made anew is watched from now on. */
    private boolean changed(WatchKey key) {
        Path folder = folders.get(key);
        boolean changed = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                changed = true;
                continue;
            }
            Path file = folder.resolve((Path) event.context());
            changed |= matters(file);
            if (file.equals(reportsDir) && event.kind() == ENTRY_CREATE) {
                try {
                    register(reportsDir);
                } catch (IOException e) {
                    log.warn("无法监视 {} ({})", reportsDir, e.getMessage());
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return changed;
    }

    private boolean matters(Path file) {
        return file.equals(rosterFile) || file.equals(reportsDir) || file.equals(knowledgeDir.resolve("targets.yml"))
                || file.equals(knowledgeDir.resolve("vocabulary.yml")) || file.equals(knowledgeDir.resolve("tasks.yml"))
                || file.getParent().equals(reportsDir) && file.getFileName().toString().endsWith(".txt");
    }

    /** Whether files are being watched. */
    synchronized boolean running() {
        return thread != null && thread.isAlive();
    }

    /** Stops watching and waits for the thread to end. */
    @Override
    public synchronized void close() {
        try {
            if (watch != null) {
                watch.close();
            }
            if (thread != null) {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            }
        } catch (IOException e) {
            log.debug("关闭文件监视: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
