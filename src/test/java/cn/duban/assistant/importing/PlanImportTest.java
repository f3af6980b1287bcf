package cn.duban.assistant.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.duban.assistant.importing.ImportCommandsTest.Run;
import cn.duban.assistant.importing.PlanSamples.Formula;
import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.KnowledgeLoader;
import cn.duban.assistant.knowledge.Task;

/**
 * {@code import-plan FILE.xlsx} as a county's 督查室 runs it, on spreadsheets made here with Apache POI and on the
 * shipped sample; the proposal, renamed to {@code tasks.yml}, goes through the real knowledge loader.
 */
class PlanImportTest {

    @TempDir
    Path dir;

    Path knowledge;

    @BeforeEach
    void knowledgeWithTheBundledReport() throws IOException {
        knowledge = dir.resolve("knowledge");
        Files.createDirectories(knowledge.resolve("reports"));
        Files.copy(Path.of("knowledge/reports/qingyun-2023.txt"), knowledge.resolve("reports/qingyun-2023.txt"));
        Files.copy(Path.of("knowledge/targets.yml"), knowledge.resolve("targets.yml"));
    }

    Run importPlan(Path file) {
        return ImportCommandsTest.run("import-plan", file.toString(), "--assistant.knowledge-dir=" + knowledge,
                "--assistant.roster=config/roster.yml");
    }

    Knowledge proposalLoaded() throws IOException {
        Files.move(knowledge.resolve("tasks.proposed.yml"), knowledge.resolve("tasks.yml"));
        Knowledge loaded = KnowledgeLoader.load(knowledge);
        KnowledgeLoader.checkLeaders(knowledge, loaded, Set.of("zhangsan", "wangwu"));
        return loaded;
    }

    @Test
    void theShippedSampleIsWhatTheGeneratorMakesNow() throws IOException {
        try (InputStream in = Files.newInputStream(PlanSamples.SHIPPED); Workbook shipped = WorkbookFactory.create(in);
             Workbook now = PlanSamples.sample()) {
            assertThat(values(shipped)).as("重新生成: PlanSamples.main").isEqualTo(values(now)).hasSize(32);
            assertThat(shipped.getSheetAt(0).getMergedRegions()).isEqualTo(now.getSheetAt(0).getMergedRegions())
                    .extracting(CellRangeAddress::formatAsString).containsExactly("A1:F1");
        }
    }

    private static List<List<String>> values(Workbook workbook) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : workbook.getSheetAt(0)) {
            List<String> cells = new ArrayList<>();
            row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void importingTheShippedSampleProposesEveryTaskOfTasksYml() throws IOException {
        Run run = importPlan(PlanSamples.SHIPPED);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("表头在第2行,共 30 行", "建议任务 30 项", "每一行都在报告中找到了原文", "待核对 2 处",
                "第11行 name: 与第12行同名,已加行号区分", "第12行 name: 与第11行同名,已加行号区分");
        List<Task> bundled = KnowledgeLoader.load(Path.of("knowledge")).tasks();
        List<Task> proposed = proposalLoaded().tasks();
        assertThat(proposed).hasSize(30);
        for (int i = 0; i < bundled.size(); i++) {
            Task want = bundled.get(i);
            assertThat(proposed.get(i)).as(want.id())
                    .returns("task-" + (i + 3), Task::id).returns(want.text(), Task::text).returns(want.lead(), Task::lead)
                    .returns(want.partners(), Task::partners).returns(want.leader(), Task::leader)
                    .returns(want.deadline(), Task::deadline);
            assertThat(want.section()).startsWith(proposed.get(i).section().split(" / ")[0]);
        }
        assertThat(proposed).extracting(Task::name).doesNotHaveDuplicates()
                .contains("加快津潍高铁(第11行)", "加快津潍高铁(第12行)", "统筹抓好“吨半粮”核心示范区", "统筹抓好安置区建设");
    }

    @Test
    void everyNameFromTheShippedSampleEndsBetweenWordsWithItsQuotesBalanced() throws IOException {
        Run run = importPlan(PlanSamples.SHIPPED);
        assertThat(run.exit()).as(run.err()).isZero();

        for (Task task : proposalLoaded().tasks()) {
            String name = task.name().replaceAll("\\(第\\d+行\\)$", "");
            assertThat(Quotes.balanced(name)).as(name).isTrue();
            assertThat(Quotes.endsOpen(name)).as(name).isFalse();
            assertThat(Set.of("等", "和", "及", "与", "以及", "并")).as(name).doesNotContain(lastWord(name));
            if (task.text().startsWith(name) && name.length() < task.text().length()) {
                String text = task.text();
                char next = text.charAt(name.length());
                boolean pieceEnds = "，,、；;：:。".indexOf(next) >= 0;
                boolean joinFollows = Set.of("等", "和", "及", "与", "以及", "并").contains(wordAt(text, name.length()));
                assertThat(wordEnds(text)).as(name + " ends between words of " + text).contains(name.replaceAll("[”’》）)]+$", "").length());
                assertThat(pieceEnds || joinFollows || name.endsWith("”") || lastWord(name).length() >= 2)
                        .as(name + " ends on a word of two characters or more").isTrue();
            }
        }
    }

    /** The end offsets of SmartChineseAnalyzer's words in {@code text}. */
    private static List<Integer> wordEnds(String text) throws IOException {
        List<Integer> ends = new ArrayList<>();
        for (int[] word : words(text)) {
            ends.add(word[1]);
        }
        return ends;
    }

    private static String wordAt(String text, int start) throws IOException {
        for (int[] word : words(text)) {
            if (word[0] == start) {
                return text.substring(word[0], word[1]);
            }
        }
        return "";
    }

    private static String lastWord(String text) throws IOException {
        List<int[]> words = words(text);
        return words.isEmpty() ? "" : text.substring(words.get(words.size() - 1)[0], words.get(words.size() - 1)[1]);
    }

    private static List<int[]> words(String text) throws IOException {
        List<int[]> words = new ArrayList<>();
        try (var analyzer = new org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer();
             var tokens = analyzer.tokenStream("name", text)) {
            var offset = tokens.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(new int[] {offset.startOffset(), offset.endOffset()});
            }
            tokens.end();
        }
        return words;
    }

    @Test
    void tasksFromOneSentenceGetTheirRowsOwnNamesCutBetweenWordsAndFlagged() throws IOException {
        Path file = PlanSamples.write(PlanSamples.sheet("重点任务分工方案", PlanSamples.HEADERS, List.of(
                List.of(1, "加快津潍高铁等重点项目建设", "县交通运输局", "常家镇", "张三", "年底前"),
                List.of(2, "加快庆章高速等重点项目建设", "县交通运输局", "", "张三", "年底前"),
                List.of(3, "规划建设城北城乡融合发展新区", "县自然资源局", "", "张三", "年底前"),
                List.of(4, "加快建设水发渤海国际农产品交易中心", "县商务局", "", "王五", "年底前"),
                List.of(5, "扎实开展全国文明城市、国家园林城市创建", "县城市管理局", "", "王五", "年底前"))),
                dir.resolve("方案.xlsx"));

        Run run = importPlan(file);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("建议任务 5 项", "待核对 5 处",
                "第3行 name: 与第4行取自报告同一处(“加快津潍高铁”),名称取自本行原表的说法",
                "第4行 name: 与第3行取自报告同一处");
        String yaml = Files.readString(knowledge.resolve("tasks.proposed.yml"));
        assertThat(yaml).contains("name: \"加快庆章高速\"    # 待核对: 与第3行取自报告同一处");
        List<Task> tasks = proposalLoaded().tasks();
        assertThat(tasks).extracting(Task::name).containsExactly("加快津潍高铁", "加快庆章高速", "规划建设城北城乡融合发展新区",
                "加快建设水发渤海国际", "扎实开展全国文明城市");
        assertThat(tasks.get(0).text()).isEqualTo(tasks.get(1).text()).isEqualTo("加快津潍高铁、庆章高速等重点项目建设");
    }

    @Test
    void leadersAndUnitsWrittenWithPaddingMatchTheRoster() throws IOException {
        Path file = PlanSamples.write(PlanSamples.sheet("重点任务分工方案", PlanSamples.HEADERS, List.of(
                List.of(1, "实施标志性产业链突破工程", "县工信局  ", "县发展改革局\u3000常家镇", "张 三", "年底前"),
                List.of(2, "深化国资国企改革", "\u3000县财政局\u3000", "", "张\u3000三", "年底前"),
                List.of(3, "制定商贸物流业发展规划", "县 商务局", "", "王五  （督查室）", "年底前"),
                List.of(4, "引进旅游运营管理团队", "县文化和旅游局", "", " 王 五 ", "年底前"))),
                dir.resolve("方案.xlsx"));

        Run run = importPlan(file);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("建议任务 4 项").doesNotContain("不在人员名单");
        List<Task> tasks = proposalLoaded().tasks();
        assertThat(tasks).extracting(Task::leader).containsExactly("zhangsan", "zhangsan", "wangwu", "wangwu");
        assertThat(tasks).extracting(Task::lead).containsExactly("县工信局", "县财政局", "县商务局", "县文化和旅游局");
        assertThat(tasks.get(0).partners()).containsExactly("县发展改革局", "常家镇");
    }

    @Test
    void aRealLookingSheetIsReadWithItsMergedCellsDatesFormulasAndLineBreaks() throws IOException {
        Workbook workbook = PlanSamples.sheet("2023年政府工作报告重点任务分工方案",
                List.of("序号", "重点任务", "牵头单位", "配合单位", "责任领导", "时间节点"), List.of(
                        List.of(1, "实施标志性产业链\n突破工程。", "县工信局", "县发展改革局\n庆云经济开发区管委会", "张三", LocalDate.of(2023, 6, 30)),
                        List.of(new Formula("A3+1"), new Formula("\"加快培育一批\"&\"智能制造示范企业\""), "", "县科技局、县财政局", "王五（督查室）", "长期坚持"),
                        List.of(3, "建设火星探测基地", "县科技局", "", "张三", "2023年12月底前"),
                        List.of("二、在加快新型城镇建设上攻坚突破"),
                        List.of(4, "深入推进国资国企改革工作", "县财政局", "", "赵某某", "三季度末"),
                        List.of(5, "规划建设城北城乡融合发展新区、城南现代生活方式示范区", "县自然资源局、县住房城乡建设局", "渤海路街道", "张三 副县长", "12月底前")));
        PlanSamples.merge(workbook, "C3:C4");
        PlanSamples.merge(workbook, "A6:F6");
        Path file = PlanSamples.write(workbook, dir.resolve("庆云县分工方案.xlsx"));

        Run run = importPlan(file);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("表头在第2行,共 5 行", "建议任务 4 项", "找不到原文、没有写入的 1 行", "第5行 建设火星探测基地",
                "第4行 deadline: 原表写“长期坚持”,没有期限,暂按报告年底 2023-12-31", "第7行 leader: 原表“赵某某”不在人员名单",
                "第7行 text: 原表写“深入推进国资国企改革工作”", "第8行 lead: 原表牵头单位有 2 个");
        String yaml = Files.readString(knowledge.resolve("tasks.proposed.yml"));
        assertThat(yaml).contains("# leader: 待核对: 原表“赵某某”不在人员名单", "#   第5行 建设火星探测基地")
                .doesNotContain("火星探测基地\"");
        List<Task> tasks = proposalLoaded().tasks();
        assertThat(tasks).extracting(Task::id).containsExactly("task-3", "task-4", "task-7", "task-8");
        assertThat(tasks.get(0)).returns("实施标志性产业链突破工程", Task::text).returns("县工信局", Task::lead)
                .returns(List.of("县发展改革局", "庆云经济开发区管委会"), Task::partners).returns("zhangsan", Task::leader)
                .returns(LocalDate.of(2023, 6, 30), Task::deadline);
        assertThat(tasks.get(1)).returns("加快培育一批智能制造示范企业", Task::text).returns("县工信局", Task::lead)
                .returns(List.of("县科技局", "县财政局"), Task::partners).returns("wangwu", Task::leader)
                .returns(LocalDate.of(2023, 12, 31), Task::deadline);
        assertThat(tasks.get(2)).returns("深化国资国企改革", Task::text).returns("", Task::leader)
                .returns(LocalDate.of(2023, 9, 30), Task::deadline);
        assertThat(tasks.get(3)).returns("县自然资源局", Task::lead).returns(List.of("县住房城乡建设局", "渤海路街道"), Task::partners)
                .returns("zhangsan", Task::leader).returns(LocalDate.of(2023, 12, 31), Task::deadline)
                .returns("二、在加快新型城镇建设上攻坚突破", Task::section);
    }

    @Test
    void anOldXlsWorkbookIsReadFromItsSecondSheetWhenTheFirstHasNoHeaders() throws IOException {
        try (Workbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("说明").createRow(0).createCell(0).setCellValue("本表由县政府督查室编制");
            Sheet sheet = workbook.createSheet("任务清单");
            List<String> cells = List.of("序号", "任务内容", "牵头单位", "协办单位", "牵头领导", "完成时间");
            List<String> task = List.of("1", "深化国资国企改革", "县财政局", "", "王五", "2023年6月30日");
            for (int r = 0; r < 2; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue((r == 0 ? cells : task).get(c));
                }
            }
            PlanSamples.write(workbook, dir.resolve("方案.xls"));
        }

        Run run = importPlan(dir.resolve("方案.xls"));

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("工作表“任务清单”:表头在第1行,共 1 行", "建议任务 1 项");
        assertThat(proposalLoaded().tasks()).singleElement().returns("task-2", Task::id).returns("县财政局", Task::lead)
                .returns("wangwu", Task::leader).returns(LocalDate.of(2023, 6, 30), Task::deadline);
    }

    @Test
    void aSheetWithoutTheLeadColumnIsRefusedNamingWhatIsMissingAndWhatWasFound() throws IOException {
        Path file = PlanSamples.write(PlanSamples.sheet("分工方案", List.of("序号", "工作任务", "责任单位", "完成时限"),
                List.of(List.of(1, "实施标志性产业链突破工程", "县工信局", "年底前"))), dir.resolve("方案.xlsx"));

        Run run = importPlan(file);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("没有导入", "缺少: 牵头单位", "找到的表头: 序号、工作任务、责任单位、完成时限");
        assertThat(run.out()).isEmpty();
        assertThat(knowledge.resolve("tasks.proposed.yml")).doesNotExist();
    }

    @Test
    void aFileThatIsNoSpreadsheetIsRefusedWithAChineseMessage() throws IOException {
        Path text = dir.resolve("分工方案.xlsx");
        Files.writeString(text, "序号,工作任务,牵头单位\n1,实施标志性产业链突破工程,县工信局\n", StandardCharsets.UTF_8);
        Path csv = Files.copy(text, dir.resolve("分工方案.csv"));

        Run renamed = importPlan(text);
        Run other = importPlan(csv);

        assertThat(renamed.exit()).isEqualTo(1);
        assertThat(renamed.err()).contains("分工方案.xlsx 不是能读取的 Excel 表格", "另存为 .xlsx");
        assertThat(other.exit()).isEqualTo(1);
        assertThat(other.err()).contains("不支持的文件类型", ".xlsx");
        try (Stream<Path> files = Files.list(knowledge)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("reports", "targets.yml");
        }
    }

    @Test
    void filesThatAreNoWorkbookAreRefusedSayingWhatTheyAreWithoutJavaNames() throws IOException {
        Path text = dir.resolve("方案.xlsx");
        Files.writeString(text, "序号,工作任务,牵头单位\n", StandardCharsets.UTF_8);
        Path empty = Files.createFile(dir.resolve("空.xlsx"));
        Path oldText = dir.resolve("旧表.xls");
        Files.writeString(oldText, "工作任务\t牵头单位\n", StandardCharsets.UTF_8);
        Path zip = dir.resolve("打包.xlsx");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("说明.txt"));
            out.write("不是表格".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Path broken = dir.resolve("坏表.xls");
        try (Workbook workbook = new HSSFWorkbook()) {
            PlanSamples.write(workbook, broken);
        }
        byte[] bytes = Files.readAllBytes(broken);
        Files.write(broken, java.util.Arrays.copyOf(bytes, 600));

        Map<Path, String> expected = new java.util.LinkedHashMap<>();
        expected.put(text, "方案.xlsx 不是能读取的 Excel 表格:它是文本或其他格式的文件,只是扩展名为 .xlsx");
        expected.put(empty, "空.xlsx 不是能读取的 Excel 表格:它是空文件");
        expected.put(oldText, "旧表.xls 不是能读取的 Excel 表格:它是文本或其他格式的文件,只是扩展名为 .xls");
        expected.put(zip, "打包.xlsx 不是能读取的 Excel 表格:它是压缩包");
        expected.put(broken, "坏表.xls 不是能读取的 Excel 表格:它是旧版 Office 格式(.xls)");
        for (Map.Entry<Path, String> file : expected.entrySet()) {
            Run run = importPlan(file.getKey());
            assertThat(run.exit()).as(file.getKey().toString()).isEqualTo(1);
            assertThat(run.err()).contains(file.getValue(), "另存为 .xlsx 再导入")
                    .doesNotContainPattern("[A-Za-z]+(Exception|Error)").doesNotContain("(IO", "Zip", "POI", "OLE2");
        }
        try (Stream<Path> files = Files.list(knowledge)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("reports", "targets.yml");
        }
    }

    @Test
    void anEarlierProposalIsKeptUnderADatedName() throws IOException {
        Files.writeString(knowledge.resolve("tasks.proposed.yml"), "# 还没核对完的任务\n");

        Run run = importPlan(PlanSamples.SHIPPED);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("上次建议的任务还没核对完? 已另存为");
        try (Stream<Path> files = Files.list(knowledge)) {
            Path kept = files.filter(f -> f.getFileName().toString().matches("tasks\\.proposed\\.\\d{8}-\\d{6}\\.yml"))
                    .findFirst().orElseThrow();
            assertThat(kept).hasContent("# 还没核对完的任务");
        }
        assertThat(Files.readString(knowledge.resolve("tasks.proposed.yml"))).contains("task-32");
    }
}
