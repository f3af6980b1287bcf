package cn.duban.assistant.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.duban.assistant.knowledge.KnowledgeLoader;
import cn.duban.assistant.knowledge.Report;
import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * County staff's import of a report: writes {@code knowledge/reports/<id>.txt} with its front matter (the guessed
 * title, year, county and speaker marked for checking) and {@code knowledge/targets.proposed.yml}, and says what to
 * check. Nothing is written when the report cannot be read, the id is taken, or the written report would not load;
 * {@code targets.yml} itself is never touched: staff move the targets they confirm into it.
 */
final class ReportImport {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** What the import did, as the checklist printed for county staff. */
    record Result(Path reportFile, Path proposalFile, List<ProposedTarget> targets, String checklist) {
    }

    private final Path knowledgeDir;
    private final Vocabulary vocabulary;

    ReportImport(Path knowledgeDir, Vocabulary vocabulary) {
        this.knowledgeDir = knowledgeDir;
        this.vocabulary = vocabulary;
    }

    Result run(Path file, String id) {
        if (id != null && !ID.matcher(id).matches()) {
            throw new ImportException("编号 --id=" + id + " 只能用小写英文字母、数字和连字符,例如 zhengding-2025");
        }
        ImportedReport imported = ImportedReport.read(file, id);
        Report read = imported.report();
        Path reports = knowledgeDir.resolve("reports");
        Path reportFile = reports.resolve(read.id() + ".txt");
        if (Files.exists(reportFile)) {
            throw new ImportException("已有 " + reportFile + "。换一个编号(--id=…)再导入,或先删去旧文件");
        }
        List<String> others = otherReports(reports);
        try {
            Files.createDirectories(reports);
            Path scratch = Files.createTempDirectory(knowledgeDir, ".import-");
            Path draft = scratch.resolve(reportFile.getFileName());
            try {
                Files.writeString(draft, reportFile(imported, file), StandardCharsets.UTF_8);
                Report report = KnowledgeLoader.loadReport(draft);
                List<ProposedTarget> targets = new TargetExtractor(vocabulary).extract(report, read.id());
                Path proposal = knowledgeDir.resolve("targets.proposed.yml");
                Path kept = null;
                if (Files.exists(proposal)) {
                    kept = Backups.freeName(knowledgeDir, "targets.proposed");
                    Files.move(proposal, kept);
                }
                Files.writeString(proposal, TargetsYaml.write(targets, reportFile.getFileName().toString(),
                        others.isEmpty() ? null : read.id()), StandardCharsets.UTF_8);
                Files.move(draft, reportFile, StandardCopyOption.ATOMIC_MOVE);
                String checklist = ImportChecklist.of(report, imported.facts() != null, reportFile, proposal, targets, others)
                        + withShorthand();
                if (kept != null) {
                    checklist = "上次建议的目标还没核对完? 已另存为 " + kept + "\n" + checklist;
                }
                return new Result(reportFile, proposal, targets, checklist);
            } finally {
                Files.deleteIfExists(draft);
                Files.deleteIfExists(scratch);
            }
        } catch (IOException e) {
            throw new ImportException("无法写入 " + knowledgeDir + "(" + e.getMessage() + ")");
        }
    }

    /**
     * A new knowledge folder gets the shipped shorthand ({@code knowledge/vocabulary.yml} of the folder the command runs
     * in): without it 固投, 社零 and GDP are not understood. Says what was done, or nothing.
     */
    private String withShorthand() throws IOException {
        Path shorthand = knowledgeDir.resolve("vocabulary.yml");
        Path shipped = Path.of("knowledge", "vocabulary.yml");
        if (Files.exists(shorthand)) {
            return "";
        }
        if (Files.exists(shipped)) {
            Files.copy(shipped, shorthand);
            return "已把常用简称表复制到 " + shorthand + "(固投、社零、GDP 等,可增删)。\n";
        }
        return "注意: " + shorthand + " 不存在,助手将不认识固投、社零、GDP 等简称;请从发布包的 knowledge/vocabulary.yml 复制一份。\n";
    }

    private static List<String> otherReports(Path reports) {
        if (!Files.isDirectory(reports)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(reports)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        } catch (IOException e) {
            throw new ImportException("无法读取 " + reports + "(" + e.getMessage() + ")");
        }
    }

    /** The report file: front matter (guesses marked 待核对), then the text as read. */
    private static String reportFile(ImportedReport imported, Path file) throws IOException {
        Report report = imported.report();
        if (imported.facts() == null) {
            return ReportFiles.plainText(Files.readAllBytes(file));
        }
        String body = imported.facts().body();
        return "---\n"
                + "# 报告信息(县政府办维护),由 import-report 从 " + file.getFileName() + " 导入。标“待核对”的是猜的,核对后可删去该注释。\n"
                + "title: " + TargetsYaml.quoted(report.title()) + "    # 待核对\n"
                + "speaker: " + TargetsYaml.quoted(report.speaker()) + "    # 待核对\n"
                + "county: " + TargetsYaml.quoted(report.county()) + "    # 待核对\n"
                + "year: " + report.year() + "    # 待核对:报告部署哪一年的工作\n"
                + "source: " + TargetsYaml.quoted(report.source()) + "\n"
                + "---\n"
                + body.strip() + "\n";
    }
}
