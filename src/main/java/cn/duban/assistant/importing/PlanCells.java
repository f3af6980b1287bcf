package cn.duban.assistant.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A sheet's cells as text: a merged cell's value on every cell it covers, formulas evaluated (a formula POI cannot
 * evaluate reads as empty), full-width and no-break spaces as plain spaces, numbers without a trailing {@code .0}, real Excel dates as dates.
 */
final class PlanCells {

    private final Sheet sheet;
    private final FormulaEvaluator evaluator;
    private final Map<Long, CellRangeAddress> merged = new HashMap<>();

    PlanCells(Sheet sheet, FormulaEvaluator evaluator) {
        this.sheet = sheet;
        this.evaluator = evaluator;
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                    merged.put(key(r, c), region);
                }
            }
        }
    }

    private static long key(int r, int c) {
        return ((long) r << 20) | c;
    }

    /** Whether two cells of a row are one merged cell (a sub-heading across the table). */
    boolean sameRegion(int r, int c1, int c2) {
        CellRangeAddress region = merged.get(key(r, c1));
        return region != null && region == merged.get(key(r, c2));
    }

    private Cell cell(int r, int c) {
        CellRangeAddress region = merged.get(key(r, c));
        Row row = sheet.getRow(region == null ? r : region.getFirstRow());
        return row == null ? null : row.getCell(region == null ? c : region.getFirstColumn());
    }

    private CellValue value(Cell cell) {
        try {
            return evaluator.evaluate(cell);
        } catch (RuntimeException unsupported) {
            return null;
        }
    }

    /** The cell's text; empty for no cell or no column. */
    String text(int r, Integer c) {
        Cell cell = c == null ? null : cell(r, c);
        CellValue value = cell == null ? null : value(cell);
        if (value == null) {
            return "";
        }
        return switch (value.getCellType()) {
            case STRING -> value.getStringValue().replace("\r\n", "\n").replace('\u3000', ' ').replace('\u00a0', ' ').strip();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? DateUtil.getLocalDateTime(value.getNumberValue()).toLocalDate().toString()
                    : BigDecimal.valueOf(value.getNumberValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(value.getBooleanValue());
            default -> "";
        };
    }

    /** The cell's date when it is a real Excel date, else null. */
    LocalDate date(int r, int c) {
        Cell cell = cell(r, c);
        CellValue value = cell == null ? null : value(cell);
        if (value == null || value.getCellType() != CellType.NUMERIC
                || !DateUtil.isCellDateFormatted(cell)) {
            return null;
        }
        return DateUtil.getLocalDateTime(value.getNumberValue()).toLocalDate();
    }

    /** The sheet read. */
    Sheet sheet() {
        return sheet;
    }
}
