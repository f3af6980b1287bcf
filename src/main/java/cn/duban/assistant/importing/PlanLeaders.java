package cn.duban.assistant.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.duban.assistant.files.YamlRecord;
import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * The roster's officials by name ({@code config/roster.yml}, {@code assistant.roster}), for the 分管领导 column: a
 * cell naming an official (张三, 张三副县长) gives that official's userid; names the roster does not have are left
 * out and said.
 */
final class PlanLeaders {

    /**
     * The leader a cell names.
     *
     * @param userId the first official named, or empty
     * @param flag   what a reviewer should check (unknown names, several leaders), or empty
     */
    record Found(String userId, String flag) {
    }

    private final Path roster;
    private final Map<String, String> userIdsByName;
    private final Pattern separators;

    PlanLeaders(Path roster, Map<String, String> userIdsByName, Vocabulary vocabulary) {
        this.roster = roster;
        this.userIdsByName = Map.copyOf(userIdsByName);
        this.separators = vocabulary.pattern("plan.leaders.separators.pattern");
    }

    /** The officials of the roster file; none when it does not exist. */
    static PlanLeaders read(Path roster, Vocabulary vocabulary) {
        Map<String, String> byName = new LinkedHashMap<>();
        if (Files.exists(roster)) {
            var root = YamlRecord.read(roster);
            if (root.isPresent() && root.get().has("officials")) {
                for (YamlRecord official : root.get().records("officials")) {
                    String userId = official.text("userid");
                    byName.putIfAbsent(unspaced(official.optionalText("name", userId)), userId);
                }
            }
        }
        return new PlanLeaders(roster, byName, vocabulary);
    }

    /** A name without any spaces (张 三, 张\u3000三 and 张三 with trailing spaces are 张三). */
    static String unspaced(String name) {
        return name.replaceAll("[\\s\\u3000\\u00a0]+", "");
    }

    /** Whether the roster names any official. */
    boolean known() {
        return !userIdsByName.isEmpty();
    }

    /** The roster file read. */
    Path roster() {
        return roster;
    }

    /** The leader of a 分管领导 cell. */
    Found find(String cell) {
        List<String> found = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String part : separators.split(cell.strip())) {
            String name = unspaced(part.replaceAll("[(（][^)）]*[)）]", ""));
            if (name.isEmpty()) {
                continue;
            }
            List<String> named = userIdsByName.keySet().stream().filter(name::contains).toList();
            if (named.isEmpty()) {
                unknown.add(name);
            }
            named.forEach(n -> found.add(userIdsByName.get(n)));
        }
        List<String> flags = new ArrayList<>();
        if (!unknown.isEmpty()) {
            flags.add("原表“" + String.join("、", unknown) + "”不在人员名单(" + roster + ")的领导中,未写入");
        }
        if (found.size() > 1) {
            flags.add("原表有 " + found.size() + " 位领导,只取第一位");
        }
        return new Found(found.isEmpty() ? "" : found.get(0), String.join(";", flags));
    }
}
