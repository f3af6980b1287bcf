/** Reporting by chat: telling a report from a question, checking it, asking back, recording it; 撤回 and 更正. */
package cn.duban.assistant.reporting;
