package cn.duban.assistant.importing;

import java.util.List;
import java.util.Map;

/**
 * A task proposed from one row of a 分工方案, for {@code knowledge/tasks.proposed.yml}.
 *
 * @param row      the spreadsheet row it comes from
 * @param id       {@code task-<row>}
 * @param name     a short name, unique among the proposed tasks (see {@link TaskNames})
 * @param text     the report's words, word for word
 * @param section  the section the words stand in
 * @param lead     牵头单位, may be empty (then flagged)
 * @param partners 责任单位
 * @param leader   分管领导's roster userid, or empty
 * @param deadline the 完成时限 resolved
 * @param written  the 完成时限 as the sheet wrote it
 * @param flags    field → why a reviewer should check it (written as {@code # 待核对})
 */
record ProposedTask(int row, String id, String name, String text, String section, String lead, List<String> partners,
                    String leader, PlanDeadline deadline, String written, Map<String, String> flags) {
}
