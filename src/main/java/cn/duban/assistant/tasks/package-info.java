/**
 * Tasks (重点任务) in the conversation: questions about a task and a unit's tasks, progress notes reporters write on
 * their units' tasks, 核实/销号 by officials, 撤回 and 更正 of a note; the notes are kept append-only in Redis.
 */
package cn.duban.assistant.tasks;
