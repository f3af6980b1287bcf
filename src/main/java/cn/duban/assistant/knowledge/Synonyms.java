package cn.duban.assistant.knowledge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.duban.assistant.files.MalformedFileException;
import cn.duban.assistant.files.YamlRecord;

/**
 * The shorthand county officials use for the same indicator ({@code knowledge/vocabulary.yml}: groups such as
 * 固定资产投资、固投 or 规模以上、规上), so that a target named 固定资产投资增长 is also found as 固投增速. Each group is
 * one line of words separated by 、; a word belongs to one group only.
 *
 * @param groups the groups, in file order, each with two or more words
 */
public record Synonyms(List<List<String>> groups) {

    /** Variants of a name beyond this many are not kept (every combination of the groups a name holds). */
    private static final int MOST_VARIANTS = 24;

    public static Synonyms none() {
        return new Synonyms(List.of());
    }

    /**
     * Reads {@code vocabulary.yml}; none when the file does not exist.
     *
     * @throws MalformedFileException naming the file, line and group when a group has one word or a word is in two
     */
    public static Synonyms load(Path file) {
        var read = YamlRecord.read(file);
        if (read.isEmpty()) {
            return none();
        }
        YamlRecord root = read.get();
        root.onlyFields(List.of("groups"));
        List<List<String>> groups = new ArrayList<>();
        Map<String, Integer> groupOf = new HashMap<>();
        List<String> lines = root.texts("groups");
        for (int i = 0; i < lines.size(); i++) {
            List<String> words = List.of(lines.get(i).split("[、,，]")).stream().map(String::strip).filter(w -> !w.isEmpty())
                    .distinct().toList();
            if (words.size() < 2) {
                throw root.problem("groups", "第" + (i + 1) + "组“" + lines.get(i) + "”只有一种说法,每组至少两种,用顿号“、”分开");
            }
            for (String word : words) {
                Integer earlier = groupOf.putIfAbsent(word, i + 1);
                if (earlier != null) {
                    throw root.problem("groups", "“" + word + "”同时在第" + earlier + "组和第" + (i + 1) + "组,一个说法只能在一组里");
                }
            }
            groups.add(words);
        }
        return new Synonyms(List.copyOf(groups));
    }

    /**
     * The targets with their names said the other ways too: each name and alias with every group member it holds
     * replaced by the group's other members (the longest member where one holds another), leaving out a variant
     * that is another target's name.
     */
    public List<Target> widen(List<Target> targets) {
        if (groups.isEmpty()) {
            return targets;
        }
        Set<String> taken = new LinkedHashSet<>();
        targets.forEach(target -> taken.addAll(target.names()));
        List<Target> widened = new ArrayList<>();
        for (Target target : targets) {
            Set<String> names = new LinkedHashSet<>(target.aliases());
            for (String name : target.names()) {
                for (String variant : variants(name)) {
                    if (!taken.contains(variant) || target.names().contains(variant)) {
                        names.add(variant);
                    }
                }
            }
            names.remove(target.name());
            widened.add(new Target(target.id(), target.name(), List.copyOf(names), target.value(), target.unit(),
                    target.comparison(), target.aggregation(), target.section(), target.quote(), target.owner(),
                    target.periodStart(), target.periodEnd(), target.reportId()));
        }
        return List.copyOf(widened);
    }

    /** The name said every way the groups allow, itself first. */
    List<String> variants(String name) {
        Set<String> variants = new LinkedHashSet<>(List.of(name));
        for (List<String> group : groups) {
            List<String> next = new ArrayList<>(variants);
            for (String current : variants) {
                group.stream().filter(current::contains).max(Comparator.comparingInt(String::length)).ifPresent(held -> {
                    for (String other : group) {
                        if (!other.equals(held) && next.size() < MOST_VARIANTS) {
                            next.add(current.replace(held, other));
                        }
                    }
                });
            }
            variants = new LinkedHashSet<>(next);
        }
        return List.copyOf(variants);
    }
}
