package cn.duban.assistant.importing;

import java.math.BigDecimal;
import java.util.List;

/**
 * A numeric target found in a report's text, proposed for {@code knowledge/targets.yml}; county staff review it.
 *
 * @param id          a short name made from the report's id and a number ({@code zhengding-2025-03}); staff may rename it
 * @param name        the indicator as the report words it (地区生产总值增长)
 * @param aliases     other ways of saying it, may be empty
 * @param value       the figure as written (6, 6.2, 130)
 * @param unit        its unit as written (%, 亿元, 万吨, 家)
 * @param comparator  {@code >=} 以上/超过/突破/不低于, {@code <=} 以内/控制在, {@code ~} 左右, {@code =} a plain figure
 * @param aggregation {@code sum} for counts of new things (新增、引进、开工), {@code latest} for rates and totals
 * @param section     the heading of the section that sets it, may be empty
 * @param quote       the report's words that state it, a substring of one sentence
 * @param owner       the lead unit the text names (牵头单位、责任单位), or empty
 * @param year        the year the target is for
 */
public record ProposedTarget(String id, String name, List<String> aliases, BigDecimal value, String unit,
                             String comparator, String aggregation, String section, String quote, String owner, int year) {
}
