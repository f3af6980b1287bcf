/**
 * Bringing a county's report in: reading it from the forms it is published in (.txt in UTF-8 or GB18030, .docx,
 * text .pdf), guessing its title, year, county and speaker, and proposing the numeric targets it sets, in the
 * {@code knowledge/targets.yml} format, for county staff to review ({@code extract-targets}, {@code import-report});
 * and reading a county's 分工方案 spreadsheet into a {@code tasks.proposed.yml} with unique short task names
 * ({@code import-plan}).
 */
package cn.duban.assistant.importing;
