package cn.duban.assistant.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.KnowledgeLoader;
import cn.duban.assistant.knowledge.Task;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.roster.RosterLoader;

/**
 * Makes 分工方案 spreadsheets as county 督查室 keep them: a merged title row, a header row, one row per task. The
 * shipped {@code knowledge/分工方案示例.xlsx} is {@link #sample()}; {@code main} writes it again.
 */
final class PlanSamples {

    static final Path SHIPPED = Path.of("knowledge", "分工方案示例.xlsx");
    static final List<String> HEADERS = List.of("序号", "工作任务", "牵头单位", "责任单位", "分管领导", "完成时限");

    /** A formula for a cell, e.g. {@code A3+1}. */
    record Formula(String formula) {
    }

    private PlanSamples() {
    }

    /** Writes the shipped sample from the bundled knowledge and roster. */
    public static void main(String[] args) throws IOException {
        try (Workbook sample = sample()) {
            write(sample, SHIPPED);
        }
    }

    /** The 分工方案 of the bundled {@code knowledge/tasks.yml}, leaders by their roster names. */
    static Workbook sample() {
        Knowledge knowledge = KnowledgeLoader.load(Path.of("knowledge"));
        Roster roster = RosterLoader.load(Path.of("config", "roster.yml"), knowledge);
        int year = knowledge.reports().get(0).year();
        List<List<Object>> rows = new ArrayList<>();
        List<Task> tasks = knowledge.tasks();
        for (int i = 0; i < tasks.size(); i++) {
            Task task = tasks.get(i);
            rows.add(List.of(i + 1, task.text(), task.lead(), String.join("、", task.partners()),
                    task.hasLeader() ? roster.nameOf(task.leader()) : "", countyDeadline(task.deadline(), year, i)));
        }
        return sheet(year + "年政府工作报告重点任务分工方案", HEADERS, rows);
    }

    /** A deadline as a county writes it: 年底前, 2023年12月底前, 2023年6月底前 or 2023年6月15日. */
    static String countyDeadline(LocalDate deadline, int year, int index) {
        boolean monthEnd = deadline.getDayOfMonth() == deadline.lengthOfMonth();
        if (deadline.getMonthValue() == 12 && monthEnd && deadline.getYear() == year && index % 3 == 0) {
            return "年底前";
        }
        if (monthEnd) {
            return deadline.getYear() + "年" + deadline.getMonthValue() + "月底前";
        }
        return deadline.getYear() + "年" + deadline.getMonthValue() + "月" + deadline.getDayOfMonth() + "日";
    }

    /**
     * A sheet "分工方案": the title merged over the header's width in row 1, the headers in row 2, then the rows. A
     * cell value is a String, a Number, a LocalDate (a real Excel date) or a {@link Formula}.
     */
    static Workbook sheet(String title, List<String> headers, List<List<Object>> rows) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("分工方案");
        sheet.createRow(0).createCell(0).setCellValue(title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.size() - 1));
        Row header = sheet.createRow(1);
        for (int c = 0; c < headers.size(); c++) {
            header.createCell(c).setCellValue(headers.get(c));
        }
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
        CellStyle wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 2);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Cell cell = row.createCell(c);
                Object value = values.get(c);
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else if (value instanceof LocalDate day) {
                    cell.setCellValue(day);
                    cell.setCellStyle(date);
                } else if (value instanceof Formula formula) {
                    cell.setCellFormula(formula.formula());
                } else {
                    cell.setCellValue(value.toString());
                    if (value.toString().contains("\n")) {
                        cell.setCellStyle(wrapped);
                    }
                }
            }
        }
        return workbook;
    }

    /** Merges cells, e.g. {@code C3:C4}. */
    static void merge(Workbook workbook, String range) {
        workbook.getSheetAt(0).addMergedRegion(CellRangeAddress.valueOf(range));
    }

    static Path write(Workbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }
}
