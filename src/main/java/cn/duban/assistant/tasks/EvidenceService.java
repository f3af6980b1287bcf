package cn.duban.assistant.tasks;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.Task;
import cn.duban.assistant.ledger.LedgerUnavailableException;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.tasks.TaskOutcome.Refusal;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Photos as 佐证材料: a reporter's photo sent within {@link #WINDOW} of his last standing note (any task) is attached
 * to that note; without one he is asked to send the note first. Officials and people outside the roster do not
 * write notes: their photos get the reply that the assistant reads text.
 */
public class EvidenceService {

    /** How long after a note a photo is taken as its evidence (a constant: 10 minutes). */
    public static final Duration WINDOW = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(EvidenceService.class);

    private final Knowledge knowledge;
    private final Roster roster;
    private final TaskNotes notes;
    private final EvidenceStore store;

    public EvidenceService(Knowledge knowledge, Roster roster, TaskNotes notes, EvidenceStore store) {
        this.knowledge = knowledge;
        this.roster = roster;
        this.notes = notes;
        this.store = store;
    }

    /** A photo ({@code extension}: the image type its bytes showed) from this user. */
    public TaskOutcome attach(String messageId, String userId, byte[] bytes, String extension, Instant at) {
        if (roster.reporter(userId).isEmpty()) {
            return TaskOutcome.Refused.of(Refusal.TEXT_ONLY);
        }
        try {
            Optional<TaskNote> last = notes.lastNote(userId);
            if (last.isEmpty() || last.get().at().isBefore(at.minus(WINDOW)) || last.get().at().isAfter(at.plus(WINDOW))) {
                return TaskOutcome.Refused.of(Refusal.NOTE_FIRST);
            }
            TaskNote note = last.get();
            EvidenceStore.Attached attached = store.attach(note, bytes, extension, messageId, at);
            Task task = knowledge.task(note.taskId()).orElse(null);
            return new TaskOutcome.EvidenceAttached(task, note, attached.count());
        } catch (LedgerUnavailableException | JedisException e) {
            return TaskOutcome.Refused.of(Refusal.UNAVAILABLE);
        } catch (UncheckedIOException e) {
            log.error("佐证材料无法保存: {}", e.getMessage(), e.getCause());
            return TaskOutcome.Refused.of(Refusal.UNAVAILABLE);
        }
    }

    /** The photos of one note (its own entry only), as files under the data folder, in the order they came. */
    public java.util.List<java.nio.file.Path> photos(long noteId) {
        return store.photos(noteId);
    }

    /** A note's photos, with those of the notes it corrected (the card shows the correction). */
    int count(TaskNote note) {
        int count = store.count(note.id());
        TaskNote at = note;
        for (int depth = 0; "correct".equals(at.kind()) && at.ref() > 0 && depth < 20; depth++) {
            Optional<TaskNote> older = notes.entry(at.ref());
            if (older.isEmpty()) {
                break;
            }
            at = older.get();
            count += store.count(at.id());
        }
        return count;
    }
}
