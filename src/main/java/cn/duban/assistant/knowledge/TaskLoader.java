package cn.duban.assistant.knowledge;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.duban.assistant.files.MalformedFileException;
import cn.duban.assistant.files.YamlRecord;

/**
 * Reads {@code knowledge/tasks.yml}, the tasks (重点任务) of the county's 分工方案, and checks it as strictly as
 * {@link TargetLoader} checks {@code targets.yml}: known fields only, every text standing in its report word for word
 * under the section named, ids unique among tasks and targets, dates readable, no milestone after the deadline. The
 * file is optional: without it there are no tasks. Whether a leader is a roster official is checked by
 * {@link #checkLeaders}, once the roster is loaded.
 */
final class TaskLoader {

    /** The file's name in the knowledge folder. */
    static final String FILE = "tasks.yml";

    /** The fields a task takes (README, and the comments of tasks.yml). */
    /** A unit name holding several units (县发展改革局、常家镇): a list written as one text. */
    private static final java.util.regex.Pattern SEVERAL_UNITS = java.util.regex.Pattern.compile("[、，,;；/\\s]");

    static final List<String> FIELDS = List.of("id", "name", "aliases", "text", "section", "lead", "partners",
            "leader", "deadline", "milestones", "report");

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private TaskLoader() {
    }

    /**
     * The tasks of {@code file}, in file order; none when the file does not exist or is empty.
     *
     * @throws MalformedFileException naming the file, the line and the field of the first problem
     */
    static List<Task> load(Path file, List<Report> reports, List<Target> targets) {
        var read = YamlRecord.read(file);
        if (read.isEmpty()) {
            return List.of();
        }
        YamlRecord root = read.get();
        root.onlyFields(List.of("tasks"));
        Map<String, Report> byId = reports.stream().collect(Collectors.toMap(Report::id, Function.identity()));
        Set<String> targetIds = targets.stream().map(Target::id).collect(Collectors.toSet());
        List<Task> tasks = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlRecord entry : root.records("tasks")) {
            Task task = task(entry, byId, reports);
            if (targetIds.contains(task.id())) {
                throw entry.problem("id", "与 targets.yml 中的目标重复: " + task.id() + "。任务和目标的 id 不能相同");
            }
            if (!ids.add(task.id())) {
                throw entry.problem("id", "与前面的任务重复: " + task.id());
            }
            tasks.add(task);
        }
        return List.copyOf(tasks);
    }

    private static Task task(YamlRecord entry, Map<String, Report> byId, List<Report> reports) {
        entry.onlyFields(FIELDS);
        String id = entry.text("id");
        if (!ID.matcher(id).matches()) {
            throw entry.problem("id", "只能用小写英文字母、数字和连字符,例如 jinwei-railway");
        }
        String name = entry.text("name");
        List<String> aliases = entry.texts("aliases");
        Report report = TargetLoader.report(entry, byId, reports, "任务");
        String text = entry.text("text");
        ReportSentence source = report.sentences().stream()
                .filter(sentence -> sentence.text().contains(text)).findFirst()
                .orElseThrow(() -> entry.problem("text", "在报告 " + report.id() + " 中找不到这段原文,须一字不差"));
        String section = entry.optionalText("section", source.section());
        if (!source.section().equals(section) && !source.section().startsWith(section + " / ")) {
            throw entry.problem("section", "原文所在章节是“" + source.section() + "”");
        }
        String lead = entry.text("lead");
        if (SEVERAL_UNITS.matcher(lead).find()) {
            throw entry.problem("lead", "牵头单位只写一个单位;其他单位写在 partners 列表里,例如 partners: [县发展改革局, 常家镇]");
        }
        List<String> partners = entry.texts("partners");
        if (partners.stream().anyMatch(unit -> SEVERAL_UNITS.matcher(unit).find())) {
            throw entry.problem("partners", "应为列表,每个单位一项,例如 [县发展改革局, 常家镇]");
        }
        String leader = entry.optionalText("leader", "");
        LocalDate deadline = endDate(entry, "deadline");
        List<Task.Milestone> milestones = new ArrayList<>();
        if (entry.has("milestones")) {
            for (YamlRecord step : entry.records("milestones")) {
                step.onlyFields(List.of("date", "due"));
                LocalDate date = endDate(step, "date");
                if (date.isAfter(deadline)) {
                    throw step.problem("date", "节点日期 " + date + " 晚于任务的完成时限 " + deadline);
                }
                milestones.add(new Task.Milestone(date, step.text("due")));
            }
        }
        return new Task(id, name, aliases, text, section, lead, partners, leader, deadline, List.copyOf(milestones),
                report.id());
    }

    /**
     * The last day a date field means: {@code 2023-06-30} that day, {@code 2023-06} the end of June, {@code 2023}
     * December 31.
     *
     * @throws MalformedFileException naming the field when it is none of these
     */
    static LocalDate endDate(YamlRecord entry, String field) {
        String text = entry.text(field);
        try {
            if (DAY.matcher(text).matches()) {
                return LocalDate.parse(text);
            }
            if (MONTH.matcher(text).matches()) {
                return YearMonth.parse(text).atEndOfMonth();
            }
            if (YEAR.matcher(text).matches()) {
                return Year.parse(text).atMonth(12).atEndOfMonth();
            }
        } catch (DateTimeParseException e) {
            // not a real date: refused below
        }
        throw entry.problem(field, "应为日期 2023-12-31、月份 2023-06(当月最后一天)或年份 2023(当年12月31日),现在是“"
                + text + "”");
    }

    /**
     * Checks that every task's leader is an official of the roster ({@code officials}: their UserIDs). Reads the
     * file again only when one is not, to name its line.
     *
     * @throws MalformedFileException naming {@code file}, the line and the field {@code tasks[n].leader}
     */
    static void checkLeaders(Path file, List<Task> tasks, Set<String> officials) {
        if (tasks.stream().filter(Task::hasLeader).allMatch(task -> officials.contains(task.leader()))) {
            return;
        }
        String known = officials.isEmpty() ? "人员名单中没有领导" : "名单中的领导: " + String.join("、", officials);
        String problem = "分管领导应为人员名单 officials 中某位领导的 userid," + known;
        List<YamlRecord> entries = YamlRecord.read(file).map(root -> root.records("tasks")).orElse(List.of());
        for (YamlRecord entry : entries) {
            String leader = entry.optionalText("leader", "");
            if (!leader.isEmpty() && !officials.contains(leader)) {
                throw entry.problem("leader", "“" + leader + "”不在人员名单的领导中。" + problem);
            }
        }
        Task task = tasks.stream().filter(t -> t.hasLeader() && !officials.contains(t.leader())).findFirst().orElseThrow();
        throw new MalformedFileException(file, 0, "leader", "任务 " + task.id() + " 的分管领导“" + task.leader()
                + "”不在人员名单的领导中。" + problem);
    }
}
