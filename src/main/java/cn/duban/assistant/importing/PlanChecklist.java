package cn.duban.assistant.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import cn.duban.assistant.knowledge.Report;

/** The checklist {@code import-plan} prints: what was read, what was proposed, what was left out and what to check. */
final class PlanChecklist {

    private PlanChecklist() {
    }

    static String of(Path file, PlanSheet.Read read, Report report, Path proposal, List<ProposedTask> tasks,
                     List<PlanRow> unmatched, PlanLeaders leaders) {
        StringBuilder text = new StringBuilder();
        text.append("已读取 ").append(file.getFileName()).append(" 工作表“").append(read.sheet()).append("”:表头在第")
                .append(read.headerRow()).append("行,共 ").append(read.rows().size()).append(" 行。\n")
                .append("对照报告: ").append(report.id()).append("(").append(report.year()).append("年)。\n")
                .append("建议任务 ").append(tasks.size()).append(" 项,已写入 ").append(proposal)
                .append("(tasks.yml 没有改动)。\n");
        if (!leaders.known()) {
            text.append("注意: 人员名单 ").append(leaders.roster()).append(" 中没有领导,分管领导都没有写入。\n");
        }
        if (unmatched.isEmpty()) {
            text.append("每一行都在报告中找到了原文。\n");
        } else {
            text.append("报告中找不到原文、没有写入的 ").append(unmatched.size()).append(" 行:\n");
            for (PlanRow row : unmatched) {
                text.append("  第").append(row.number()).append("行 ")
                        .append(row.task().isBlank() ? "(没有任务内容)" : TasksYaml.oneLine(row.task())).append('\n');
            }
        }
        long flagged = tasks.stream().mapToLong(task -> task.flags().size()).sum();
        text.append("待核对 ").append(flagged).append(" 处(文件中标有“# 待核对”)").append(flagged == 0 ? "。" : ":").append('\n');
        for (ProposedTask task : tasks) {
            for (Map.Entry<String, String> flag : task.flags().entrySet()) {
                text.append("  第").append(task.row()).append("行 ").append(flag.getKey()).append(": ")
                        .append(TasksYaml.oneLine(flag.getValue())).append('\n');
            }
        }
        return text.append("""
                核对后再用:
                  1. text 是报告原文:相近匹配的几条(待核对)对照分工方案看是不是这项任务;找不到原文的行可照样子补写。
                  2. 牵头单位、责任单位、分管领导(人员名单中的 userid)、完成时限(2023-12-31、2023-06 或 2023)逐条核对。
                  3. name 改成大家口头的说法,可加 aliases;id 可改成好记的英文短名;可补 milestones(节点目标)。
                  4. 改名为 tasks.yml(已有的先备份),发送“重新加载”或重启;有误时助手会指出文件、行和字段。
                """).toString();
    }
}
