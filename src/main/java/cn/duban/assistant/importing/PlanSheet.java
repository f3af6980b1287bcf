package cn.duban.assistant.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * Reads a 分工方案 spreadsheet ({@code .xlsx}, or {@code .xls}) with Apache POI: the first sheet whose header row
 * (within its first rows, below any title) names a task column and 牵头单位, then every row below it. A cell merged
 * over several rows counts on each of them; a row merged across the task and lead columns is a sub-heading and
 * skipped.
 */
final class PlanSheet {

    /** The columns, each named by a {@code plan.header.*} key of {@code vocabulary.properties}. */
    static final List<String> COLUMNS = List.of("number", "task", "lead", "partners", "leader", "deadline");

    private static final int HEADER_SEARCH_ROWS = 30;

    /** What was read: the sheet's name, its header row (1-based), the rows with content and each column's index. */
    record Read(String sheet, int headerRow, List<PlanRow> rows, Map<String, Integer> columns) {
    }

    private final Vocabulary vocabulary;

    PlanSheet(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * The rows of the plan in {@code file}.
     *
     * @throws PlanUsageException when no sheet has the task and lead columns
     * @throws ImportException      when the file is not a spreadsheet that can be read
     */
    Read read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ImportException("找不到文件 " + file);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".xlsx") && !name.endsWith(".xlsm") && !name.endsWith(".xls")) {
            throw new ImportException("不支持的文件类型: " + file.getFileName()
                    + "。分工方案请用 Excel 表格(.xlsx 或 .xls);WPS 表格(.et)、.csv 请先另存为 .xlsx");
        }
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            return read(workbook);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportException known) {
                throw known;
            }
            throw new ImportException(UnreadableSheet.message(file));
        }
    }

    private Read read(Workbook workbook) {
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        Map<String, Integer> best = Map.of();
        for (Sheet sheet : workbook) {
            PlanCells cells = new PlanCells(sheet, evaluator);
            for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS); r++) {
                Map<String, Integer> columns = headers(cells, r);
                if (columns.containsKey("task") && columns.containsKey("lead")) {
                    return new Read(sheet.getSheetName(), r + 1, rows(cells, sheet, r, columns), Map.copyOf(columns));
                }
                if (columns.size() > best.size()) {
                    best = columns;
                }
            }
        }
        throw new PlanUsageException(missing(best));
    }

    private String missing(Map<String, Integer> found) {
        List<String> missing = new ArrayList<>();
        for (String column : List.of("task", "lead")) {
            if (!found.containsKey(column)) {
                missing.add(String.join("/", vocabulary.words("plan.header." + column)));
            }
        }
        List<String> names = found.keySet().stream().map(column -> vocabulary.words("plan.header." + column).get(0)).toList();
        return "没有找到分工方案的表头,缺少: " + String.join(";", missing) + "。找到的表头: "
                + (names.isEmpty() ? "无" : String.join("、", names))
                + "。表头一行须有任务列(" + String.join("/", vocabulary.words("plan.header.task")) + ")和“牵头单位”";
    }

    private Map<String, Integer> headers(PlanCells cells, int r) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        Row row = cells.sheet().getRow(r);
        if (row == null) {
            return columns;
        }
        for (int c = 0; c < row.getLastCellNum(); c++) {
            String header = cells.text(r, c).replaceAll("\\s", "").replaceAll("[(（][^)）]*[)）]", "");
            for (String column : COLUMNS) {
                if (!columns.containsKey(column) && vocabulary.set("plan.header." + column).contains(header)) {
                    columns.put(column, c);
                }
            }
        }
        return columns;
    }

    private static List<PlanRow> rows(PlanCells cells, Sheet sheet, int headerRow, Map<String, Integer> columns) {
        List<PlanRow> rows = new ArrayList<>();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            int task = columns.get("task");
            int lead = columns.get("lead");
            if (cells.sameRegion(r, task, lead)) {
                continue;
            }
            Integer deadline = columns.get("deadline");
            PlanRow row = new PlanRow(r + 1, cells.text(r, task), cells.text(r, lead), cells.text(r, columns.get("partners")),
                    cells.text(r, columns.get("leader")), cells.text(r, deadline),
                    deadline == null ? null : cells.date(r, deadline));
            if (!(row.task() + row.lead() + row.partners() + row.leader() + row.deadline()).isBlank()) {
                rows.add(row);
            }
        }
        return rows;
    }
}
