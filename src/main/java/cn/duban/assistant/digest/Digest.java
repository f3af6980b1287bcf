package cn.duban.assistant.digest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.progress.Progress;
import cn.duban.assistant.progress.Status;

/**
 * The morning digest's content, before it is worded: exceptions first.
 *
 * @param date           the day
 * @param schedule       序时进度 of the first target's period, in percent
 * @param counts         how many targets stand at each status
 * @param attention      the targets behind 序时进度 or not reported, in target order
 * @param reports        reports made since the last digest
 * @param reportingUnits the units they came from
 * @param silentDays     the days without a report after which a unit counts as silent
 * @param silent         each silent unit with the targets it owes
 * @param tasks          the tasks by light, with the 红 and 黄 ones
 * @param ended          the targets whose period has ended unmet (红灯 by {@code LightRules.forTarget}), left out of
 *                       {@code counts} and {@code attention} so that no target is 欠进度 here and 红 in 预警
 */
public record Digest(LocalDate date, BigDecimal schedule, Map<Status, Integer> counts, List<Progress> attention,
                     int reports, List<String> reportingUnits, int silentDays, Map<String, List<Target>> silent,
                     TaskSummary tasks, List<cn.duban.assistant.lights.TargetLight> ended) {

    public int count(Status status) {
        return counts.getOrDefault(status, 0);
    }
}
