package cn.duban.assistant.progress;

import java.math.BigDecimal;

import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.ledger.LedgerEntry;

/**
 * One unit's figure on a target.
 *
 * @param unit   the unit (常家镇, 县人社局)
 * @param target the target
 * @param figure the unit's figure in the target's unit
 * @param last   the unit's last change on it (who, when), may be null
 */
public record UnitFigure(String unit, Target target, BigDecimal figure, LedgerEntry last) {
}
