package cn.duban.assistant.roster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.duban.assistant.files.MalformedFileException;
import cn.duban.assistant.files.YamlRecord;
import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.Target;

/**
 * Reads {@code config/roster.yml}; a reporter's targets may be given by id or by name and must exist. A missing file
 * stops startup (nobody could report or receive a digest); an empty one is an empty roster.
 */
public final class RosterLoader {

    private RosterLoader() {
    }

    public static Roster load(Path file, Knowledge knowledge) {
        if (!Files.exists(file)) {
            throw new MalformedFileException(file, 0, null, "找不到人员名单",
                    "请按 README“The roster”一节建立它,或用 assistant.roster 指向已有的名单,然后重新启动。");
        }
        var read = YamlRecord.read(file);
        if (read.isEmpty()) {
            return Roster.empty();
        }
        YamlRecord root = read.get();
        Set<String> userIds = new HashSet<>();
        List<Official> officials = new ArrayList<>();
        if (root.has("officials")) {
            for (YamlRecord entry : root.records("officials")) {
                String userId = userId(entry, userIds);
                officials.add(new Official(userId, entry.optionalText("name", userId), entry.optionalText("title", "")));
            }
        }
        List<Reporter> reporters = new ArrayList<>();
        if (root.has("reporters")) {
            for (YamlRecord entry : root.records("reporters")) {
                String userId = userId(entry, userIds);
                List<String> targetIds = new ArrayList<>();
                for (String named : entry.texts("targets")) {
                    Target target = knowledge.target(named)
                            .or(() -> knowledge.targets().stream().filter(t -> t.names().contains(named)).findFirst())
                            .orElseThrow(() -> entry.problem("targets", "没有这个指标: " + named + "。可用: "
                                    + String.join("、", knowledge.targets().stream().map(Target::id).toList())));
                    targetIds.add(target.id());
                }
                reporters.add(new Reporter(userId, entry.optionalText("name", userId), entry.text("unit"), List.copyOf(targetIds)));
            }
        }
        return new Roster(List.copyOf(officials), List.copyOf(reporters));
    }

    private static String userId(YamlRecord entry, Set<String> seen) {
        String userId = entry.text("userid");
        if (!seen.add(userId)) {
            throw entry.problem("userid", "与前面的人员重复: " + userId);
        }
        return userId;
    }
}
