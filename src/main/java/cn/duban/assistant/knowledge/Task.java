package cn.duban.assistant.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * A task (重点任务) the report sets without a figure, as the county's 督查室 assigns it in its 分工方案 and county
 * staff describe it in {@code knowledge/tasks.yml}.
 *
 * @param id         stable short name, e.g. {@code jinwei-railway}; never reused
 * @param name       the name people use, e.g. 津潍高铁建设
 * @param aliases    other ways people say it (津潍高铁 …)
 * @param text       the report's words, word for word
 * @param section    the heading of the section the text stands in
 * @param lead       牵头单位, the unit that leads it
 * @param partners   责任单位, the units that share it, may be empty
 * @param leader     分管领导, the UserID of a roster official, may be empty
 * @param deadline   完成时限, the last day (a month or a year written in the file is its last day)
 * @param milestones dated steps before the deadline, in file order, may be empty
 * @param reportId   the report that sets it
 */
public record Task(String id, String name, List<String> aliases, String text, String section, String lead,
                   List<String> partners, String leader, LocalDate deadline, List<Milestone> milestones,
                   String reportId) {

    /**
     * A dated step of a task (节点目标).
     *
     * @param date the last day for it (a month or a year written in the file is its last day)
     * @param due  what is due by then, e.g. 完成庆云段桥梁桩基
     */
    public record Milestone(LocalDate date, String due) {
    }

    /** The task's name and aliases, the ways people refer to it. */
    public List<String> names() {
        return Stream.concat(Stream.of(name), aliases.stream()).toList();
    }

    /** Whether a 分管领导 is named. */
    public boolean hasLeader() {
        return !leader.isEmpty();
    }
}
