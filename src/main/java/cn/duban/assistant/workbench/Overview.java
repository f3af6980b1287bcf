package cn.duban.assistant.workbench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The overview page: rows as filtered, the choices of the filters and what was chosen.
 *
 * @param today     the day it is computed for
 * @param schedule  序时进度 of the year (the first target's period), in percent, null without targets
 * @param rows      every target and task this viewer may see that passes the filters, 红 first
 * @param units     the units to filter by
 * @param sections  the sections to filter by
 * @param unit      the unit chosen, or empty
 * @param light     the light chosen (an enum name), or empty
 * @param section   the section chosen, or empty
 */
public record Overview(LocalDate today, BigDecimal schedule, List<Row> rows, List<String> units, List<String> sections,
                       String unit, String light, String section) {
}
