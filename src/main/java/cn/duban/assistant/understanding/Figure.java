package cn.duban.assistant.understanding;

import java.math.BigDecimal;

/**
 * A figure found in a message, scale words applied: 1.2万人 is 12000 人, 15.3亿元 is 1530000000 元, 12.5亿 (no unit)
 * is 1250000000 with {@code scaled} set.
 *
 * @param amount      the figure in its base unit (人, 元, % …), negative when the words say it fell (下降3.2%)
 * @param unit        the unit as written (人, 名, 个, %, 元, 百分点 …), empty when none was written
 * @param text        the words it was read from
 * @param start       where those words start in the folded message
 * @param end         where they end (exclusive)
 * @param scaled      a scale word (千, 万, 亿, k, w) was applied: without a unit the figure is in the target's base unit
 * @param approximate written as an estimate (约, 多, 余, 左右, 七八个, 100到120): never to be recorded as exact
 */
public record Figure(BigDecimal amount, String unit, String text, int start, int end, boolean scaled,
                     boolean approximate) {

    /** A figure read from nowhere in particular, e.g. kept while waiting for the reporter's answer. */
    public Figure(BigDecimal amount, String unit, String text) {
        this(amount, unit, text, 0, text.length(), false, false);
    }

    public boolean hasUnit() {
        return !unit.isEmpty();
    }
}
