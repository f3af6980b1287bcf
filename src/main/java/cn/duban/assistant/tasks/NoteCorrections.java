package cn.duban.assistant.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.Task;
import cn.duban.assistant.ledger.Ledger;
import cn.duban.assistant.ledger.LedgerEntry;
import cn.duban.assistant.tasks.TaskOutcome.Refusal;
import cn.duban.assistant.tasks.TaskOutcome.Refused;
import cn.duban.assistant.understanding.NoteDraft;

/**
 * 撤回 and 更正 of a writer's last progress note, each a new entry referring to the note (which stays, marked); and
 * whether a 撤回 or 更正 means the last note or the last figures reported.
 */
final class NoteCorrections {

    private final Knowledge knowledge;
    private final TaskNotes notes;
    private final Ledger ledger;
    private final Function<TaskNote, TaskOutcome> recorded;

    NoteCorrections(Knowledge knowledge, TaskNotes notes, Ledger ledger, Function<TaskNote, TaskOutcome> recorded) {
        this.knowledge = knowledge;
        this.notes = notes;
        this.ledger = ledger;
        this.recorded = recorded;
    }

    /**
     * Whether a 撤回 or 更正 from this user means a note: the message was one already, or the user's last note is
     * newer than the last figures he reported.
     */
    boolean meansNote(String messageId, String userId) {
        if (notes.forMessage(messageId).isPresent()) {
            return true;
        }
        Optional<TaskNote> last = notes.lastNote(userId);
        if (last.isEmpty()) {
            return false;
        }
        List<LedgerEntry> figures = ledger.lastMessageOf(userId);
        return figures.isEmpty() || !figures.get(figures.size() - 1).at().isAfter(last.get().at());
    }

    /** 撤回 of the writer's last note; said in passing (发错了) it is not done but asked to be said plainly. */
    TaskOutcome withdraw(String messageId, String userId, boolean soft, String raw, Instant at) {
        Optional<TaskNote> repeated = notes.forMessage(messageId);
        if (repeated.isPresent()) {
            return recorded.apply(repeated.get());
        }
        Optional<TaskNote> last = notes.lastNote(userId);
        if (last.isEmpty()) {
            return Refused.of(Refusal.NOTHING_TO_WITHDRAW);
        }
        Task task = knowledge.task(last.get().taskId()).orElse(null);
        if (soft) {
            return new Refused(Refusal.SAY_WITHDRAW, task, null);
        }
        return changed(notes.withdraw(messageId, at, userId, last.get().id(), raw));
    }

    /**
     * 更正 of the writer's last note: new words, a new percent or both, as a new entry referring to the old one; a
     * percent alone (更正 进度70%) keeps the words. Said in passing (应为…) it is asked to be said plainly.
     */
    TaskOutcome correct(String messageId, String userId, NoteDraft draft, boolean explicit, String raw, Instant at) {
        Optional<TaskNote> repeated = notes.forMessage(messageId);
        if (repeated.isPresent()) {
            return recorded.apply(repeated.get());
        }
        Optional<TaskNote> last = notes.lastNote(userId);
        if (last.isEmpty()) {
            return Refused.of(Refusal.NOTHING_TO_CORRECT);
        }
        Task task = knowledge.task(last.get().taskId()).orElse(null);
        if (!explicit) {
            return new Refused(Refusal.SAY_CORRECT, task, null);
        }
        if (draft.unsure() != null) {
            return new TaskOutcome.AskPercent(task, draft.unsure());
        }
        boolean percentOnly = draft.percent() != null && draft.text().codePoints().filter(Character::isIdeographic)
                .mapToObj(Character::toString).allMatch(c -> "进度完成百分之零一二两三四五六七八九十成为到达".contains(c));
        if (draft.text().isBlank() || draft.percent() == null && draft.text().codePoints().noneMatch(Character::isIdeographic)) {
            return new Refused(Refusal.CORRECT_HOW, task, null);
        }
        String text = percentOnly ? last.get().text() : draft.text();
        boolean done = percentOnly ? false : draft.done();
        return changed(notes.correct(messageId, at, userId, last.get().id(), text, raw, draft.percent(), done));
    }

    private TaskOutcome changed(TaskNotes.Result result) {
        return switch (result.status()) {
            case "nothing" -> Refused.of(Refusal.NOTHING_TO_WITHDRAW);
            case "changed" -> Refused.of(Refusal.CHANGED);
            default -> recorded.apply(result.entry());
        };
    }
}
