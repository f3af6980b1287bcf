/**
 * Tasks (重点任务) in the conversation: questions about a task and a unit's tasks, progress notes reporters write on
 * their units' tasks (the parts of one message written in one step), 核实/销号 by officials, 撤回 and 更正 of a note (a second
 * 撤回 soon after one, reaching past the note it withdrew, asked first), a note whose task's name is mistyped asked
 * which task, never recorded on a guess; the notes are kept append-only in Redis, and a write whose answer was lost is
 * settled by its message id before the writer is told, as the ledger's reports are.
 */
package cn.duban.assistant.tasks;
