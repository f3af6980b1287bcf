package cn.duban.assistant.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.KnowledgeLoader;
import cn.duban.assistant.knowledge.Target;

/**
 * {@code extract-targets FILE} and {@code import-report FILE} as county staff run them: the YAML on standard output
 * is all there is there, and saved as {@code targets.yml} beside its report alone it loads unchanged, for every
 * fragment of another county's report ({@code reports/}, copied from {@code ../shared/reports}).
 */
class ImportCommandsTest {

    static final Path OTHER_COUNTIES = Path.of("src/test/resources/reports");

    @TempDir
    Path dir;

    /** What a command printed and returned. */
    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            int exit = switch (args[0]) {
                case "extract-targets" -> ImportCommands.extractTargets(args);
                case "import-report" -> ImportCommands.importReport(args);
                case "import-plan" -> ImportCommands.importPlan(args);
                default -> throw new IllegalArgumentException(args[0]);
            };
            return new Run(exit, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    static List<Path> otherCountiesReports() throws IOException {
        try (Stream<Path> files = Files.list(OTHER_COUNTIES)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void extractedTargetsLoadUnchangedBesideTheirReportForEveryOtherCounty() throws IOException {
        for (Path file : otherCountiesReports()) {
            Run extracted = run("extract-targets", file.toString());
            assertThat(extracted.exit()).as(extracted.err()).isZero();
            Map<String, Object> yaml = new Yaml().load(extracted.out());
            assertThat(yaml).containsOnlyKeys("targets");
            assertThat(extracted.err()).contains("找到");

            Path knowledge = dir.resolve(file.getFileName().toString().replace(".txt", ""));
            Run imported = run("import-report", file.toString(), "--assistant.knowledge-dir=" + knowledge);
            assertThat(imported.exit()).as(imported.err()).isZero();
            Files.writeString(knowledge.resolve("targets.yml"), extracted.out());

            Knowledge loaded = KnowledgeLoader.load(knowledge);
            List<?> proposed = (List<?>) yaml.get("targets");
            assertThat(loaded.targets()).as(file.toString()).hasSize(proposed.size()).isNotEmpty();
            String text = Files.readString(file);
            for (Target target : loaded.targets()) {
                assertThat(text).contains(target.quote());
                assertThat(target.quote()).contains(target.valueText());
            }
        }
    }

    @Test
    void theProposalWrittenByImportReportLoadsOnceRenamedTargetsYml() throws IOException {
        Path file = OTHER_COUNTIES.resolve("05-zhengding.txt");
        Run imported = run("import-report", file.toString(), "--id=zhengding-2025", "--assistant.knowledge-dir=" + dir);
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("已导入报告", "zhengding-2025.txt", "年份: 2025", "找到 7 个量化目标",
                "地区生产总值增长 6%以上", "原文“固定资产投资增长7%左右”", "重新加载");
        Path proposal = dir.resolve("targets.proposed.yml");
        assertThat(dir.resolve("targets.yml")).doesNotExist();
        assertThat(imported.out()).contains("已把常用简称表复制到");
        assertThat(dir.resolve("vocabulary.yml")).hasSameTextualContentAs(Path.of("knowledge/vocabulary.yml"));
        Files.move(proposal, dir.resolve("targets.yml"));
        Knowledge knowledge = KnowledgeLoader.load(dir);
        assertThat(knowledge.reports()).singleElement().satisfies(report -> {
            assertThat(report.id()).isEqualTo("zhengding-2025");
            assertThat(report.year()).isEqualTo(2025);
            assertThat(report.source()).isEqualTo("http://bx2200.com/baogao/hb/11724_2.html");
        });
        assertThat(knowledge.targets()).extracting(Target::name).contains("地区生产总值增长", "城镇居民人均可支配收入增长",
                "农村居民人均可支配收入增长");
    }

    @Test
    void aSecondReportGetsItsTargetsNamedForItAndASecondImportUnderTheSameIdIsRefused() throws IOException {
        Path first = OTHER_COUNTIES.resolve("04-longyou.txt");
        Path second = OTHER_COUNTIES.resolve("01-huadong9881.txt");
        assertThat(run("import-report", first.toString(), "--id=longyou-2025", "--assistant.knowledge-dir=" + dir).exit()).isZero();
        Files.move(dir.resolve("targets.proposed.yml"), dir.resolve("longyou.yml"));
        Run again = run("import-report", second.toString(), "--id=longyou-2025", "--assistant.knowledge-dir=" + dir);
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("没有导入", "已有", "longyou-2025.txt");
        assertThat(dir.resolve("targets.proposed.yml")).doesNotExist();
        assertThat(Files.readString(dir.resolve("reports/longyou-2025.txt"))).contains("龙游");

        Files.writeString(dir.resolve("targets.proposed.yml"), "# 还没核对完的建议\n");
        Run other = run("import-report", second.toString(), "--id=huadong-2024", "--assistant.knowledge-dir=" + dir);
        assertThat(other.exit()).as(other.err()).isZero();
        assertThat(other.out()).contains("上次建议的目标还没核对完? 已另存为");
        try (Stream<Path> kept = Files.list(dir)) {
            assertThat(kept.filter(p -> p.getFileName().toString().matches("targets\\.proposed\\.[0-9-]+\\.yml")))
                    .singleElement().satisfies(p -> assertThat(Files.readString(p)).contains("还没核对完"));
        }
        assertThat(other.out()).contains("还有 longyou-2025", "report: 字段");
        assertThat(Files.readString(dir.resolve("targets.proposed.yml"))).contains("report: huadong-2024");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(".import-"));
        }
    }

    @Test
    void wrongUsageAndUnreadableFilesAreSaidInChineseAndWriteNothing() throws IOException {
        assertThat(run("extract-targets").exit()).isEqualTo(2);
        assertThat(run("extract-targets").err()).contains("用法");
        Run missing = run("extract-targets", dir.resolve("没有这个文件.txt").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("找不到文件");
        assertThat(missing.out()).isEmpty();

        Path doc = dir.resolve("报告.doc");
        Files.write(doc, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        Path knowledge = dir.resolve("knowledge");
        Run oldWord = run("import-report", doc.toString(), "--assistant.knowledge-dir=" + knowledge);
        assertThat(oldWord.exit()).isEqualTo(1);
        assertThat(oldWord.err()).contains("另存为 .docx");

        Path fakeDocx = dir.resolve("报告.docx");
        Files.writeString(fakeDocx, "这不是 Word 文件");
        Run broken = run("import-report", fakeDocx.toString(), "--assistant.knowledge-dir=" + knowledge);
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.err()).contains("不是有效的 .docx", "另存为 .docx").doesNotContainPattern("Exception|[a-z]{3,} [a-z]{3,}");

        Run badId = run("import-report", OTHER_COUNTIES.resolve("02-shenqiu.txt").toString(), "--id=沈丘",
                "--assistant.knowledge-dir=" + knowledge);
        assertThat(badId.exit()).isEqualTo(1);
        assertThat(badId.err()).contains("小写英文字母");
        assertThat(knowledge).doesNotExist();
    }
}
