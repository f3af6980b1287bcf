package cn.duban.assistant.importing;

import java.time.LocalDate;

/**
 * One row of a county's 分工方案 as read from its spreadsheet, each cell as text (merged cells repeated on every row
 * they span, formulas evaluated, line breaks kept).
 *
 * @param number       the spreadsheet's row number (1-based, as Excel shows it)
 * @param task         工作任务
 * @param lead         牵头单位
 * @param partners     责任单位, may be empty
 * @param leader       分管领导, may be empty
 * @param deadline     完成时限 as written, may be empty
 * @param deadlineDate the date when the 完成时限 cell is a real Excel date, else null
 */
record PlanRow(int number, String task, String lead, String partners, String leader, String deadline,
               LocalDate deadlineDate) {
}
