package cn.duban.assistant.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.duban.assistant.digest.Digest;
import cn.duban.assistant.knowledge.Task;

/**
 * A 通报's content, from stored data only.
 *
 * @param from           the period's first day (the 1st of this month)
 * @param to             its last day (today)
 * @param tasks          how many tasks
 * @param open           推进中
 * @param doneUnverified 已完成待核实
 * @param verified       已核实
 * @param silent         tasks with no standing note written in the period, in task order
 * @param orders         督办单 sent in the period, oldest first
 * @param digest         the targets' standing as the digest has it
 * @param unanswered     each unit with its 督办单 still unanswered (any period), in order of the first
 */
public record Bulletin(LocalDate from, LocalDate to, int tasks, int open, int doneUnverified, int verified,
                       List<Task> silent, List<SupervisionOutcome.Listed> orders, Digest digest,
                       Map<String, Integer> unanswered) {
}
