package cn.duban.assistant.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of a long sentence worth quoting: the clauses (between commas) that hold the question's words, so the
 * reply stays short, and at least about 12 characters, so that it stands alone. Short sentences are quoted whole; a
 * cut is marked with "……".
 */
public final class Excerpt {

    static final int WHOLE_SENTENCE_UP_TO = 60;
    static final int LONGEST_EXCERPT = 100;
    /** Characters an excerpt needs to say something on its own: a shorter one takes the clauses after it. */
    static final int SHORTEST_EXCERPT = 12;
    static final int LEAD = 40;
    private static final String ELLIPSIS = "……";

    private Excerpt() {
    }

    public static String of(String sentence, Question question) {
        String text = withoutClosingMark(sentence);
        if (text.length() <= WHOLE_SENTENCE_UP_TO) {
            return text;
        }
        List<String> clauses = clauses(text);
        int first = -1;
        int last = -1;
        int best = 0;
        double bestCoverage = -1;
        for (int i = 0; i < clauses.size(); i++) {
            double coverage = question.coverageIn(clauses.get(i));
            if (coverage > 0) {
                first = first < 0 ? i : first;
                last = i;
            }
            if (coverage > bestCoverage) {
                bestCoverage = coverage;
                best = i;
            }
        }
        if (first < 0) {
            first = 0;
            last = 0;
        }
        if (length(clauses, first, last) > LONGEST_EXCERPT) {
            first = best;
            last = best;
        }
        // a clause too short to stand alone (提升文旅产业,) goes on with the clauses after it
        while (length(clauses, first, last) < SHORTEST_EXCERPT && last + 1 < clauses.size()
                && length(clauses, first, last + 1) <= LONGEST_EXCERPT) {
            last++;
        }
        return excerpt(clauses, first, last);
    }

    /** Clauses {@code from} to {@code to}, marked where the sentence goes on before or after them. */
    private static String excerpt(List<String> clauses, int from, int to) {
        String joined = stripTrailingComma(String.join("", clauses.subList(from, to + 1)));
        return (from > 0 ? ELLIPSIS : "") + joined + (to < clauses.size() - 1 ? ELLIPSIS : "");
    }

    /** The clause holding {@code words} with the clause before it, for quoting a target in its sentence. */
    public static String around(String sentence, String words) {
        String text = withoutClosingMark(sentence);
        if (text.length() <= WHOLE_SENTENCE_UP_TO) {
            return text;
        }
        List<String> clauses = clauses(text);
        for (int span = 1; span <= clauses.size(); span++) {
            for (int from = 0; from + span <= clauses.size(); from++) {
                int to = from + span - 1;
                if (String.join("", clauses.subList(from, to + 1)).contains(words)) {
                    return excerpt(clauses, Math.max(0, from - 1), to);
                }
            }
        }
        return text;
    }

    /** The opening of a sentence, to list a section's measures: its first clauses up to about 40 characters. */
    public static String lead(String sentence) {
        String text = withoutClosingMark(sentence);
        if (text.length() <= LEAD) {
            return text;
        }
        List<String> clauses = clauses(text);
        int last = 0;
        int length = clauses.get(0).length();
        while (last + 1 < clauses.size() && length + clauses.get(last + 1).length() <= LEAD) {
            last++;
            length += clauses.get(last).length();
        }
        return excerpt(clauses, 0, last);
    }

    private static String withoutClosingMark(String sentence) {
        String text = sentence.strip();
        while (!text.isEmpty() && "\u3002;\uFF1B".indexOf(text.charAt(text.length() - 1)) >= 0) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    private static String stripTrailingComma(String text) {
        return text.endsWith(",") || text.endsWith("\uFF0C") ? text.substring(0, text.length() - 1) : text;
    }

    /** Clauses with their commas, so that joining them gives back the text. */
    static List<String> clauses(String text) {
        List<String> clauses = new ArrayList<>();
        int start = 0;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u201C' || c == '\uFF08' || c == '(') {
                depth++;
            } else if (c == '\u201D' || c == '\uFF09' || c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && (c == ',' || c == '\uFF0C')) {
                clauses.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            clauses.add(text.substring(start));
        }
        return clauses;
    }

    private static int length(List<String> clauses, int from, int to) {
        int length = 0;
        for (int i = from; i <= to; i++) {
            length += clauses.get(i).length();
        }
        return length;
    }
}
