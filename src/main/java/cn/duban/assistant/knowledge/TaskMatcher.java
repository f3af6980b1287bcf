package cn.duban.assistant.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the tasks (重点任务) a message is about: by a name or alias written in it (the longest first, and not inside
 * a unit's name: 开发区 in 庆云经济开发区管委会 is the unit), else by the share of the message's bigrams its name,
 * aliases and text hold. Several tasks about equally near are all returned, for the caller to ask which.
 */
public final class TaskMatcher {

    /** The share of a message's bigrams a task must hold to be found by its words. */
    private static final double ENOUGH = 0.6;
    /** Tasks within this share of the best are about equally near. */
    private static final double TIE = 0.1;
    /** At most this many tasks are offered to choose from. */
    private static final int FEW = 5;
    /** How many of a thread's latest texts {@link #named} remembers. */
    private static final int RECENT_TEXTS = 8;

    private final List<Task> tasks;
    private final List<String> units;
    /** Each task's names and aliases, normalized once here: every message is read against all of them. */
    private final List<List<String>> foldedNames;
    /** The bigrams of each task's names, aliases and text, for {@link #nearest}. */
    private final List<Set<String>> ownBigrams;

    /** A matcher of these tasks; {@code units} are names of units, not to be read as tasks. */
    public TaskMatcher(List<Task> tasks, Set<String> units) {
        this.tasks = tasks;
        Set<String> all = new LinkedHashSet<>(units);
        tasks.forEach(task -> {
            all.add(task.lead());
            all.addAll(task.partners());
        });
        this.units = all.stream().map(Question::normalize).sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.foldedNames = tasks.stream().map(task -> task.names().stream().map(Question::normalize).toList()).toList();
        this.ownBigrams = tasks.stream()
                .map(task -> bigrams(Question.normalize(String.join(" ", task.names()) + " " + task.text()))).toList();
    }

    /** A task named, and where: {@code start}/{@code end} in the normalized text. */
    public record Named(Task task, String name, int start, int end) {
    }

    /**
     * The latest texts this thread looked for names in, with what it found: reading one message looks at the same
     * text (or clause) several times.
     */
    private final ThreadLocal<Map<String, List<Named>>> recent = ThreadLocal.withInitial(() -> new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Named>> eldest) {
            return size() > RECENT_TEXTS;
        }
    });

    /** The tasks whose name or alias the (normalized) text holds, longest names first, without overlaps. */
    public List<Named> named(String text) {
        Map<String, List<Named>> seen = recent.get();
        List<Named> found = seen.get(text);
        if (found == null) {
            found = List.copyOf(find(text));
            seen.put(text, found);
        }
        return found;
    }

    private List<Named> find(String text) {
        String rest = withoutUnits(text);
        int[] pairs = pairKeys(rest);
        List<Named> found = new ArrayList<>();
        List<Named> candidates = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            Task task = tasks.get(i);
            for (String folded : foldedNames.get(i)) {
                if (!mayHold(pairs, folded)) {
                    continue;
                }
                for (int at = rest.indexOf(folded); at >= 0 && !folded.isEmpty(); at = rest.indexOf(folded, at + 1)) {
                    candidates.add(new Named(task, folded, at, at + folded.length()));
                }
            }
        }
        candidates.sort(Comparator.comparingInt((Named n) -> n.name().length()).reversed().thenComparingInt(Named::start));
        for (Named candidate : candidates) {
            if (found.stream().noneMatch(n -> n.start() < candidate.end() && candidate.start() < n.end())) {
                found.add(candidate);
            }
        }
        found.sort(Comparator.comparingInt(Named::start));
        return found;
    }

    /** The distinct tasks named in the text, in the order they are written. */
    public List<Task> tasksNamed(String text) {
        return named(text).stream().map(Named::task).distinct().toList();
    }

    /**
     * The tasks nearest the words of a question (already without question words): those named; else those whose
     * name, aliases and text hold enough of its bigrams, the best and any about as near; empty when none is near.
     */
    public List<Task> nearest(String words) {
        List<Task> named = tasksNamed(words);
        if (!named.isEmpty()) {
            return named;
        }
        Set<String> asked = bigrams(withoutUnits(words));
        if (asked.size() < 2) {
            return holding(withoutUnits(words));
        }
        double best = 0;
        List<double[]> scores = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            Set<String> own = ownBigrams.get(i);
            long shared = asked.stream().filter(own::contains).count();
            double score = shared < 2 ? 0 : (double) shared / asked.size();
            scores.add(new double[] {i, score});
            best = Math.max(best, score);
        }
        if (best < ENOUGH) {
            return List.of();
        }
        double top = best;
        return scores.stream().filter(s -> s[1] >= top - TIE).sorted(Comparator.comparingDouble(s -> -s[1]))
                .map(s -> tasks.get((int) s[0])).toList();
    }

    /**
     * For a question of one short word (高铁进展): the tasks whose name, aliases or text hold that word, when they are
     * a few ({@link #FEW}); none otherwise (建设 is in too many to ask which).
     */
    private List<Task> holding(String words) {
        StringBuilder word = new StringBuilder();
        words.codePoints().filter(Character::isIdeographic).forEach(word::appendCodePoint);
        if (word.length() < 2) {
            return List.of();
        }
        String folded = Question.normalize(word.toString());
        List<Task> found = tasks.stream().filter(task -> Question.normalize(String.join(" ", task.names()) + " " + task.text())
                .contains(folded)).toList();
        return found.size() <= FEW ? found : List.of();
    }

    /**
     * The tasks nearest words that name no task, to suggest (督办 高速公路建设 → 庆章高速建设): those sharing the most
     * bigrams with the words, at least two, at most {@link #FEW}; none when no task shares two.
     */
    public List<Task> suggest(String words) {
        Set<String> asked = bigrams(withoutUnits(Question.normalize(words)));
        long best = 2;
        List<Task> found = new ArrayList<>();
        for (Task task : tasks) {
            Set<String> own = bigrams(Question.normalize(String.join(" ", task.names()) + " " + task.text()));
            long shared = asked.stream().filter(own::contains).count();
            if (shared > best) {
                best = shared;
                found.clear();
            }
            if (shared == best) {
                found.add(task);
            }
        }
        return found.size() <= FEW ? List.copyOf(found) : List.of();
    }

    /** The text with every unit's name blanked out. */
    private String withoutUnits(String text) {
        String rest = text;
        int[] pairs = pairKeys(text);
        for (String unit : units) {
            // blanking a unit out makes no new pair a unit can start with: only pairs with a space
            boolean skip = unit.length() >= 2 && unit.charAt(0) != ' ' && unit.charAt(1) != ' ' && !mayHold(pairs, unit);
            if (!skip && !unit.isEmpty() && rest.contains(unit)) {
                rest = rest.replace(unit, " ".repeat(unit.length()));
            }
        }
        return rest;
    }

    /**
     * The text's adjacent characters as sorted keys: a name can be in the text only if its first two characters are
     * one of them, which spares looking for the others (every message is read against every name).
     */
    private static int[] pairKeys(String text) {
        int[] keys = new int[Math.max(0, text.length() - 1)];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = text.charAt(i) << 16 | text.charAt(i + 1);
        }
        java.util.Arrays.sort(keys);
        return keys;
    }

    /** Whether a text with these {@link #pairKeys} may hold the name. */
    private static boolean mayHold(int[] pairs, String name) {
        return name.length() < 2 || java.util.Arrays.binarySearch(pairs, name.charAt(0) << 16 | name.charAt(1)) >= 0;
    }

    /** The pairs of adjacent ideographs. */
    static Set<String> bigrams(String text) {
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isIdeographic(text.charAt(i)) && Character.isIdeographic(text.charAt(i + 1))) {
                pairs.add(text.substring(i, i + 2));
            }
        }
        return pairs;
    }
}
