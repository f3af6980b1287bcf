package cn.duban.assistant.importing;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import cn.duban.assistant.files.MalformedFileException;
import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * The terminal commands that bring a report in. {@code extract-targets FILE} prints the targets found in a report
 * as {@code targets.yml} YAML on standard output (nothing else there; messages go to standard error);
 * {@code import-report FILE [--id=ID]} puts the report into {@code knowledge/reports/} and writes
 * {@code knowledge/targets.proposed.yml} for review. Exit codes: 0 done, 1 the file could not be read or imported,
 * 2 wrong usage.
 */
public final class ImportCommands {

    private ImportCommands() {
    }

    /** {@code extract-targets FILE}. */
    public static int extractTargets(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        List<String> files = operands(args);
        if (files.size() != 1) {
            err.println("用法: java -jar duban-assistant.jar extract-targets 报告文件(.txt/.docx/.pdf)");
            return 2;
        }
        try {
            Path file = Path.of(files.get(0));
            ImportedReport imported = ImportedReport.read(file, option(args, "--id=", null));
            List<ProposedTarget> targets = new TargetExtractor(vocabulary(args)).extract(imported.report(), imported.report().id());
            out.print(TargetsYaml.write(targets, file.getFileName().toString(), null));
            err.printf("找到 %d 个量化目标(报告年份 %d)。请逐条核对后再用。%n", targets.size(), imported.report().year());
            return 0;
        } catch (ImportException | MalformedFileException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /** {@code import-report FILE [--id=ID]}. */
    public static int importReport(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        List<String> files = operands(args);
        if (files.size() != 1) {
            err.println("用法: java -jar duban-assistant.jar import-report 报告文件(.txt/.docx/.pdf) [--id=英文编号]");
            return 2;
        }
        Path knowledgeDir = Path.of(option(args, "--assistant.knowledge-dir=", "knowledge"));
        try {
            ReportImport.Result result = new ReportImport(knowledgeDir, vocabulary(args))
                    .run(Path.of(files.get(0)), option(args, "--id=", null));
            out.print(result.checklist());
            return 0;
        } catch (ImportException | MalformedFileException e) {
            err.println("没有导入: " + e.getMessage());
            return 1;
        }
    }

    /**
     * {@code import-plan FILE.xlsx [--report=ID]}: the 分工方案 into {@code knowledge/tasks.proposed.yml}. Exit codes: 0
     * done, 1 the file could not be read or written, 2 wrong usage or a sheet without the 分工方案's headers.
     */
    public static int importPlan(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        List<String> files = operands(args);
        if (files.size() != 1) {
            err.println("用法: java -jar duban-assistant.jar import-plan 分工方案.xlsx [--report=报告编号] [--assistant.knowledge-dir=DIR]");
            return 2;
        }
        Path knowledgeDir = Path.of(option(args, "--assistant.knowledge-dir=", "knowledge"));
        Vocabulary vocabulary = vocabulary(args);
        try {
            PlanLeaders leaders = PlanLeaders.read(Path.of(option(args, "--assistant.roster=", "config/roster.yml")), vocabulary);
            PlanImport.Result result = new PlanImport(knowledgeDir, leaders, vocabulary)
                    .run(Path.of(files.get(0)), option(args, "--report=", null));
            out.print(result.checklist());
            return 0;
        } catch (PlanUsageException e) {
            err.println("没有导入: " + e.getMessage());
            return 2;
        } catch (ImportException | MalformedFileException e) {
            err.println("没有导入: " + e.getMessage());
            return 1;
        }
    }

    /** The vocabulary with the county's overrides in {@code --assistant.config-dir} (default {@code config}). */
    static Vocabulary vocabulary(String[] args) {
        Path config = Path.of(option(args, "--assistant.config-dir=", "config"));
        return Files.isDirectory(config) ? Vocabulary.withOverridesIn(config) : Vocabulary.bundled();
    }

    private static List<String> operands(String[] args) {
        return Arrays.stream(args).filter(arg -> !arg.startsWith("--")).skip(1).toList();
    }

    static String option(String[] args, String prefix, String fallback) {
        return Arrays.stream(args).filter(arg -> arg.startsWith(prefix)).map(arg -> arg.substring(prefix.length()))
                .findFirst().orElse(fallback);
    }
}
