package cn.duban.assistant.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins the lines of a PDF's text back into paragraphs: a PDF breaks each paragraph at the page margin, and the
 * report reader takes a line for a paragraph. A line ends its paragraph when it ends a sentence (。！？；：) and is
 * shorter than a full line, when it is much shorter than a full line (a heading, a paragraph's last line), or when
 * the next line opens a section (一、 (一) 第一). Page numbers (— 3 —) are dropped.
 */
final class PdfParagraphs {

    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—–\\s]*[0-9]{1,4}[-—–\\s]*$");
    private static final Pattern OPENS_SECTION = Pattern.compile("^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[,，、部分章])");
    private static final String ENDS = "。！？；：!?;:";

    private PdfParagraphs() {
    }

    static String join(String text) {
        List<String> lines = Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty() && !PAGE_NUMBER.matcher(line).matches()).toList();
        int full = fullLine(lines);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            paragraph.append(line);
            boolean last = i + 1 == lines.size();
            boolean shortLine = line.length() < full * 0.8;
            boolean endsSentence = ENDS.indexOf(line.charAt(line.length() - 1)) >= 0 && line.length() < full;
            if (last || shortLine || endsSentence || OPENS_SECTION.matcher(lines.get(i + 1)).find()) {
                paragraphs.add(paragraph.toString());
                paragraph.setLength(0);
            }
        }
        return String.join("\n", paragraphs);
    }

    /** The length of a full line: the longest lines' common length (the 90th percentile). */
    private static int fullLine(List<String> lines) {
        int[] lengths = lines.stream().mapToInt(String::length).sorted().toArray();
        return lengths.length == 0 ? 0 : lengths[(int) Math.floor((lengths.length - 1) * 0.9)];
    }
}
