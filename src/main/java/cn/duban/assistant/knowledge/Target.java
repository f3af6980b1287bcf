package cn.duban.assistant.knowledge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A numeric target the report sets, as county staff describe it in {@code knowledge/targets.yml}.
 *
 * @param id          stable short name, e.g. {@code new-urban-jobs}
 * @param name        the name shown to officials, e.g. 新增城镇就业
 * @param aliases     how people say it (就业, 城镇新增就业 …)
 * @param value       the figure to reach
 * @param unit        its unit (人, 个, 家, %, 亿元 …)
 * @param comparison  以上 / 以内 / exact / 左右
 * @param aggregation how units' reports combine
 * @param section     the heading of the section that sets it
 * @param quote       the report's exact words
 * @param owner       the responsible department, may be empty
 * @param periodStart first day counted
 * @param periodEnd   last day counted
 * @param reportId    the report that sets it
 */
public record Target(String id, String name, List<String> aliases, BigDecimal value, String unit,
                     Comparison comparison, Aggregation aggregation, String section, String quote, String owner,
                     LocalDate periodStart, LocalDate periodEnd, String reportId) {

    /** The target's name and aliases, the ways people refer to it. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream()).toList();
    }

    /** Targets are the same when their ids are: an id names one target of the knowledge. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Target target && target.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** The figure without trailing zeros: 35, 15, 2800, 1.5. */
    public String valueText() {
        return value.stripTrailingZeros().toPlainString();
    }
}
