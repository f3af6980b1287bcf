package cn.duban.assistant.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question reduced to the words that carry its content: width and case folded, question words (多少, 什么,
 * 哪些, 怎么, 是, 要 …) and generic words (今年, 方面 …) taken out. What remains are segments of Chinese
 * characters or of letters and digits; queries are built from them, never parsed as query syntax.
 */
public final class Question {

    private static final List<String> QUESTION_WORDS = byLength(List.of(
            "请问", "请", "告诉我", "我想知道", "想了解", "了解一下", "一下", "介绍",
            "多少", "什么样", "什么", "哪些", "哪个", "哪里", "哪儿", "怎么样", "怎么", "怎样", "如何", "为何",
            "是否", "是不是", "有没有", "能否", "分别", "具体", "主要", "几",
            "吗", "呢", "吧", "啊", "呀", "么", "是", "要", "的", "了", "有", "和", "与", "及", "都", "还"));
    private static final List<String> GENERIC_WORDS = byLength(List.of(
            "今年", "全年", "明年", "本年度", "年度", "方面", "情况", "我县", "全县", "咱们", "县里", "报告", "里面", "提到",
            "讲了", "说了"));
    private static final Pattern QUOTES = Pattern.compile("[\\u201C\\u201D\\u2018\\u2019\\u300C\\u300D\\u300E\\u300F\"']");
    private static final Pattern SEGMENT = Pattern.compile("\\p{IsHan}+|[a-z0-9][a-z0-9.%+]*");

    private final String original;
    private final String normalized;
    private final List<String> segments;

    private Question(String original) {
        this.original = original;
        this.normalized = normalize(original);
        String content = normalized;
        for (String word : QUESTION_WORDS) {
            content = content.replace(word, " ");
        }
        for (String word : GENERIC_WORDS) {
            content = content.replace(word, " ");
        }
        List<String> found = new ArrayList<>();
        Matcher matcher = SEGMENT.matcher(content);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        this.segments = List.copyOf(found);
    }

    public static Question of(String text) {
        return new Question(text == null ? "" : text);
    }

    /** Width and case folded (NFKC: full-width letters, digits and punctuation become ASCII), quotes removed. */
    public static String normalize(String text) {
        return QUOTES.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase()).replaceAll("");
    }

    private static List<String> byLength(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
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
        String haystack = normalize(text);
        int total = 0;
        int covered = 0;
        for (String segment : segments) {
            total += segment.length();
            if (segment.length() == 1 || !Character.isIdeographic(segment.codePointAt(0))) {
                covered += haystack.contains(segment) ? segment.length() : 0;
                continue;
            }
            boolean[] seen = new boolean[segment.length()];
            for (int i = 0; i + 1 < segment.length(); i++) {
                if (haystack.contains(segment.substring(i, i + 2))) {
                    seen[i] = true;
                    seen[i + 1] = true;
                }
            }
            for (boolean charSeen : seen) {
                covered += charSeen ? 1 : 0;
            }
        }
        return total == 0 ? 0 : (double) covered / total;
    }

    @Override
    public String toString() {
        return original;
    }
}
