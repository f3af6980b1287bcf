package cn.duban.assistant.importing;

import static cn.duban.assistant.importing.TargetsYaml.quoted;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.duban.assistant.knowledge.Task;

/**
 * {@code knowledge/tasks.yml} written whole from tasks (the workbench's import of a 分工方案): the file in use kept
 * beside it under a dated name ({@code tasks.20230703-101500.yml}), the new one written to a temporary file and
 * moved into place, so that the file is never half-written.
 */
public final class TasksFile {

    private TasksFile() {
    }

    /** The task a row proposes: a task in use ({@code before}) keeps its id, name, aliases and milestones. */
    static Task task(ProposedTask proposed, Task before, String reportId) {
        LocalDate deadline = deadline(proposed.deadline());
        if (before == null) {
            return new Task(proposed.id(), proposed.name(), List.of(), proposed.text(), proposed.section(), proposed.lead(),
                    proposed.partners(), proposed.leader(), deadline, List.of(), reportId);
        }
        return new Task(before.id(), before.name(), before.aliases(), before.text(), proposed.section(), proposed.lead(),
                proposed.partners(), proposed.leader(), deadline, before.milestones(), before.reportId());
    }

    /** The fields in which two versions of a task differ. */
    static List<String> differences(Task before, Task after) {
        List<String> fields = new ArrayList<>();
        if (!before.section().equals(after.section())) {
            fields.add("section");
        }
        if (!before.lead().equals(after.lead())) {
            fields.add("lead");
        }
        if (!before.partners().equals(after.partners())) {
            fields.add("partners");
        }
        if (!before.leader().equals(after.leader())) {
            fields.add("leader");
        }
        if (!Objects.equals(before.deadline(), after.deadline())) {
            fields.add("deadline");
        }
        return fields;
    }

    /** The YAML of these tasks, in the form {@code TaskLoader} reads. */
    public static String yaml(List<Task> tasks, String origin) {
        StringBuilder yaml = new StringBuilder("# 由工作台从 " + origin.replace('\n', ' ') + " 导入(" + tasks.size()
                + " 项);原来的文件另存为 tasks.<日期>.yml。字段说明见 knowledge/tasks.yml 的备份开头。\n");
        yaml.append(tasks.isEmpty() ? "tasks: []\n" : "tasks:\n");
        for (Task task : tasks) {
            yaml.append("  - id: ").append(task.id()).append('\n')
                    .append("    name: ").append(quoted(task.name())).append('\n');
            if (!task.aliases().isEmpty()) {
                yaml.append("    aliases: ").append(list(task.aliases())).append('\n');
            }
            yaml.append("    text: ").append(quoted(task.text())).append('\n')
                    .append("    section: ").append(quoted(task.section())).append('\n')
                    .append("    lead: ").append(quoted(task.lead())).append('\n');
            if (!task.partners().isEmpty()) {
                yaml.append("    partners: ").append(list(task.partners())).append('\n');
            }
            if (!task.leader().isEmpty()) {
                yaml.append("    leader: ").append(task.leader()).append('\n');
            }
            yaml.append("    deadline: ").append(task.deadline()).append('\n');
            if (!task.milestones().isEmpty()) {
                yaml.append("    milestones:\n");
                task.milestones().forEach(m -> yaml.append("      - {date: ").append(m.date()).append(", due: ")
                        .append(quoted(m.due())).append("}\n"));
            }
            yaml.append("    report: ").append(task.reportId()).append("\n\n");
        }
        return yaml.toString();
    }

    /**
     * Writes {@code yaml} as {@code knowledgeDir/tasks.yml}, the file in use kept as {@code tasks.<date-time>.yml}.
     *
     * @return the backup, or null when there was no tasks.yml
     * @throws ImportException when the files cannot be written (nothing changed)
     */
    public static Path write(Path knowledgeDir, String yaml) {
        Path file = knowledgeDir.resolve("tasks.yml");
        Path backup = null;
        try {
            Path temporary = Files.createTempFile(knowledgeDir, ".tasks-", ".tmp");
            Files.writeString(temporary, yaml, StandardCharsets.UTF_8);
            if (Files.exists(file)) {
                backup = Backups.freeName(knowledgeDir, "tasks");
                Files.copy(file, backup, StandardCopyOption.COPY_ATTRIBUTES);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return backup;
        } catch (IOException e) {
            throw new ImportException("无法写入 " + file + "(" + e.getMessage() + ")");
        }
    }

    /** Puts a backup back as {@code tasks.yml} (the new file did not load). */
    public static void restore(Path knowledgeDir, Path backup) {
        try {
            Files.copy(backup, knowledgeDir.resolve("tasks.yml"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ImportException("无法恢复 " + backup + "(" + e.getMessage() + ")");
        }
    }

    private static String list(List<String> items) {
        return "[" + String.join(", ", items.stream().map(TargetsYaml::quoted).toList()) + "]";
    }

    /** The last day of a deadline written as a day, a month or a year; null when unreadable. */
    private static LocalDate deadline(PlanDeadline deadline) {
        String written = deadline.written();
        if (!deadline.readable()) {
            return null;
        }
        return switch (written.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(written), 12, 31);
            case 7 -> YearMonth.parse(written).atEndOfMonth();
            default -> LocalDate.parse(written);
        };
    }
}
