package cn.duban.assistant.understanding;

import java.math.BigDecimal;

/**
 * A progress note on a task as read from a message.
 *
 * @param text    the note's words as written, without the task's name and the words introducing it
 * @param percent the percent stated exactly (进度60%, 完成八成 = 80), or null
 * @param unsure  the words of a percent not stated exactly (过半, 约60%, 七八成) — asked back, never guessed — or null
 * @param done    it says the task is finished (已完成, 已竣工, 全面完成) without a percent
 * @param said    the words stating the exact percent as they appear in {@code text} (八成, 60%), or "" when none
 * @param percentOnly in a 更正: the words say only a percent (进度90%, 完成九成: {@code note.correct.percent-only}),
 *                  so the note keeps its words with the percent's words swapped
 */
public record NoteDraft(String text, BigDecimal percent, String unsure, boolean done, String said, boolean percentOnly) {

    /** A draft that is not a percent-only correction. */
    public NoteDraft(String text, BigDecimal percent, String unsure, boolean done, String said) {
        this(text, percent, unsure, done, said, false);
    }

    /** A draft whose percent's words are not known. */
    public NoteDraft(String text, BigDecimal percent, String unsure, boolean done) {
        this(text, percent, unsure, done, "");
    }
}
