package cn.duban.assistant.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.duban.assistant.knowledge.KnowledgeLoader;
import cn.duban.assistant.knowledge.Report;
import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * The 督查室's import of its 分工方案: reads the spreadsheet, finds each task's words in the report, resolves units,
 * leader and 完成时限, and writes {@code knowledge/tasks.proposed.yml} (an earlier one kept under a dated name) with a
 * checklist of what to review. Nothing is written when the sheet cannot be read or has no headers; {@code tasks.yml}
 * itself is never touched.
 */
final class PlanImport {

    /** What the import did, as the checklist printed for county staff. */
    record Result(Path proposalFile, List<ProposedTask> tasks, List<PlanRow> unmatched, String checklist) {
    }

    private final Path knowledgeDir;
    private final PlanLeaders leaders;
    private final Vocabulary vocabulary;

    PlanImport(Path knowledgeDir, PlanLeaders leaders, Vocabulary vocabulary) {
        this.knowledgeDir = knowledgeDir;
        this.leaders = leaders;
        this.vocabulary = vocabulary;
    }

    /** The plan read and matched against the report, nothing written. */
    record Draft(PlanSheet.Read read, Report report, int reports, List<ProposedTask> tasks, List<PlanRow> unmatched) {
    }

    /** Reads the plan in {@code file} and matches its rows against the report; writes nothing. */
    Draft draft(Path file, String reportId) {
        PlanSheet.Read read = new PlanSheet(vocabulary).read(file);
        List<Report> reports = reports();
        Report report = reports.stream().filter(r -> reportId == null ? reports.size() == 1 : r.id().equals(reportId))
                .findFirst().orElseThrow(() -> new PlanUsageException(reportId == null
                        ? "有多篇报告,请用 --report=编号 指明分工方案对应哪一篇,可选: " + String.join("、", reports.stream().map(Report::id).toList())
                        : "没有报告 " + reportId + ",可选: " + String.join("、", reports.stream().map(Report::id).toList())));
        PlanMatcher matcher = new PlanMatcher(report);
        List<ProposedTask> tasks = new ArrayList<>();
        List<PlanRow> unmatched = new ArrayList<>();
        List<TaskNames.Source> sources = new ArrayList<>();
        for (PlanRow row : read.rows()) {
            matcher.match(row.task()).ifPresentOrElse(match -> {
                tasks.add(task(row, match, report.year()));
                sources.add(new TaskNames.Source(row.number(), match.text(), PlanMatcher.cleaned(row.task())));
            }, () -> unmatched.add(row));
        }
        named(tasks, new TaskNames(vocabulary).name(sources));
        return new Draft(read, report, reports.size(), tasks, unmatched);
    }

    Result run(Path file, String reportId) {
        Draft draft = draft(file, reportId);
        PlanSheet.Read read = draft.read();
        List<ProposedTask> tasks = draft.tasks();
        List<PlanRow> unmatched = draft.unmatched();
        Report report = draft.report();
        int reportCount = draft.reports();
        String origin = file.getFileName() + "(工作表“" + read.sheet() + "”)";
        String yaml = TasksYaml.write(tasks, origin, reportCount > 1 ? report.id() : null, unmatched);
        Path proposal = knowledgeDir.resolve("tasks.proposed.yml");
        Path kept = null;
        try {
            if (Files.exists(proposal)) {
                kept = Backups.freeName(knowledgeDir, "tasks.proposed");
                Files.move(proposal, kept);
            }
            Files.writeString(proposal, yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ImportException("无法写入 " + proposal + "(" + e.getMessage() + ")");
        }
        String checklist = PlanChecklist.of(file, read, report, proposal, tasks, unmatched, leaders);
        if (kept != null) {
            checklist = "上次建议的任务还没核对完? 已另存为 " + kept + "\n" + checklist;
        }
        return new Result(proposal, tasks, unmatched, checklist);
    }

    private ProposedTask task(PlanRow row, PlanMatcher.Match match, int year) {
        Map<String, String> flags = new LinkedHashMap<>();
        if (!match.exact()) {
            flags.put("text", String.format("原表写“%s”,取报告中最相近的原文(相近程度 %.2f)", TasksYaml.oneLine(row.task()), match.score()));
        }
        Pattern separators = vocabulary.pattern("plan.units.separators.pattern");
        List<String> leads = units(row.lead(), separators);
        List<String> partners = new ArrayList<>(leads.isEmpty() ? List.of() : leads.subList(1, leads.size()));
        if (leads.isEmpty()) {
            flags.put("lead", "原表没有牵头单位");
        } else if (leads.size() > 1) {
            flags.put("lead", "原表牵头单位有 " + leads.size() + " 个(" + String.join("、", leads) + "),取第一个,其余列入责任单位");
        }
        for (String unit : units(row.partners(), separators)) {
            if (!partners.contains(unit) && !leads.contains(unit)) {
                partners.add(unit);
            }
        }
        if (leads.size() > 1) {
            flags.put("partners", "含原表的其他牵头单位");
        }
        PlanLeaders.Found leader = leaders.find(row.leader());
        if (!leader.flag().isEmpty()) {
            flags.put("leader", leader.flag());
        }
        PlanDeadline deadline = PlanDeadline.resolve(row.deadline(), row.deadlineDate(), year, vocabulary);
        if (!deadline.flag().isEmpty()) {
            flags.put("deadline", deadline.flag());
        }
        String written = row.deadlineDate() != null ? row.deadlineDate() + "(Excel 日期)" : row.deadline();
        return new ProposedTask(row.number(), "task-" + row.number(), "", match.text(),
                match.sentence().section(), leads.isEmpty() ? "" : leads.get(0), List.copyOf(partners), leader.userId(),
                deadline, written, java.util.Collections.unmodifiableMap(flags));
    }

    /** Each task with its unique name; a name to check is flagged under {@code name}. */
    private static void named(List<ProposedTask> tasks, List<TaskNames.Named> names) {
        for (int i = 0; i < tasks.size(); i++) {
            ProposedTask t = tasks.get(i);
            Map<String, String> flags = new LinkedHashMap<>();
            if (!names.get(i).flag().isEmpty()) {
                flags.put("name", names.get(i).flag());
            }
            flags.putAll(t.flags());
            tasks.set(i, new ProposedTask(t.row(), t.id(), names.get(i).name(), t.text(), t.section(), t.lead(), t.partners(),
                    t.leader(), t.deadline(), t.written(), java.util.Collections.unmodifiableMap(flags)));
        }
    }

    /** The units of a cell; a one-character piece (县 交通运输局, padded) belongs to the unit after it. */
    private static List<String> units(String cell, Pattern separators) {
        List<String> units = new ArrayList<>();
        String pending = "";
        for (String piece : separators.split(cell.strip())) {
            String unit = piece.strip();
            if (unit.codePointCount(0, unit.length()) == 1) {
                pending += unit;
            } else if (!unit.isEmpty()) {
                units.add(pending + unit);
                pending = "";
            }
        }
        if (!pending.isEmpty()) {
            units.add(pending);
        }
        return units.stream().distinct().toList();
    }

    private List<Report> reports() {
        Path folder = knowledgeDir.resolve("reports");
        List<Path> files;
        try (Stream<Path> listed = Files.isDirectory(folder) ? Files.list(folder) : Stream.empty()) {
            files = listed.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new ImportException("无法读取 " + folder + "(" + e.getMessage() + ")");
        }
        if (files.isEmpty()) {
            throw new ImportException(folder + " 中没有报告。请先用 import-report 导入政府工作报告,再导入分工方案");
        }
        return files.stream().map(KnowledgeLoader::loadReport).toList();
    }
}
