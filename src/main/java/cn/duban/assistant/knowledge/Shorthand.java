package cn.duban.assistant.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Officials' shorthand ({@link Synonyms}) as the sentence search uses it: where a question's words hold a word of a
 * group (规上 and 工业增速 in 规上工业增速) and every way of saying it (规模以上, 规上), all
 * {@link Question#normalize normalized}.
 * A sentence holding any of the ways holds that word of the question.
 */
public final class Shorthand {

    /**
     * A group's word found in a text.
     *
     * @param start where it starts in the text
     * @param end   where it ends
     * @param ways  every word of its group, itself included
     */
    public record Said(int start, int end, List<String> ways) {
    }

    private static final Shorthand NONE = new Shorthand(Synonyms.none());

    /** The groups' words by their first character, longest first. */
    private final Map<Character, List<String>> wordsByFirst = new HashMap<>();
    private final Map<String, List<String>> waysOf = new HashMap<>();

    /** The groups' words normalized; a group whose words fold into one (GDP, gdp) is left out. */
    public Shorthand(Synonyms synonyms) {
        for (List<String> group : synonyms.groups()) {
            List<String> ways = group.stream().map(Question::normalize).map(String::strip)
                    .filter(word -> !word.isEmpty()).distinct().toList();
            if (ways.size() < 2) {
                continue;
            }
            for (String word : ways) {
                waysOf.put(word, ways);
                wordsByFirst.computeIfAbsent(word.charAt(0), first -> new ArrayList<>()).add(word);
            }
        }
        wordsByFirst.values().forEach(words -> words.sort(Comparator.comparingInt(String::length).reversed()));
    }

    /** No shorthand: every word means only itself. */
    public static Shorthand none() {
        return NONE;
    }

    /**
     * The group words a normalized text holds, the longest first and never two at one place: in 社会消费品零售总额 only
     * the whole (社零), not 社会消费 inside it, which is another thing; in text order.
     */
    public List<Said> in(String text) {
        if (waysOf.isEmpty()) {
            return List.of();
        }
        List<Said> all = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            for (String word : wordsByFirst.getOrDefault(text.charAt(i), List.of())) {
                if (text.startsWith(word, i)) {
                    all.add(new Said(i, i + word.length(), waysOf.get(word)));
                }
            }
        }
        all.sort(Comparator.comparingInt((Said said) -> said.end() - said.start()).reversed().thenComparingInt(Said::start));
        boolean[] taken = new boolean[text.length()];
        List<Said> found = new ArrayList<>();
        for (Said said : all) {
            boolean free = true;
            for (int i = said.start(); i < said.end() && free; i++) {
                free = !taken[i];
            }
            if (free) {
                Arrays.fill(taken, said.start(), said.end(), true);
                found.add(said);
            }
        }
        found.sort(Comparator.comparingInt(Said::start));
        return found;
    }
}
