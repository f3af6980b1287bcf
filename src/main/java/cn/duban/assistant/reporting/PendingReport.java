package cn.duban.assistant.reporting;

import java.math.BigDecimal;
import java.util.List;

/**
 * A report waiting for the reporter's answer (是/否, or which target), kept in Redis for a few minutes.
 *
 * @param candidateTargetIds the targets it may be about; one when only the figure needs confirming
 * @param amount             the figure in its base unit
 * @param figureUnit         the unit as written, may be empty
 * @param figureText         the figure as written
 * @param cumulative         a running total rather than an increment
 * @param raw                the message as written
 */
public record PendingReport(List<String> candidateTargetIds, BigDecimal amount, String figureUnit, String figureText,
                            boolean cumulative, String raw) {
}
