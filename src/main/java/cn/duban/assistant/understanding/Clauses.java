package cn.duban.assistant.understanding;

import java.util.List;

/**
 * The clauses of a message (split at ，；！？。、 and line ends, not inside 1,200) and where its figures stand in them:
 * what a figure's own words are (from the figure before it in its clause, or the clause start, to the figure), and
 * which earlier clauses hold no figure — headers like 截至6月底，… that speak for the figures after them.
 */
final class Clauses {

    private static final String BREAKS = ",;!?\u3002\u3001\n";

    private final String text;
    private final List<Figure> figures;
    private final int[] clauseOf;

    Clauses(String text, List<Figure> figures) {
        this.text = text;
        this.figures = figures;
        this.clauseOf = new int[text.length() + 1];
        int clause = 0;
        for (int i = 0; i < text.length(); i++) {
            clauseOf[i] = clause;
            boolean thousands = text.charAt(i) == ',' && i > 0 && i + 1 < text.length()
                    && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
            if (!thousands && BREAKS.indexOf(text.charAt(i)) >= 0) {
                clause++;
            }
        }
        clauseOf[text.length()] = clause;
    }

    /** The clause a position of the text is in. */
    int of(int position) {
        return clauseOf[position];
    }

    int start(int clause) {
        int i = 0;
        while (i < clauseOf.length - 1 && clauseOf[i] < clause) {
            i++;
        }
        return i;
    }

    int end(int clause) {
        int i = start(clause);
        while (i < clauseOf.length - 1 && clauseOf[i] == clause) {
            i++;
        }
        return i;
    }

    /** Where the words of the figure with this index begin: after the figure before it in its clause, else the clause. */
    int wordsFrom(int index) {
        int clause = of(figures.get(index).start());
        return index > 0 && of(figures.get(index - 1).start()) == clause ? figures.get(index - 1).end() : start(clause);
    }

    /** Where the words after the figure with this index end: at the next figure in its clause, else the clause's end. */
    int wordsTo(int index) {
        Figure figure = figures.get(index);
        int clause = of(figure.start());
        return Math.max(figure.end(), index + 1 < figures.size() && of(figures.get(index + 1).start()) == clause
                ? figures.get(index + 1).start() : end(clause));
    }

    /** Whether a clause holds no figure, so that its words speak for the figures after it (截至6月底，…). */
    boolean header(int clause) {
        return figures.stream().noneMatch(figure -> of(figure.start()) == clause);
    }

    /** Whether words at {@code span} are said of the figure: before it in its clause, or in a header before it. */
    boolean saidOf(int[] span, Figure figure) {
        int clauseStart = start(of(figure.start()));
        return span[0] >= clauseStart && span[1] <= figure.start() || span[1] <= clauseStart && header(of(span[0]));
    }

    /** The clause's words with the figure's taken out. */
    String othersBeside(Figure figure) {
        int clause = of(figure.start());
        return text.substring(start(clause), end(clause)).replace(figure.text(), "");
    }
}
