/**
 * The 督查室 workbench (issue 14): server-rendered pages (Thymeleaf) of every target and task, their history, a
 * unit's view, the 台账 as Excel and the 分工方案 imported from Excel. Who sees what comes from the roster: officials
 * everything, a reporter his own unit, anyone else nothing. Sign-in by local accounts ({@code assistant.workbench.users})
 * or, when WeChat Work is configured, by its 网页授权 and 扫码登录. The pages get view records from
 * {@link cn.duban.assistant.workbench.WorkbenchService}, which asks the features; no rule is computed here.
 */
package cn.duban.assistant.workbench;
