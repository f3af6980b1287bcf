package cn.duban.assistant.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.ledger.LedgerEntry;

/**
 * A target's standing on a day.
 *
 * @param target     the target
 * @param figure     the county's figure, null when nothing was reported
 * @param completion the figure as a share of the target, in percent (null without a figure)
 * @param schedule   序时进度: the share of the target's period elapsed, in percent
 * @param status     已完成 / 超进度 / 达进度 / 欠进度 / 未上报
 * @param rate       a growth rate or other percentage, judged against the target itself rather than 序时进度
 * @param lastChange the newest change on it, null when none
 * @param asOf       the day it stands on (its light is {@code LightRules.forTarget(progress, asOf)})
 */
public record Progress(Target target, BigDecimal figure, BigDecimal completion, BigDecimal schedule, Status status,
                       boolean rate, LedgerEntry lastChange, LocalDate asOf) {

    /**
     * The percent completion is judged against, as chat, the chart and the status use it: 序时进度, or for a rate
     * the target itself (100).
     */
    public BigDecimal reference() {
        return rate ? BigDecimal.valueOf(100) : schedule;
    }

    /** Behind 序时进度 or not reported: what 哪些指标欠进度 and the digest list. */
    public boolean needsAttention() {
        return status == Status.BEHIND || status == Status.NO_DATA;
    }
}
