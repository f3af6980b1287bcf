package cn.duban.assistant.tasks;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.Task;
import cn.duban.assistant.ledger.Ledger;
import cn.duban.assistant.ledger.LedgerEntry;
import cn.duban.assistant.tasks.TaskOutcome.Refusal;
import cn.duban.assistant.tasks.TaskOutcome.Refused;
import cn.duban.assistant.understanding.NoteDraft;

/**
 * 撤回 and 更正 of a writer's last progress note, each a new entry referring to the note (which stays, marked); and
 * whether a 撤回 or 更正 means the last note or the last figures reported. As for figures, a second 撤回 within the
 * again-window of the writer's last one is asked first (a message sent twice must not take an older note with it).
 */
final class NoteCorrections {

    private final Knowledge knowledge;
    private final TaskNotes notes;
    private final NotePending pending;
    private final Ledger ledger;
    private final NoteWriter writer;
    private final NoteSettings settings;

    NoteCorrections(Knowledge knowledge, TaskNotes notes, NotePending pending, Ledger ledger, NoteWriter writer,
                    NoteSettings settings) {
        this.knowledge = knowledge;
        this.notes = notes;
        this.pending = pending;
        this.ledger = ledger;
        this.writer = writer;
        this.settings = settings;
    }

    /**
     * Whether a 撤回 or 更正 from this user means a note: the message was one already, or the user's last note is
     * newer than the last figures he reported, or ({@code words}: a 更正 with words and no bare figure) he has one.
     */
    boolean meansNote(String messageId, String userId, boolean words) {
        if (notes.forMessage(messageId).isPresent()) {
            return true;
        }
        Optional<TaskNote> last = notes.lastNote(userId);
        if (last.isEmpty()) {
            return false;
        }
        List<LedgerEntry> figures = ledger.lastMessageOf(userId);
        return words || figures.isEmpty() || !figures.get(figures.size() - 1).at().isAfter(last.get().at());
    }

    /**
     * Whether the writer's last figures came in the same message as {@code note} (津潍高铁：…；新增城镇就业20人) — or
     * this 撤回 ({@code messageId}, repeated) already withdrew figures — so that a 撤回 of the note takes them too.
     */
    boolean figuresBeside(String messageId, String userId, TaskNote note) {
        if (!ledger.entriesForMessage(messageId).isEmpty()) {
            return true;
        }
        List<LedgerEntry> figures = ledger.lastMessageOf(userId);
        return note != null && !figures.isEmpty() && figures.get(0).messageId().equals(note.messageId());
    }

    /** Whether the writer has figures standing that a 更正 could change. */
    boolean hasFigures(String userId) {
        return !ledger.lastMessageOf(userId).isEmpty();
    }

    /**
     * 撤回 of the writer's last note; said in passing (发错了) it is not done but asked to be said plainly; a second
     * 撤回 soon after one is asked first, with the note's words and time.
     */
    TaskOutcome withdraw(String messageId, String userId, boolean soft, String raw, Instant at) {
        Optional<TaskNote> repeated = notes.forMessage(messageId);
        if (repeated.isPresent()) {
            return writer.outcomeOf(repeated.get());
        }
        Optional<TaskNote> last = notes.lastNote(userId);
        if (last.isEmpty()) {
            return Refused.of(Refusal.NOTHING_TO_WITHDRAW);
        }
        Task task = knowledge.task(last.get().taskId()).orElse(null);
        if (soft) {
            return new Refused(Refusal.SAY_WITHDRAW, task, null);
        }
        TaskNotes.Result result = notes.withdraw(messageId, at, userId, last.get().id(), raw, settings.againWindow(), true);
        if ("again".equals(result.status())) {
            pending.askWithdraw(userId, last.get().id(), raw, settings.askTimeout());
            List<LedgerEntry> figures = ledger.lastMessageOf(userId);
            boolean beside = !figures.isEmpty() && figures.get(0).messageId().equals(last.get().messageId());
            return new TaskOutcome.AskWithdraw(task, last.get(), beside ? figures : List.of());
        }
        return changed(result);
    }

    /** 是 to 还要撤回再上一条吗: the note asked about is withdrawn, if it is still the writer's last. */
    TaskOutcome confirmed(String messageId, String userId, Instant at) {
        Optional<TaskNote> repeated = notes.forMessage(messageId);
        if (repeated.isPresent()) {
            return writer.outcomeOf(repeated.get());
        }
        String[] waiting = pending.withdrawal(userId);
        if (waiting == null) {
            return Refused.of(Refusal.NOTHING_WAITING);
        }
        pending.dropWithdrawal(userId);
        return changed(notes.withdraw(messageId, at, userId, Long.parseLong(waiting[0]), waiting.length > 1 ? waiting[1] : "",
                settings.againWindow(), false));
    }

    /**
     * 更正 of the writer's last note: new words, a new percent or both, as a new entry referring to the old one; a
     * percent alone (更正 进度70%) keeps the words with the old percent's words replaced by the new percent. Said in
     * passing (应为…) it is asked to be said plainly.
     */
    TaskOutcome correct(String messageId, String userId, NoteDraft draft, boolean explicit, String raw, Instant at) {
        Optional<TaskNote> repeated = notes.forMessage(messageId);
        if (repeated.isPresent()) {
            return writer.outcomeOf(repeated.get());
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
        boolean percentOnly = draft.percentOnly();
        if (draft.text().isBlank() || draft.percent() == null && draft.text().codePoints().noneMatch(Character::isIdeographic)) {
            return new Refused(Refusal.CORRECT_HOW, task, null);
        }
        if (!percentOnly) {
            return changed(notes.correct(messageId, at, userId, last.get().id(), draft.text(), raw, draft.percent(),
                    draft.done(), draft.said()));
        }
        String percent = draft.percent().toPlainString() + "%";
        String text = withPercent(last.get(), percent);
        return changed(notes.correct(messageId, at, userId, last.get().id(), text, raw, draft.percent(), false,
                text.contains(percent) ? percent : ""));
    }

    /** The note's words with the words of its old percent (八成, 60%) replaced by the new one; unchanged when unknown. */
    private static String withPercent(TaskNote note, String percent) {
        String said = note.said();
        if (said.isEmpty()) {
            return note.text();
        }
        if (note.text().contains(said)) {
            return note.text().replace(said, percent);
        }
        String folded = Normalizer.normalize(note.text(), Normalizer.Form.NFKC);
        return folded.contains(said) ? folded.replace(said, percent) : note.text();
    }

    private TaskOutcome changed(TaskNotes.Result result) {
        return switch (result.status()) {
            case "nothing" -> Refused.of(Refusal.NOTHING_TO_WITHDRAW);
            case "changed" -> Refused.of(Refusal.CHANGED);
            case "void" -> Refused.of(Refusal.UNAVAILABLE);
            default -> writer.outcomeOf(result.entry());
        };
    }
}
