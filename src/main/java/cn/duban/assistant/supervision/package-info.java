/**
 * 督办单 and 通报: an official drafts a 督办单 on a task from stored data only, confirms it with 是 (sent to the lead
 * unit's reporters, numbered per year, recorded in Redis) or drops it with 否; the lead unit's next note is its 反馈;
 * 通报 drafts the month's summary for the 督查室, marked as a draft for a person to edit.
 */
package cn.duban.assistant.supervision;
