package cn.duban.assistant.understanding;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;

import cn.duban.assistant.knowledge.Question;
import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * Reads the percent a progress note states — exactly (60%, 百分之六十, 完成八成 = 80, 八成五 = 85, 一半 = 50) or not
 * (过半, 约60%, 七八成, 八成多, two different percents, over 100): an unsure one is returned as said, never guessed —
 * and whether the note says the task is finished (已完成, 已竣工, 全面完成, without a percent).
 */
final class NoteReading {

    private final Vocabulary vocabulary;
    private final NumeralReader numerals;

    NoteReading(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.numerals = new NumeralReader(vocabulary);
    }

    /** A note's words with the percent they state and whether they say the task is finished. */
    NoteDraft draft(String content) {
        String text = Question.normalize(content);
        Matcher vague = vocabulary.pattern("task.percent.vague.pattern").matcher(text);
        if (vague.find()) {
            return new NoteDraft(content, null, vague.group(), false);
        }
        Set<BigDecimal> percents = new LinkedHashSet<>();
        String unsure = null;
        String said = "";
        for (Figure figure : numerals.read(text)) {
            if ("%".equals(figure.unit())) {
                if (figure.approximate()) {
                    unsure = figure.text();
                }
                percents.add(figure.amount().stripTrailingZeros());
                said = figure.text();
            }
        }
        Matcher tenths = vocabulary.pattern("task.percent.tenths.pattern").matcher(text);
        while (tenths.find()) {
            int tens = tenths.group(1).equals("十") || tenths.group(1).equals("10") ? 10 : digit(tenths.group(1).charAt(0));
            int ones = tenths.group(2) == null ? 0 : digit(tenths.group(2).charAt(0));
            percents.add(BigDecimal.valueOf(tens * 10L + ones));
            said = tenths.group();
        }
        if (vocabulary.foundIn("task.percent.half", text)) {
            percents.add(BigDecimal.valueOf(50));
            said = vocabulary.words("task.percent.half").stream().filter(text::contains)
                    .min(java.util.Comparator.comparingInt(String::length)).orElse("");
        }
        if (unsure == null && percents.size() > 1) {
            unsure = String.join("、", percents.stream().map(p -> p.toPlainString() + "%").toList());
        }
        BigDecimal percent = percents.size() == 1 ? percents.iterator().next() : null;
        if (unsure == null && percent != null && (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            unsure = percent.toPlainString() + "%";
        }
        if (unsure != null) {
            return new NoteDraft(content, null, unsure, false);
        }
        return new NoteDraft(content, percent, null, percent == null && finished(text),
                percent == null ? "" : said);
    }

    /** The new words of a 更正 of a note (更正：一期厂房封顶 进度70%): without the correction words. */
    NoteDraft correction(String raw) {
        String rest = vocabulary.without("correct.explicit", vocabulary.without("correct.soft", Normalizer.normalize(raw, Normalizer.Form.NFKC)));
        rest = strip(vocabulary.without("withdraw.filler", rest));
        while (!rest.isEmpty() && vocabulary.set("correct.lead-in").contains(rest.substring(0, 1))) {
            rest = strip(rest.substring(1));
        }
        NoteDraft draft = draft(rest);
        Set<String> percentWords = vocabulary.set("note.correct.percent-only");
        boolean percentOnly = draft.percent() != null && draft.text().codePoints().filter(Character::isIdeographic)
                .mapToObj(Character::toString).allMatch(percentWords::contains);
        return new NoteDraft(draft.text(), draft.percent(), draft.unsure(), draft.done(), draft.said(), percentOnly);
    }

    /**
     * Whether the note says the task itself is finished: its last finish word ({@code task.done}) is followed by
     * nothing but punctuation and {@code task.done.after} words (已完成，请核实; 项目已竣工; 村级站点全部完工) — a finish
     * word with an object after it (已完成规划初稿编制, 已完成征地，下月架梁) is a step done, not the task.
     */
    private boolean finished(String text) {
        java.util.List<int[]> spans = vocabulary.spans("task.done", text);
        if (spans.isEmpty()) {
            return false;
        }
        String after = text.substring(spans.get(spans.size() - 1)[1]);
        return vocabulary.without("task.done.after", after).codePoints().noneMatch(Character::isLetterOrDigit);
    }

    private static int digit(char c) {
        return Character.isDigit(c) ? c - '0' : NumberWords.digit(c);
    }

    private static String strip(String text) {
        return text.replaceAll("^[\\s:：,，、;；。.!！\\-—~]+|[\\s:：,，、;；。.!！\\-—~]+$", "");
    }
}
