package cn.duban.assistant.importing;

import java.util.ArrayDeque;
import java.util.Deque;

/** Quotes and brackets in a task's words (“”, 《》, （） …): whether a name has them balanced, and where it may end. */
final class Quotes {

    private static final String OPENING = "“‘《（(【[「『〔";
    private static final String CLOSING = "”’》）)】]」』〕";

    private Quotes() {
    }

    /** Whether every quote and bracket opened in {@code text} is closed, in order, and none closes unopened. */
    static boolean balanced(String text) {
        Deque<Character> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPENING.indexOf(c) >= 0) {
                open.push(c);
            } else if (CLOSING.indexOf(c) >= 0) {
                if (open.isEmpty() || OPENING.indexOf(open.pop()) != CLOSING.indexOf(c)) {
                    return false;
                }
            }
        }
        return open.isEmpty();
    }

    /** +1 for an opening quote or bracket, -1 for a closing one (never below 0), 0 otherwise. */
    static int depthChange(char c, int depth) {
        if (OPENING.indexOf(c) >= 0) {
            return 1;
        }
        return CLOSING.indexOf(c) >= 0 && depth > 0 ? -1 : 0;
    }

    /** {@code end} moved past the closing quotes and brackets right after it. */
    static int closingAfter(String text, int end) {
        int at = end;
        while (at < text.length() && CLOSING.indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        return at;
    }

    /** The longest start of {@code text} that is balanced and does not end on an opening quote or bracket. */
    static String balancedPrefix(String text) {
        for (int end = text.length(); end > 0; end--) {
            String prefix = text.substring(0, end);
            if (balanced(prefix) && OPENING.indexOf(prefix.charAt(end - 1)) < 0) {
                return prefix;
            }
        }
        return text;
    }

    /** Whether {@code text} ends on an opening quote or bracket. */
    static boolean endsOpen(String text) {
        return !text.isEmpty() && OPENING.indexOf(text.charAt(text.length() - 1)) >= 0;
    }
}
