package cn.duban.assistant.vocabulary;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import cn.duban.assistant.files.MalformedFileException;
import cn.duban.assistant.files.PropertiesFiles;

/**
 * The words and patterns that trigger the assistant's readings, one resource beside {@code replies.properties}:
 * {@code vocabulary.properties} in the jar, each key replaceable in {@code <configDir>/vocabulary.properties}.
 * A plain key holds words separated by 、 (or commas); a key ending in {@code .pattern} holds a Java regular
 * expression. Words are folded as messages are (NFKC, lower case) before use.
 */
public final class Vocabulary {

    private static final String RESOURCE = "/vocabulary.properties";
    private static final Pattern SEPARATORS = Pattern.compile("[、,，]");
    private static volatile Vocabulary bundled;

    private final Properties entries;
    private final Path overrideFile;
    private final Map<String, List<String>> words = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> sets = new ConcurrentHashMap<>();
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();
    private final Map<String, WordIndex> byFirstCharacter = new ConcurrentHashMap<>();

    private Vocabulary(Properties entries, Path overrideFile) {
        this.entries = entries;
        this.overrideFile = overrideFile;
    }

    /** The bundled vocabulary alone. */
    public static Vocabulary bundled() {
        if (bundled == null) {
            bundled = new Vocabulary(PropertiesFiles.bundled(RESOURCE), null);
        }
        return bundled;
    }

    /**
     * The bundled vocabulary with the keys of {@code <configDir>/vocabulary.properties} (UTF-8) replacing its own.
     *
     * @throws MalformedFileException when the override file cannot be read or names a key the assistant does not know
     */
    public static Vocabulary withOverridesIn(Path configDir) {
        Path file = configDir.resolve("vocabulary.properties");
        Vocabulary vocabulary = new Vocabulary(PropertiesFiles.withOverrides(PropertiesFiles.bundled(RESOURCE), file), file);
        vocabulary.checkPatterns();
        return vocabulary;
    }

    private void checkPatterns() {
        for (String key : entries.stringPropertyNames()) {
            if (key.endsWith(".pattern")) {
                pattern(key);
            }
        }
    }

    /** The words of a key, folded, longest first (so that replacing them never leaves a shorter one's remains). */
    public List<String> words(String key) {
        return words.computeIfAbsent(key, k -> Arrays.stream(SEPARATORS.split(raw(k)))
                .map(String::strip).filter(word -> !word.isEmpty()).map(Vocabulary::fold).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList());
    }

    /** The words of a key as a set, for whole-message comparisons. */
    public Set<String> set(String key) {
        return sets.computeIfAbsent(key, k -> Set.copyOf(words(k)));
    }

    /**
     * The pattern of a key: the regular expression of a {@code .pattern} key, or any of a word key's words.
     *
     * @throws MalformedFileException when an overridden pattern is not a valid regular expression
     */
    public Pattern pattern(String key) {
        return patterns.computeIfAbsent(key, k -> {
            if (!k.endsWith(".pattern")) {
                return Pattern.compile(words(k).stream().map(Pattern::quote).collect(Collectors.joining("|")));
            }
            try {
                return Pattern.compile(raw(k));
            } catch (PatternSyntaxException e) {
                throw new MalformedFileException(overrideFile == null ? Path.of(RESOURCE.substring(1)) : overrideFile, 0, k,
                        "不是有效的正则表达式(" + e.getDescription() + ")");
            }
        });
    }

    /**
     * Where the key's pattern first matches the text, its first group that matched (the whole match when it has
     * none), stripped; empty when it does not match. For patterns with alternatives each naming what is wanted in a
     * group of its own ({@code owner.pattern}: (牵头单位:县人社局) or 由县发改局牵头).
     */
    public String firstGroup(String key, String text) {
        java.util.regex.Matcher found = pattern(key).matcher(text);
        if (!found.find()) {
            return "";
        }
        for (int group = 1; group <= found.groupCount(); group++) {
            if (found.group(group) != null) {
                return found.group(group).strip();
            }
        }
        return found.group().strip();
    }

    /** Whether the text holds any word of the key (or matches its pattern). */
    public boolean foundIn(String key, String text) {
        if (key.endsWith(".pattern")) {
            return pattern(key).matcher(text).find();
        }
        WordIndex index = index(key);
        for (int i = 0; i < text.length(); i++) {
            if (index.wordAt(text, i) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the key's words stand in the text, as {start, end} pairs in order (at each place the longest word), or
     * where its pattern matches.
     */
    public List<int[]> spans(String key, String text) {
        List<int[]> spans = new ArrayList<>();
        if (key.endsWith(".pattern")) {
            var matcher = pattern(key).matcher(text);
            while (matcher.find()) {
                spans.add(new int[] {matcher.start(), matcher.end()});
            }
            return spans;
        }
        WordIndex index = index(key);
        int i = 0;
        while (i < text.length()) {
            String found = index.wordAt(text, i);
            if (found == null) {
                i++;
            } else {
                spans.add(new int[] {i, i + found.length()});
                i += found.length();
            }
        }
        return spans;
    }

    /** The words of a key by their first character, longest first. */
    private WordIndex index(String key) {
        return byFirstCharacter.computeIfAbsent(key, k -> WordIndex.of(words(k)));
    }

    /** The text with every word of the key replaced by a space, longest words first at each place. */
    public String without(String key, String text) {
        WordIndex index = index(key);
        StringBuilder rest = null;
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            String found = index.wordAt(text, i);
            if (found == null) {
                i++;
                continue;
            }
            rest = rest == null ? new StringBuilder(text.length()) : rest;
            rest.append(text, copied, i).append(' ');
            i += found.length();
            copied = i;
        }
        return rest == null ? text : rest.append(text, copied, text.length()).toString();
    }

    /** The text as the vocabulary's words are kept: NFKC (full width to half width), lower case. */
    public static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private String raw(String key) {
        String value = entries.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("vocabulary.properties has no key " + key);
        }
        return value;
    }
}
