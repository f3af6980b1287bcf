package cn.duban.assistant.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
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
    /** For each segment, the officials' shorthand it holds: a sentence saying it another way holds it too. */
    private final List<List<Shorthand.Said>> said;

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
        this.said = segments.stream().map(segment -> List.<Shorthand.Said>of()).toList();
    }

    private Question(Question question, Shorthand shorthand) {
        this.original = question.original;
        this.normalized = question.normalized;
        this.segments = question.segments;
        this.said = segments.stream().map(shorthand::in).toList();
    }

    /** A question read with the county's vocabulary (its question words and generic words are left out). */
    public static Question of(String text, Vocabulary vocabulary) {
        return new Question(text == null ? "" : text, vocabulary);
    }

    /** A question read with the bundled vocabulary. */
    public static Question of(String text) {
        return of(text, Vocabulary.bundled());
    }

    /**
     * The same question with officials' shorthand: a word of a synonym group (规上, 棚改, GDP) counts as present in a
     * text that says it any way of its group (规模以上, 棚户区改造, 地区生产总值), and the search looks for those too.
     */
    public Question withShorthand(Shorthand shorthand) {
        return new Question(this, shorthand);
    }

    /** Width and case folded (NFKC: full-width letters, digits and punctuation become ASCII), quotes removed. */
    /** Whether {@code c} is a quote mark, which {@link #normalize} drops (“双镇百村”建设 is asked as 双镇百村建设). */
    public static boolean quoteMark(char c) {
        return QUOTE_MARKS.indexOf(c) >= 0;
    }

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

    /** The other ways of saying the shorthand the content holds (规模以上 for 规上), joined by spaces; may be empty. */
    public String otherWays() {
        StringBuilder ways = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            for (Shorthand.Said found : said.get(i)) {
                String itself = segments.get(i).substring(found.start(), found.end());
                found.ways().stream().filter(way -> !way.equals(itself)).forEach(way -> ways.append(way).append(' '));
            }
        }
        return ways.toString().strip();
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
        for (int i = 0; i < segments.size(); i++) {
            total += segments.get(i).length();
            for (boolean charSeen : seen(i, haystack)) {
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
        for (int i = 0; i < segments.size(); i++) {
            int run = 0;
            for (boolean charSeen : seen(i, haystack)) {
                run = charSeen ? 0 : run + 1;
                longest = Math.max(longest, run);
            }
        }
        return longest;
    }

    /**
     * Which characters of a segment the text holds: a Chinese character with a neighbour (the bigram a reader would
     * see); a lone character or a run of letters and digits only whole; and a word of shorthand when the text says
     * it any way of its group.
     */
    private boolean[] seen(int index, String haystack) {
        String segment = segments.get(index);
        boolean[] seen = new boolean[segment.length()];
        if (segment.length() == 1 || !Character.isIdeographic(segment.codePointAt(0))) {
            Arrays.fill(seen, haystack.contains(segment));
        } else {
            for (int i = 0; i + 1 < segment.length(); i++) {
                if (haystack.contains(segment.substring(i, i + 2))) {
                    seen[i] = true;
                    seen[i + 1] = true;
                }
            }
        }
        for (Shorthand.Said found : said.get(index)) {
            if (found.ways().stream().anyMatch(haystack::contains)) {
                Arrays.fill(seen, found.start(), found.end(), true);
            }
        }
        return seen;
    }

    @Override
    public String toString() {
        return original;
    }
}
