package cn.duban.assistant.channel.wecom;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a reply into pieces of at most a number of UTF-8 bytes (WeChat Work cuts text messages at 2,048), at
 * character boundaries, preferring a line break in the second half of a piece.
 */
public final class TextSplitter {

    public static final int WECOM_TEXT_BYTES = 2048;

    private TextSplitter() {
    }

    public static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    public static List<String> split(String text, int maxBytes) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = start;
            int bytes = 0;
            int lastBreak = -1;
            while (end < text.length()) {
                int codePoint = text.codePointAt(end);
                int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
                if (bytes + size > maxBytes) {
                    break;
                }
                bytes += size;
                end += Character.charCount(codePoint);
                if (codePoint == '\n' && bytes > maxBytes / 2) {
                    lastBreak = end;
                }
            }
            if (end < text.length() && lastBreak > 0) {
                end = lastBreak;
            }
            pieces.add(text.substring(start, end));
            start = end;
        }
        return pieces;
    }
}
