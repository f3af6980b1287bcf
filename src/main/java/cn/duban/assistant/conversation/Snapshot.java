package cn.duban.assistant.conversation;

import cn.duban.assistant.digest.DigestService;
import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.KnowledgeIndex;
import cn.duban.assistant.knowledge.ReportAnswerer;
import cn.duban.assistant.progress.ProgressService;
import cn.duban.assistant.reporting.ReportingService;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.tasks.TaskService;
import cn.duban.assistant.understanding.MessageReader;
import cn.duban.assistant.wording.Wording;

/**
 * Everything built on one load of {@code knowledge/} and the roster, never changed afterwards: a message is handled
 * wholly on the snapshot that was current when it arrived ({@link CurrentKnowledge}).
 *
 * @param knowledge the reports and targets
 * @param roster    the officials and reporters, checked against these targets
 * @param index     the reports' sentences, indexed
 * @param reader    reads messages with these targets and units
 * @param answerer  answers from these reports
 * @param progress  progress of these targets
 * @param reporting reports on these targets
 * @param digest    the digest of these targets, to these officials
 * @param wording   words outcomes, with examples from these targets
 * @param tasks     questions, notes and 核实 on these tasks
 * @param supervision 督办单 and 通报 on these tasks, to this roster
 */
public record Snapshot(Knowledge knowledge, Roster roster, KnowledgeIndex index, MessageReader reader,
                       ReportAnswerer answerer, ProgressService progress, ReportingService reporting,
                       DigestService digest, Wording wording, TaskService tasks,
                       cn.duban.assistant.supervision.SupervisionService supervision) {
}
