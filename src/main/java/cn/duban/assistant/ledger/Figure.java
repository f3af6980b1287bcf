package cn.duban.assistant.ledger;

import java.math.BigDecimal;

/**
 * A figure found in a message, scale words applied: 1.2万人 is 12000 人, 15.3亿元 is 1530000000 元.
 *
 * @param amount the figure in its base unit
 * @param unit   the base unit as written (人, 个, 家, %, 元 …), empty when none was written
 * @param text   the words it was read from
 */
public record Figure(BigDecimal amount, String unit, String text) {

    public boolean hasUnit() {
        return !unit.isEmpty();
    }
}
