package cn.duban.assistant.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * Short, unique names for the tasks {@code import-plan} proposes. A name is the first piece of the words (up to
 * punctuation outside quotes) and, when long, cut before a joining word of {@code plan.name.joins} or at a word
 * boundary (SmartChineseAnalyzer's words), never inside a word and never with an unbalanced quote. Tasks that share the
 * report's words take their names from their rows' own words; a name still shared gets its row number, and both are
 * flagged for review.
 */
final class TaskNames {

    /** The longest name cut from a task's words at a word boundary, in letters. */
    static final int LENGTH = 12;
    /** The longest piece kept whole, or cut before a joining word, in letters. */
    static final int MAX = 16;

    /**
     * A proposed name.
     *
     * @param name the name
     * @param flag why a reviewer should check it, or empty
     */
    record Named(String name, String flag) {
    }

    /**
     * What a name is made from.
     *
     * @param row     the spreadsheet row
     * @param text    the report's words found for the row
     * @param ownWords the row's own words (its 工作任务 cell, cleaned)
     */
    record Source(int row, String text, String ownWords) {
    }

    private static final Analyzer WORDS = new SmartChineseAnalyzer();

    private static final Pattern PUNCTUATION = Pattern.compile("[,，、;；:：。]");
    private static final int MIN_CUT = 4;

    private final Set<String> joins;

    TaskNames(Vocabulary vocabulary) {
        this.joins = Set.copyOf(vocabulary.words("plan.name.joins"));
    }

    /** A name for each source, in order, unique among them. */
    List<Named> name(List<Source> sources) {
        List<String> names = new ArrayList<>();
        for (Source source : sources) {
            names.add(shortName(source.text()));
        }
        List<String> flags = new ArrayList<>(sources.stream().map(s -> "").toList());
        for (int i = 0; i < sources.size(); i++) {
            List<Integer> same = sameAs(names, i);
            if (same.size() > 1) {
                for (int j : same) {
                    String own = shortName(sources.get(j).ownWords());
                    flags.set(j, "与第" + rows(sources, same, j) + "行取自报告同一处(“" + shortName(sources.get(j).text())
                            + "”),名称取自本行原表的说法");
                    names.set(j, own);
                }
            }
        }
        for (int i = 0; i < sources.size(); i++) {
            List<Integer> same = sameAs(names, i);
            if (same.size() > 1) {
                for (int j : same) {
                    flags.set(j, "与第" + rows(sources, same, j) + "行同名,已加行号区分,请改成能区分的说法");
                    names.set(j, names.get(j) + "(第" + sources.get(j).row() + "行)");
                }
            }
        }
        List<Named> named = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            named.add(new Named(names.get(i), flags.get(i)));
        }
        return named;
    }

    /**
     * The first piece of the words (up to the first punctuation mark outside quotes). When longer than {@link #LENGTH}
     * letters it is cut before the last joining word (等, 和 …) within {@link #MAX} letters; else kept whole when at
     * most {@link #MAX} letters; else cut at the last word boundary within {@link #LENGTH} letters where the name ends
     * well: on a word of two or more characters or a closing quote, never inside a word, never on a joining word, its
     * quotes and brackets balanced. Quotes and brackets do not count as letters.
     */
    String shortName(String words) {
        String piece = firstPiece(words.strip());
        if (letters(piece) <= LENGTH) {
            return piece;
        }
        List<Word> tokens = words(piece);
        int join = 0;
        for (Word word : tokens) {
            String before = piece.substring(0, word.start()).strip();
            if (word.start() >= MIN_CUT && letters(before) <= MAX && joins.contains(word.text()) && Quotes.balanced(before)) {
                join = word.start();
            }
        }
        if (join > 0) {
            return withoutTrailingJoins(piece.substring(0, join).strip());
        }
        if (letters(piece) <= MAX) {
            return piece;
        }
        int cut = 0;
        int plain = 0;
        for (Word word : tokens) {
            int end = Quotes.closingAfter(piece, word.end());
            String name = piece.substring(0, end);
            if (letters(name) > LENGTH) {
                break;
            }
            if (!joins.contains(word.text()) && Quotes.balanced(name)) {
                plain = end;
                if (end > word.end() || word.end() - word.start() >= 2) {
                    cut = end;
                }
            }
        }
        int chosen = cut >= MIN_CUT ? cut : plain;
        return chosen > 0 ? withoutTrailingJoins(piece.substring(0, chosen)) : Quotes.balancedPrefix(piece.substring(0,
                piece.offsetByCodePoints(0, LENGTH)));
    }

    /** The words up to the first punctuation mark outside quotes and brackets (all of them when there is none). */
    private static String firstPiece(String words) {
        int depth = 0;
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            depth += Quotes.depthChange(c, depth);
            if (depth == 0 && PUNCTUATION.matcher(String.valueOf(c)).matches() && !words.substring(0, i).isBlank()) {
                return words.substring(0, i).strip();
            }
        }
        return words;
    }

    private String withoutTrailingJoins(String text) {
        String name = text;
        for (Word word = last(name); word != null && joins.contains(word.text()) && word.start() > 0; word = last(name)) {
            name = name.substring(0, word.start()).strip();
        }
        return name;
    }

    /** The letters and digits of {@code text}: quotes, brackets and spaces do not count. */
    static int letters(String text) {
        return (int) text.codePoints().filter(Character::isLetterOrDigit).count();
    }

    private record Word(String text, int start, int end) {
    }

    private static Word last(String text) {
        List<Word> words = words(text);
        return words.isEmpty() ? null : words.get(words.size() - 1);
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        try (TokenStream tokens = WORDS.tokenStream("name", text)) {
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(new Word(text.substring(offset.startOffset(), offset.endOffset()), offset.startOffset(), offset.endOffset()));
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static List<Integer> sameAs(List<String> names, int i) {
        List<Integer> same = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            if (names.get(j).equals(names.get(i))) {
                same.add(j);
            }
        }
        return same;
    }

    private static String rows(List<Source> sources, List<Integer> same, int self) {
        Map<Integer, Integer> others = new LinkedHashMap<>();
        for (int j : same) {
            if (j != self) {
                others.put(j, sources.get(j).row());
            }
        }
        return String.join("、", others.values().stream().map(String::valueOf).toList());
    }
}
