package cn.duban.assistant.reporting;

import java.util.List;

import cn.duban.assistant.ledger.Figure;

/**
 * A report read from a message, before it is checked and recorded.
 *
 * @param candidateTargetIds the targets it may be about; more than one means the assistant must ask which
 * @param figure             the figure as written
 * @param cumulative         累计 / 截至目前 / 共: the figure is the unit's running total, not an increment
 * @param raw                the message as written
 */
public record ReportDraft(List<String> candidateTargetIds, Figure figure, boolean cumulative, String raw) {
}
