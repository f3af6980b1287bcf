package cn.duban.assistant.conversation;

import java.time.Instant;

import cn.duban.assistant.tasks.TaskOutcome;
import cn.duban.assistant.tasks.TaskService;
import cn.duban.assistant.understanding.Intent;
import cn.duban.assistant.understanding.Sender;

/**
 * The conversation's turns about tasks: questions about a task or a unit's tasks, progress notes, 核实, the answer
 * to "which task", 取消 of a waiting note, and 撤回/更正 when the sender's last message was a note (newer than his
 * last figures) rather than a figure.
 */
final class TaskTurns {

    private TaskTurns() {
    }

    /** The reply for a message about tasks, or null when the message is not one. */
    static String reply(Snapshot now, Intent intent, InboundMessage message) {
        TaskService tasks = now.tasks();
        String id = message.messageId();
        String user = message.userId();
        Instant at = message.receivedAt();
        String raw = message.text() == null ? "" : message.text().strip();
        TaskOutcome outcome = null;
        if (intent instanceof Intent.AskTask || intent instanceof Intent.AskUnitTasks) {
            return answer(now, intent);
        }
        if (intent instanceof Intent.AskLights lights) {
            return now.wording().tasks(tasks.lit(user, lights.lights()));
        }
        if (intent instanceof Intent.WriteNote note) {
            outcome = tasks.write(id, user, note.tasks(), note.draft(), raw, at);
            if (outcome instanceof TaskOutcome.WhichTask which && which.note()) {
                now.reporting().cancel(user);
            }
        } else if (intent instanceof Intent.NoteNearTask near) {
            outcome = tasks.near(id, user, near.written(), near.tasks(), near.draft(), raw, at);
            now.reporting().cancel(user);
        } else if (intent instanceof Intent.WriteNotes several) {
            return severalParts(now, several, message, raw);
        } else if (intent instanceof Intent.VerifyTask verify) {
            outcome = tasks.verify(id, user, verify.tasks(), raw, at);
        } else if (intent instanceof Intent.ChooseTask choose) {
            outcome = tasks.choose(id, user, choose.task(), at);
        } else if (intent instanceof Intent.Cancel) {
            outcome = tasks.cancel(user).orElse(null);
        } else if (intent instanceof Intent.Confirm && !now.reporting().pendingFor(user).any()) {
            outcome = tasks.confirm(id, user, at).orElse(null);
            if (outcome instanceof TaskOutcome.Withdrawn withdrawn && tasks.figuresBeside(id, user, withdrawn.note())) {
                // 是 to 还要撤回再上一条吗: the figures its message reported go with the note, as the question said
                return now.wording().tasks(outcome) + "\n"
                        + now.wording().reporting(now.reporting().withdraw(id, user, null, null, false, raw, at));
            }
        } else if (intent instanceof Intent.Withdraw withdraw && withdraw.figure() == null && withdraw.target() == null
                && tasks.meansNote(id, user, false)) {
            outcome = tasks.withdraw(id, user, withdraw.soft(), raw, at);
            if (outcome instanceof TaskOutcome.AskWithdraw) {
                now.reporting().cancel(user);
            }
            if (outcome instanceof TaskOutcome.Withdrawn withdrawn && tasks.figuresBeside(id, user, withdrawn.note())) {
                // the note came with figures in one message: 撤回 takes the whole message, as for figures
                return now.wording().tasks(outcome) + "\n"
                        + now.wording().reporting(now.reporting().withdraw(id, user, null, null, false, raw, at));
            }
        } else if (intent instanceof Intent.Correct correct && correct.target() == null && !figureBeside(now, correct, raw, user)
                && tasks.meansNote(id, user, words(now, correct, raw))) {
            outcome = tasks.correct(id, user, now.reader().noteCorrection(raw), correct.explicit(), raw, at);
        }
        return outcome == null ? null : SupervisionTurns.withFeedback(now, outcome, now.wording().tasks(outcome));
    }

    /** Words and no figure but a percent in a 更正 (更正：完成征地和拆迁): a note's words, whatever was reported last. */
    private static boolean words(Snapshot now, Intent.Correct correct, String raw) {
        return (correct.figure() == null || "%".equals(correct.figure().unit()))
                && now.reader().noteCorrection(raw).text().codePoints().anyMatch(Character::isIdeographic);
    }

    /**
     * A bare figure in a 更正 (更正 25人) from a writer with figures standing: the figures are meant, not a note's
     * words (更正 进度90% and 更正：新植苗木3万株 still mean the note).
     */
    private static boolean figureBeside(Snapshot now, Intent.Correct correct, String raw, String user) {
        if (correct.figure() == null || "%".equals(correct.figure().unit())) {
            return false;
        }
        String rest = now.reader().noteCorrection(raw).text().replace(correct.figure().text(), "");
        return rest.codePoints().noneMatch(Character::isLetterOrDigit) && now.tasks().hasFigures(user);
    }

    /**
     * A message with several parts: the notes (each on its own task, one step), then the figures in the ledger, in
     * one reply; a part that cannot be recorded is said with why, never dropped. The notes come first, so a figure's
     * question back (which target, the same figure again) is the one waiting.
     */
    private static String severalParts(Snapshot now, Intent.WriteNotes several, InboundMessage message, String raw) {
        String id = message.messageId();
        String user = message.userId();
        TaskOutcome notes = several.notes().size() == 1
                ? now.tasks().write(id, user, several.notes().get(0).tasks(), several.notes().get(0).draft(), raw, message.receivedAt())
                : now.tasks().writeSeveral(id, user, several.notes(), raw, message.receivedAt());
        String text = now.wording().tasks(notes);
        for (TaskOutcome part : notes instanceof TaskOutcome.Several parts ? parts.parts() : java.util.List.of(notes)) {
            text = SupervisionTurns.withFeedback(now, part, text);
        }
        if (several.report() == null || now.roster().reporter(user).isEmpty()) {
            return text;
        }
        if (notes instanceof TaskOutcome.WhichTask which && which.note()) {
            return text + "\n" + now.wording().tasks(new TaskOutcome.Refused(TaskOutcome.Refusal.FIGURES_APART, null, null));
        }
        return text + "\n" + now.wording().reporting(now.reporting().file(id, user, several.report().draft(), message.receivedAt()));
    }

    /** The reply to a photo: attached to the sender's recent note as 佐证材料, or why not. */
    static String photo(Snapshot now, InboundMessage message) {
        java.util.Optional<String> type = message.image().imageType();
        cn.duban.assistant.tasks.EvidenceService evidence = now.tasks().evidence();
        if (type.isEmpty() || evidence == null) {
            return now.wording().notText();
        }
        return now.wording().tasks(evidence.attach(message.messageId(), message.userId(), message.image().bytes(),
                type.get(), message.receivedAt()));
    }

    /** The answer to a question about a task or a unit's tasks (also as a part of a message asking several things). */
    static String answer(Snapshot now, Intent intent) {
        if (intent instanceof Intent.AskTask ask) {
            return now.wording().tasks(now.tasks().ask(ask.tasks()));
        }
        return now.wording().tasks(now.tasks().unitTasks(((Intent.AskUnitTasks) intent).unit()));
    }

    /** What the sender's next message may answer: the reporting question if any, else which task a note is about. */
    static Sender.Pending pending(Snapshot now, String userId) {
        Sender.Pending reporting = now.reporting().pendingFor(userId);
        return reporting.any() ? reporting : now.tasks().pendingFor(userId);
    }
}
