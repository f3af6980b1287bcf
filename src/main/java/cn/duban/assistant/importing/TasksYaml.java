package cn.duban.assistant.importing;

import java.util.List;
import java.util.Map;

import static cn.duban.assistant.importing.TargetsYaml.quoted;

/**
 * Writes proposed tasks in the {@code knowledge/tasks.yml} format (see the comments at the top of that file), each
 * field a reviewer should check followed by {@code # 待核对} and why; rows not found in the report are listed as
 * comments at the end, not as tasks.
 */
final class TasksYaml {

    private TasksYaml() {
    }

    /**
     * The YAML text.
     *
     * @param origin    where the tasks come from (file and sheet)
     * @param reportId  the report each task names in {@code report:}, or null (one report alone)
     * @param unmatched rows whose task the report does not hold
     */
    static String write(List<ProposedTask> tasks, String origin, String reportId, List<PlanRow> unmatched) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("# 从 ").append(origin.replace('\n', ' ')).append(" 导入的重点任务(").append(tasks.size())
                .append(" 项),由 import-plan 生成。id 是分工方案的行号,可改成好记的英文短名;name 取原文第一个分句(最多")
                .append(TaskNames.LENGTH).append("个字,在词语之间截断),请改成大家口头的说法。\n")
                .append("# 标“待核对”的字段请逐一核对;核对完改名为 tasks.yml,发送“重新加载”。字段说明见 knowledge/tasks.yml 开头。\n");
        yaml.append(tasks.isEmpty() ? "tasks: []\n" : "tasks:\n");
        for (ProposedTask task : tasks) {
            Map<String, String> flags = task.flags();
            yaml.append("  - id: ").append(task.id()).append("    # 分工方案第").append(task.row()).append("行\n")
                    .append("    name: ").append(quoted(task.name())).append(flag(flags, "name")).append('\n')
                    .append("    text: ").append(quoted(task.text())).append(flag(flags, "text")).append('\n')
                    .append("    section: ").append(quoted(task.section())).append('\n')
                    .append("    lead: ").append(quoted(task.lead())).append(flag(flags, "lead")).append('\n');
            if (!task.partners().isEmpty() || flags.containsKey("partners")) {
                yaml.append("    partners: [").append(String.join(", ", task.partners().stream().map(TargetsYaml::quoted).toList()))
                        .append(']').append(flag(flags, "partners")).append('\n');
            }
            if (!task.leader().isEmpty()) {
                yaml.append("    leader: ").append(task.leader()).append(flag(flags, "leader")).append('\n');
            } else if (flags.containsKey("leader")) {
                yaml.append("    # leader:").append(flag(flags, "leader").replaceFirst("^ +# ", " ")).append('\n');
            }
            String deadline = task.deadline().readable() ? task.deadline().written() : quoted(task.deadline().written());
            yaml.append("    deadline: ").append(deadline)
                    .append(flags.containsKey("deadline") ? flag(flags, "deadline") : "    # 原表: " + oneLine(task.written()))
                    .append('\n');
            if (reportId != null) {
                yaml.append("    report: ").append(reportId).append('\n');
            }
            yaml.append('\n');
        }
        if (!unmatched.isEmpty()) {
            yaml.append("# 以下各行的任务在报告中找不到原文,没有写入(核对后可照上面的样子补写,text 须与报告一字不差):\n");
            for (PlanRow row : unmatched) {
                yaml.append("#   第").append(row.number()).append("行 ").append(oneLine(row.task()))
                        .append(" | 牵头单位: ").append(oneLine(row.lead())).append('\n');
            }
        }
        return yaml.toString();
    }

    private static String flag(Map<String, String> flags, String field) {
        String why = flags.get(field);
        return why == null ? "" : "    # 待核对: " + oneLine(why);
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s*\\n\\s*", " ").strip();
    }
}
