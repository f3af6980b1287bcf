package cn.duban.assistant.channel.wecom;

import java.util.HashMap;
import java.util.Map;

/**
 * A strict reader for the small XML documents WeChat Work sends: one root element whose elements hold text or CDATA.
 * It knows no DTD at all — a DOCTYPE, an entity declaration or any other {@code <!} markup but CDATA and comments is
 * refused — so nothing external is ever resolved; only the five predefined entities and character references are
 * decoded. It keeps the text of the first element of each name, at any depth, as a DOM lookup by tag name would.
 * Reading a callback this way takes microseconds, where a DOM parser spends a good part of the request.
 */
final class CallbackXml {

    /** The document is not well-formed, or uses markup WeChat Work never sends. */
    static final class Malformed extends RuntimeException {
        Malformed(String reason) {
            super(reason);
        }
    }

    /** WeChat Work nests a few levels at most; deeper documents are refused rather than followed. */
    private static final int MOST_DEPTH = 16;

    private final String xml;
    private final Map<String, String> texts = new HashMap<>();
    private int at;
    private int depth;

    private CallbackXml(String xml) {
        this.xml = xml;
    }

    /** The text of each element name's first occurrence. */
    static Map<String, String> read(String xml) {
        CallbackXml reader = new CallbackXml(xml);
        reader.document();
        return reader.texts;
    }

    private void document() {
        if (xml.startsWith("\uFEFF")) {
            at++;
        }
        skipWhitespace();
        if (xml.startsWith("<?xml", at)) {
            skipPast("?>");
        }
        skipMisc();
        if (at >= xml.length() || xml.charAt(at) != '<') {
            throw new Malformed("no root element");
        }
        element();
        skipMisc();
        if (at < xml.length()) {
            throw new Malformed("content after the root element");
        }
    }

    /** Reads the element at {@code at}; returns its text if it holds only text, else null. */
    private String element() {
        if (++depth > MOST_DEPTH) {
            throw new Malformed("elements nested deeper than " + MOST_DEPTH);
        }
        at++;
        String name = name();
        boolean empty = startTagEnd();
        if (empty) {
            texts.putIfAbsent(name, "");
            depth--;
            return "";
        }
        StringBuilder text = new StringBuilder();
        boolean onlyText = true;
        while (true) {
            if (at >= xml.length()) {
                throw new Malformed("<" + name + "> is not closed");
            }
            char c = xml.charAt(at);
            if (c == '&') {
                reference(text);
            } else if (c != '<') {
                text.append(c);
                at++;
            } else if (xml.startsWith("<![CDATA[", at)) {
                int end = xml.indexOf("]]>", at + 9);
                if (end < 0) {
                    throw new Malformed("CDATA is not closed");
                }
                text.append(xml, at + 9, end);
                at = end + 3;
            } else if (xml.startsWith("<!--", at)) {
                skipComment();
            } else if (xml.startsWith("</", at)) {
                at += 2;
                String closing = name();
                skipWhitespace();
                if (!closing.equals(name) || at >= xml.length() || xml.charAt(at) != '>') {
                    throw new Malformed("<" + name + "> is closed by </" + closing + ">");
                }
                at++;
                String value = onlyText ? text.toString() : null;
                if (value != null) {
                    texts.putIfAbsent(name, value);
                }
                depth--;
                return value;
            } else if (xml.startsWith("<!", at) || xml.startsWith("<?", at)) {
                throw new Malformed("DOCTYPE, ENTITY and other declarations are not accepted");
            } else {
                onlyText = false;
                element();
            }
        }
    }

    /** Skips attributes; true for an empty-element tag. */
    private boolean startTagEnd() {
        char quote = 0;
        for (; at < xml.length(); at++) {
            char c = xml.charAt(at);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '<') {
                    throw new Malformed("'<' inside an attribute");
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                at++;
                return false;
            } else if (c == '/' && at + 1 < xml.length() && xml.charAt(at + 1) == '>') {
                at += 2;
                return true;
            } else if (c == '<') {
                throw new Malformed("'<' inside a tag");
            }
        }
        throw new Malformed("tag is not closed");
    }

    private String name() {
        int start = at;
        while (at < xml.length() && isNameChar(xml.charAt(at))) {
            at++;
        }
        if (at == start) {
            throw new Malformed("element without a name");
        }
        return xml.substring(start, at);
    }

    private static boolean isNameChar(char c) {
        return c > ' ' && c != '<' && c != '>' && c != '/' && c != '=' && c != '"' && c != '\'' && c != '&' && c != '!'
                && c != '?';
    }

    private void reference(StringBuilder text) {
        int end = xml.indexOf(';', at);
        if (end < 0 || end - at > 10) {
            throw new Malformed("bare '&' in text");
        }
        String entity = xml.substring(at + 1, end);
        switch (entity) {
            case "lt" -> text.append('<');
            case "gt" -> text.append('>');
            case "amp" -> text.append('&');
            case "quot" -> text.append('"');
            case "apos" -> text.append('\'');
            default -> text.appendCodePoint(characterReference(entity));
        }
        at = end + 1;
    }

    private static int characterReference(String entity) {
        try {
            int codePoint;
            if (entity.startsWith("#x")) {
                codePoint = Integer.parseInt(entity.substring(2), 16);
            } else if (entity.startsWith("#")) {
                codePoint = Integer.parseInt(entity.substring(1));
            } else {
                throw new Malformed("unknown entity &" + entity + ";");
            }
            if (!Character.isValidCodePoint(codePoint) || codePoint == 0) {
                throw new Malformed("invalid character reference &" + entity + ";");
            }
            return codePoint;
        } catch (NumberFormatException e) {
            throw new Malformed("invalid character reference &" + entity + ";");
        }
    }

    private void skipMisc() {
        while (true) {
            skipWhitespace();
            if (xml.startsWith("<!--", at)) {
                skipComment();
            } else if (xml.startsWith("<!", at) || xml.startsWith("<?", at)) {
                throw new Malformed("DOCTYPE, ENTITY and other declarations are not accepted");
            } else {
                return;
            }
        }
    }

    private void skipComment() {
        int end = xml.indexOf("-->", at + 4);
        if (end < 0) {
            throw new Malformed("comment is not closed");
        }
        at = end + 3;
    }

    private void skipPast(String marker) {
        int end = xml.indexOf(marker, at);
        if (end < 0) {
            throw new Malformed("declaration is not closed");
        }
        at = end + marker.length();
    }

    private void skipWhitespace() {
        while (at < xml.length() && Character.isWhitespace(xml.charAt(at))) {
            at++;
        }
    }
}
