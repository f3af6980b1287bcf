package cn.duban.assistant.conversation;

import java.time.Instant;

import cn.duban.assistant.reporting.ReportingOutcome;
import cn.duban.assistant.reporting.ReportingService;
import cn.duban.assistant.understanding.Intent;

/** The turns of figure filings: a report, 撤回, 更正, and answers to the assistant's questions about them. */
final class ReportTurns {

    private ReportTurns() {
    }

    /**
     * Reports, 撤回, 更正 and answers to the assistant's questions: the ledger makes each exactly once. Null when the
     * intent is none of these.
     */
    static ReportingOutcome act(Snapshot now, Intent intent, InboundMessage message) {
        ReportingService reporting = now.reporting();
        String id = message.messageId();
        String user = message.userId();
        Instant at = message.receivedAt();
        String raw = message.text() == null ? "" : message.text().strip();
        if (intent instanceof Intent.FileReport report) {
            return reporting.file(id, user, report.draft(), at);
        }
        if (intent instanceof Intent.Withdraw withdraw) {
            return reporting.withdraw(id, user, withdraw.figure(), withdraw.target(), withdraw.soft(), raw, at);
        }
        if (intent instanceof Intent.Correct correct) {
            return reporting.correct(id, user, correct, raw, at);
        }
        if (intent instanceof Intent.Confirm) {
            return reporting.confirm(id, user, at);
        }
        if (intent instanceof Intent.Cancel) {
            return reporting.cancel(user);
        }
        return intent instanceof Intent.Choose choose ? reporting.choose(id, user, choose.target(), at) : null;
    }

}
