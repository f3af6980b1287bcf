package cn.duban.assistant.vocabulary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A key's words by their first character, in the key's order (longest first): finds the word that starts at a place
 * in a text. Most characters of a message start no word of a key; a bit per character class turns them away before
 * any look-up, and the look-up itself is a search in a sorted array, with no boxing of characters.
 */
final class WordIndex {

    /** Bit {@code c & 63} is set when some word starts with a character {@code c}. */
    private final long mask;
    private final char[] firsts;
    private final String[][] words;

    private WordIndex(long mask, char[] firsts, String[][] words) {
        this.mask = mask;
        this.firsts = firsts;
        this.words = words;
    }

    /** The index of these words (empty ones are left out), each first character's words in the given order. */
    static WordIndex of(List<String> words) {
        Map<Character, List<String>> byFirst = new LinkedHashMap<>();
        for (String word : words) {
            if (!word.isEmpty()) {
                byFirst.computeIfAbsent(word.charAt(0), first -> new ArrayList<>()).add(word);
            }
        }
        char[] firsts = new char[byFirst.size()];
        int i = 0;
        for (char first : byFirst.keySet()) {
            firsts[i++] = first;
        }
        Arrays.sort(firsts);
        String[][] grouped = new String[firsts.length][];
        long mask = 0;
        for (int at = 0; at < firsts.length; at++) {
            grouped[at] = byFirst.get(firsts[at]).toArray(String[]::new);
            mask |= 1L << (firsts[at] & 63);
        }
        return new WordIndex(mask, firsts, grouped);
    }

    /** The first of the words (the longest) that starts at {@code at} in the text, or null. */
    String wordAt(String text, int at) {
        char c = text.charAt(at);
        if ((mask & (1L << (c & 63))) == 0) {
            return null;
        }
        int found = Arrays.binarySearch(firsts, c);
        if (found < 0) {
            return null;
        }
        for (String word : words[found]) {
            if (text.startsWith(word, at)) {
                return word;
            }
        }
        return null;
    }
}
