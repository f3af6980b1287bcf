package cn.duban.assistant.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a report's body into section headings and sentences.
 * <p>
 * Headings are paragraphs that open with "一、" (a section) or "(一)" (a sub-section); in many reports the heading
 * is the first sentence of its paragraph ("一、在构建现代产业体系上攻坚突破。实施…"), in others a line of its own.
 * Sentences end at 。!?; (full or half width; the seed text uses ASCII punctuation inside Chinese sentences),
 * never inside quotation marks. Headings are kept out of the sentences, so they are never offered as answers.
 */
public final class SentenceSplitter {

    /** The parts of a report's body. */
    public record SplitText(List<String> headings, List<ReportSentence> sentences) {
    }

    private static final Pattern SECTION = Pattern.compile("^[一二三四五六七八九十百]+、");
    private static final Pattern SUB_SECTION = Pattern.compile("^[(\uFF08][一二三四五六七八九十百]+[)\uFF09]");
    private static final int LONGEST_HEADING = 40;
    private static final String SENTENCE_ENDS = "\u3002\uFF01\uFF1F\uFF1B!?;";
    private static final String OPENING_QUOTES = "\u201C\u2018\u300C\u300E\u300A\uFF08(";
    private static final String CLOSING_QUOTES = "\u201D\u2019\u300D\u300F\u300B\uFF09)";

    private SentenceSplitter() {
    }

    public static SplitText split(String reportId, String body) {
        List<String> headings = new ArrayList<>();
        List<ReportSentence> sentences = new ArrayList<>();
        String section = "";
        String subSection = "";
        for (String rawParagraph : body.split("\\R")) {
            String paragraph = rawParagraph.strip();
            if (paragraph.isEmpty()) {
                continue;
            }
            boolean isSection = SECTION.matcher(paragraph).find();
            boolean isSubSection = !isSection && SUB_SECTION.matcher(paragraph).find();
            if (isSection || isSubSection) {
                String heading = headingOf(paragraph);
                if (heading != null) {
                    if (isSection) {
                        section = heading;
                        subSection = "";
                    } else {
                        subSection = heading;
                    }
                    headings.add(heading);
                    paragraph = paragraph.substring(heading.length()).strip();
                    if (!paragraph.isEmpty() && SENTENCE_ENDS.indexOf(paragraph.charAt(0)) >= 0) {
                        paragraph = paragraph.substring(1).strip();
                    }
                }
            }
            String where = subSection.isEmpty() ? section : section.isEmpty() ? subSection : section + " / " + subSection;
            for (String sentence : sentencesOf(paragraph)) {
                sentences.add(new ReportSentence(reportId, where, sentence));
            }
        }
        return new SplitText(List.copyOf(headings), List.copyOf(sentences));
    }

    /** The heading at the start of a paragraph, or null when the paragraph only looks like one. */
    private static String headingOf(String paragraph) {
        int end = firstSentenceEnd(paragraph);
        String first = end < 0 ? paragraph : paragraph.substring(0, end);
        return first.length() <= LONGEST_HEADING ? first.strip() : null;
    }

    private static int firstSentenceEnd(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPENING_QUOTES.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSING_QUOTES.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && SENTENCE_ENDS.indexOf(c) >= 0) {
                return i;
            }
        }
        return -1;
    }

    static List<String> sentencesOf(String paragraph) {
        List<String> sentences = new ArrayList<>();
        String rest = paragraph;
        while (!rest.isEmpty()) {
            int end = firstSentenceEnd(rest);
            String sentence = end < 0 ? rest : rest.substring(0, end + 1);
            rest = end < 0 ? "" : rest.substring(end + 1).strip();
            if (hasWords(sentence)) {
                sentences.add(sentence.strip());
            }
        }
        return sentences;
    }

    private static boolean hasWords(String text) {
        Matcher letters = Pattern.compile("[\\p{IsHan}\\p{Alnum}]").matcher(text);
        int count = 0;
        while (letters.find()) {
            if (++count >= 2) {
                return true;
            }
        }
        return false;
    }
}
