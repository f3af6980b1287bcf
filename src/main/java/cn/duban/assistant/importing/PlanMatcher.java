package cn.duban.assistant.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import cn.duban.assistant.knowledge.Report;
import cn.duban.assistant.knowledge.ReportSentence;

/**
 * Finds the report's own words for a task as a 分工方案 writes it. First the task's text standing in a sentence as it
 * is (line breaks and spaces removed, closing punctuation and a leading number dropped); else the run of clauses
 * (split at ,;:) of one sentence whose Chinese-character bigrams overlap the task's most, by the Dice coefficient,
 * when that is at least {@link #THRESHOLD}. The words found are a piece of one sentence, word for word.
 */
final class PlanMatcher {

    /** The least bigram overlap (Dice: twice the shared bigrams over both counts) a clause run needs to match. */
    static final double THRESHOLD = 0.5;

    private static final int MAX_CLAUSES = 6;
    private static final Pattern LEADING_NUMBER = Pattern.compile("^[(（]?[0-9一二三四五六七八九十]{1,3}[)）.、．]");
    private static final Pattern TRAILING = Pattern.compile("[。;；,，、:：\\s]+$");

    /**
     * Where a task was found.
     *
     * @param sentence the report sentence
     * @param text     the report's words, a piece of the sentence
     * @param score    1 for the task's text as it is, else the bigram overlap
     */
    record Match(ReportSentence sentence, String text, double score) {

        /** Whether the task's text stood in the report as it is. */
        boolean exact() {
            return score >= 1.0;
        }
    }

    private record Piece(ReportSentence sentence, String text, Set<String> bigrams) {
    }

    private final Report report;
    private final List<Piece> pieces = new ArrayList<>();

    PlanMatcher(Report report) {
        this.report = report;
        for (ReportSentence sentence : report.sentences()) {
            List<Integer> starts = new ArrayList<>(List.of(0));
            String text = sentence.text();
            for (int i = 0; i < text.length(); i++) {
                if (",，;；:：".indexOf(text.charAt(i)) >= 0) {
                    starts.add(i + 1);
                }
            }
            starts.add(text.length() + 1);
            for (int from = 0; from < starts.size() - 1; from++) {
                for (int to = from + 1; to < starts.size() && to - from <= MAX_CLAUSES; to++) {
                    String piece = TRAILING.matcher(text.substring(starts.get(from), Math.min(starts.get(to), text.length()))).replaceAll("").strip();
                    if (!piece.isEmpty()) {
                        pieces.add(new Piece(sentence, piece, bigrams(piece)));
                    }
                }
            }
        }
    }

    /** The report's words for the task, if it holds them closely enough. */
    Optional<Match> match(String task) {
        String cleaned = cleaned(task);
        if (cleaned.isEmpty()) {
            return Optional.empty();
        }
        for (ReportSentence sentence : report.sentences()) {
            if (sentence.text().contains(cleaned)) {
                return Optional.of(new Match(sentence, cleaned, 1.0));
            }
        }
        Set<String> wanted = bigrams(cleaned);
        Piece best = null;
        double bestScore = 0;
        for (Piece piece : pieces) {
            double score = dice(wanted, piece.bigrams());
            if (score > bestScore) {
                best = piece;
                bestScore = score;
            }
        }
        return bestScore >= THRESHOLD
                ? Optional.of(new Match(best.sentence(), best.text(), Math.min(bestScore, 0.99)))
                : Optional.empty();
    }

    /** The task as the report could hold it: no spaces or line breaks, no leading number, no closing punctuation. */
    static String cleaned(String task) {
        String text = task.replaceAll("\\s", "");
        text = LEADING_NUMBER.matcher(text).replaceFirst("");
        return TRAILING.matcher(text).replaceAll("");
    }

    static Set<String> bigrams(String text) {
        StringBuilder kept = new StringBuilder();
        text.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        Set<String> bigrams = new HashSet<>();
        int[] points = kept.codePoints().toArray();
        for (int i = 0; i + 1 < points.length; i++) {
            bigrams.add(new String(points, i, 2));
        }
        return bigrams;
    }

    private static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String bigram : a) {
            if (b.contains(bigram)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }
}
