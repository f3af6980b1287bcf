package cn.duban.assistant.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * A report sentence cut into clauses at ，；：。！？ (full or half width), never inside quotation marks, book-title
 * marks or brackets; and which of its characters stand inside those marks (“4+4”体系, 《…》, (牵头单位:…)).
 */
final class ReportClauses {

    private static final String CLAUSE_ENDS = "，,；;：:。！？!?";
    private static final String OPENING = "“‘「『《(（【[";
    private static final String CLOSING = "”’」』》)）】]";

    /** A clause: {@code text} is {@code sentence.substring(start, end)}. */
    record Clause(int start, int end, String text) {
    }

    private ReportClauses() {
    }

    /** The sentence's clauses in order, without the punctuation that ends them. */
    static List<Clause> of(String sentence) {
        List<Clause> clauses = new ArrayList<>();
        boolean[] enclosed = enclosed(sentence);
        int start = 0;
        for (int i = 0; i <= sentence.length(); i++) {
            if (i == sentence.length() || (!enclosed[i] && CLAUSE_ENDS.indexOf(sentence.charAt(i)) >= 0)) {
                if (i > start) {
                    clauses.add(new Clause(start, i, sentence.substring(start, i)));
                }
                start = i + 1;
            }
        }
        return clauses;
    }

    /** For each character, whether it stands inside quotation marks or brackets (the marks themselves included). */
    static boolean[] enclosed(String text) {
        boolean[] inside = new boolean[text.length()];
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPENING.indexOf(c) >= 0) {
                depth++;
            }
            inside[i] = depth > 0;
            if (CLOSING.indexOf(c) >= 0 && depth > 0) {
                depth--;
            }
        }
        return inside;
    }

    /** The pieces of a clause between 、 (outside marks), as {start, end} pairs relative to the clause. */
    static List<int[]> listItems(String clause) {
        List<int[]> items = new ArrayList<>();
        boolean[] enclosed = enclosed(clause);
        int start = 0;
        for (int i = 0; i <= clause.length(); i++) {
            if (i == clause.length() || (!enclosed[i] && clause.charAt(i) == '、')) {
                items.add(new int[] {start, i});
                start = i + 1;
            }
        }
        return items;
    }

    /** The text without its bracketed parts ((牵头单位:县发改局)). */
    static String withoutBrackets(String text) {
        return text.replaceAll("[(（【][^)）】]*[)）】]", "");
    }
}
