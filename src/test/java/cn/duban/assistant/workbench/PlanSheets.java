package cn.duban.assistant.workbench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** 分工方案 spreadsheets for the import: a title row, the headers, then one row per task. */
final class PlanSheets {

    static final List<String> HEADERS = List.of("序号", "工作任务", "牵头单位", "责任单位", "分管领导", "完成时限");

    private PlanSheets() {
    }

    /** Writes rows (each: 工作任务, 牵头单位, 责任单位, 分管领导, 完成时限) under the headers in row 2. */
    static Path write(Path file, List<List<String>> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("分工方案");
            sheet.createRow(0).createCell(0).setCellValue("2023年政府工作报告重点任务分工方案");
            Row header = sheet.createRow(1);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 2);
                row.createCell(0).setCellValue(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c + 1).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
        }
        return file;
    }
}
