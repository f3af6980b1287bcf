package cn.duban.assistant.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * A question reduced to the words that carry its content: width and case folded, question words (多少, 什么,
 * 哪些, 怎么, 是, 要 …) and generic words (今年, 方面 …) of the vocabulary taken out. What remains are segments of Chinese
 * characters or of letters and digits; queries are built from them, never parsed as query syntax.
 */
public final class Question {

    private static final String QUOTE_MARKS = "\u201C\u201D\u2018\u2019\u300C\u300D\u300E\u300F\"'";
    private static final Pattern SEGMENT = Pattern.compile("\\p{IsHan}+|[a-z0-9][a-z0-9.%+]*");

    private final String original;
    private final String normalized;
    private final List<String> segments;

    private Question(String original, Vocabulary vocabulary) {
        this.original = original;
        this.normalized = normalize(original);
        String content = vocabulary.without("question.generic", vocabulary.without("question.words", normalized));
        List<String> found = new ArrayList<>();
        Matcher matcher = SEGMENT.matcher(content);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        this.segments = List.copyOf(found);
    }

    /** A question read with the county's vocabulary (its question words and generic words are left out). */
    public static Question of(String text, Vocabulary vocabulary) {
        return new Question(text == null ? "" : text, vocabulary);
    }

    /** A question read with the bundled vocabulary. */
    public static Question of(String text) {
        return of(text, Vocabulary.bundled());
    }

    /** Width and case folded (NFKC: full-width letters, digits and punctuation become ASCII), quotes removed. */
    public static String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase();
        StringBuilder kept = null;
        for (int i = 0; i < folded.length(); i++) {
            if (QUOTE_MARKS.indexOf(folded.charAt(i)) >= 0) {
                kept = kept == null ? new StringBuilder(folded.substring(0, i)) : kept;
            } else if (kept != null) {
                kept.append(folded.charAt(i));
            }
        }
        return kept == null ? folded : kept.toString();
    }

    public String original() {
        return original;
    }

    /** The whole question, normalized, question words kept. */
    public String normalized() {
        return normalized;
    }

    /** The content segments, e.g. [津潍高铁] for 津潍高铁是什么. */
    public List<String> segments() {
        return segments;
    }

    public boolean hasContent() {
        return !segments.isEmpty();
    }

    /** The content segments joined by spaces, the text the index analyses. */
    public String content() {
        return String.join(" ", segments);
    }

    /**
     * The share of the question's content that a text contains: a Chinese character counts when the text holds
     * it together with a neighbour (the bigram a reader would see), a lone character or a run of letters and
     * digits when the text holds it.
     */
    public double coverageIn(String text) {
        return coverageInNormalized(normalize(text));
    }

    /** {@link #coverageIn} of a text already {@link #normalize normalized}. */
    public double coverageInNormalized(String haystack) {
        int total = 0;
        int covered = 0;
        for (String segment : segments) {
            total += segment.length();
            for (boolean charSeen : seen(segment, haystack)) {
                covered += charSeen ? 1 : 0;
            }
        }
        return total == 0 ? 0 : (double) covered / total;
    }

    /**
     * The longest stretch of the question's content that a text does not hold: characters of a Chinese segment
     * not covered by a bigram the text holds, or a whole segment of letters and digits (2024) the text lacks. A
     * question whose distinct words (农村, 去年, 小微) are missing asks about something else.
     */
    public int longestMissingIn(String text) {
        String haystack = normalize(text);
        int longest = 0;
        for (String segment : segments) {
            int run = 0;
            for (boolean charSeen : seen(segment, haystack)) {
                run = charSeen ? 0 : run + 1;
                longest = Math.max(longest, run);
            }
        }
        return longest;
    }

    /**
     * Which characters of a segment the text holds: a Chinese character with a neighbour (the bigram a reader would
     * see); a lone character or a run of letters and digits only whole.
     */
    private static boolean[] seen(String segment, String haystack) {
        boolean[] seen = new boolean[segment.length()];
        if (segment.length() == 1 || !Character.isIdeographic(segment.codePointAt(0))) {
            java.util.Arrays.fill(seen, haystack.contains(segment));
            return seen;
        }
        for (int i = 0; i + 1 < segment.length(); i++) {
            if (haystack.contains(segment.substring(i, i + 2))) {
                seen[i] = true;
                seen[i + 1] = true;
            }
        }
        return seen;
    }

    @Override
    public String toString() {
        return original;
    }
}
