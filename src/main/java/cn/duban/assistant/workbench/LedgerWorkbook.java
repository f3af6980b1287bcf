package cn.duban.assistant.workbench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * The 督查台账 as an .xlsx file (Apache POI): sheet 指标 and sheet 任务 with one line per row of the overview, sheet
 * 台账明细 with every ledger entry; Chinese headers from {@code messages.properties}, the header row frozen and
 * filtered, widths set, figures as numbers, percents as {@code 0.0%}, times as dates.
 */
final class LedgerWorkbook {

    private static final int[] TARGET_WIDTHS = {6, 22, 16, 10, 8, 10, 10, 10, 8, 6, 10, 17, 50};
    private static final int[] TASK_WIDTHS = {6, 30, 20, 12, 10, 10, 10, 8, 6, 10, 17, 60};
    private static final int[] LEDGER_WIDTHS = {6, 17, 20, 16, 10, 8, 10, 10, 10, 10, 50, 12};

    private final MessageSource labels;
    private final ZoneId zone;

    LedgerWorkbook(MessageSource labels, ZoneId zone) {
        this.labels = labels;
        this.zone = zone;
    }

    /** The workbook of these rows and ledger lines ({@code targetNames}: target id → name). */
    byte[] write(List<Row> rows, List<Pages.LedgerLine> lines, Map<String, String> targetNames) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            Sheet targets = sheet(book, styles, "xlsx.sheet.targets", "xlsx.targets.headers", TARGET_WIDTHS);
            Sheet tasks = sheet(book, styles, "xlsx.sheet.tasks", "xlsx.tasks.headers", TASK_WIDTHS);
            for (Row row : rows) {
                boolean target = row.kind() == Row.Kind.TARGET;
                Sheet sheet = target ? targets : tasks;
                org.apache.poi.ss.usermodel.Row line = sheet.createRow(sheet.getLastRowNum() + 1);
                int c = 0;
                number(line, c++, BigDecimal.valueOf(line.getRowNum()), styles);
                text(line, c++, row.name());
                text(line, c++, row.lead());
                if (target) {
                    number(line, c++, row.goal(), styles);
                    text(line, c++, row.unitName());
                } else {
                    date(line, c++, row.deadline(), styles);
                }
                percent(line, c++, row.schedule(), styles);
                number(line, c++, target ? row.figure() : row.completion(), styles);
                percent(line, c++, row.completion(), styles);
                text(line, c++, label("status." + row.status().name()));
                text(line, c++, row.light() == cn.duban.assistant.lights.Light.NONE ? "" : label("light." + row.light().name()));
                text(line, c++, row.lastWho() == null ? "" : row.lastWho());
                time(line, c++, row.lastAt(), styles);
                text(line, c, target ? label("xlsx.note.target", row.section(), row.deadline().getYear() + "")
                        + (row.rate() ? label("xlsx.note.rate") : "")
                        : row.units().size() > 1 ? label("xlsx.note.task", row.section(),
                        String.join("、", row.units().stream().skip(1).toList())) : label("xlsx.note.task.alone", row.section()));
            }
            Sheet ledger = sheet(book, styles, "xlsx.sheet.ledger", "xlsx.ledger.headers", LEDGER_WIDTHS);
            for (Pages.LedgerLine entry : lines) {
                org.apache.poi.ss.usermodel.Row line = ledger.createRow(ledger.getLastRowNum() + 1);
                int c = 0;
                number(line, c++, BigDecimal.valueOf(line.getRowNum()), styles);
                time(line, c++, entry.at(), styles);
                text(line, c++, targetNames.getOrDefault(entry.targetId(), entry.targetId()));
                text(line, c++, entry.unit());
                text(line, c++, entry.who());
                text(line, c++, label("change." + entry.change().name()));
                number(line, c++, entry.value(), styles);
                number(line, c++, entry.old(), styles);
                number(line, c++, entry.unitAfter(), styles);
                number(line, c++, entry.countyAfter(), styles);
                text(line, c++, entry.raw());
                text(line, c, label(entry.active() ? "xlsx.active" : "xlsx.inactive"));
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Sheet sheet(XSSFWorkbook book, Styles styles, String name, String headers, int[] widths) {
        Sheet sheet = book.createSheet(label(name));
        String[] titles = label(headers).split("\\|");
        org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
        for (int c = 0; c < titles.length; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(titles[c]);
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, widths[Math.min(c, widths.length - 1)] * 256 + 512);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, titles.length - 1));
        return sheet;
    }

    private String label(String key, Object... args) {
        return labels.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }

    private static void text(org.apache.poi.ss.usermodel.Row line, int c, String value) {
        line.createCell(c).setCellValue(value == null ? "" : value);
    }

    private static void number(org.apache.poi.ss.usermodel.Row line, int c, BigDecimal value, Styles styles) {
        Cell cell = line.createCell(c);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(value.stripTrailingZeros().scale() > 0 ? styles.decimal : styles.whole);
        }
    }

    private static void percent(org.apache.poi.ss.usermodel.Row line, int c, BigDecimal value, Styles styles) {
        Cell cell = line.createCell(c);
        if (value != null) {
            cell.setCellValue(value.movePointLeft(2).doubleValue());
            cell.setCellStyle(styles.percent);
        }
    }

    private static void date(org.apache.poi.ss.usermodel.Row line, int c, LocalDate value, Styles styles) {
        Cell cell = line.createCell(c);
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(styles.date);
        }
    }

    private void time(org.apache.poi.ss.usermodel.Row line, int c, Instant value, Styles styles) {
        Cell cell = line.createCell(c);
        if (value != null) {
            cell.setCellValue(value.atZone(zone).toLocalDateTime());
            cell.setCellStyle(styles.time);
        }
    }

    /** The workbook's cell styles, made once per workbook. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle whole;
        final CellStyle decimal;
        final CellStyle percent;
        final CellStyle date;
        final CellStyle time;

        Styles(XSSFWorkbook book) {
            var formats = book.createDataFormat();
            Font bold = book.createFont();
            bold.setBold(true);
            header = book.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            whole = style(book, formats.getFormat("#,##0"));
            decimal = style(book, formats.getFormat("#,##0.00##"));
            percent = style(book, formats.getFormat("0.0%"));
            date = style(book, formats.getFormat("yyyy-mm-dd"));
            time = style(book, formats.getFormat("yyyy-mm-dd hh:mm"));
        }

        private static CellStyle style(XSSFWorkbook book, short format) {
            CellStyle style = book.createCellStyle();
            style.setDataFormat(format);
            return style;
        }
    }
}
