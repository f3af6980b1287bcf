package cn.duban.assistant.tasks;

import java.time.Duration;

/**
 * The times the notes go by, the same as the ledger's (settings {@code assistant.ledger.*}).
 *
 * @param askTimeout   how long a question back (which task, 要撤回再上一条吗) waits for its answer
 * @param againWindow  a second 撤回 within this time of the writer's last one is asked first
 * @param settleWait   how long a note whose write got no answer waits for Redis to tell whether it was made
 * @param resendWindow the same notes sent again within this time after 状态未知 are matched with the first message
 */
public record NoteSettings(Duration askTimeout, Duration againWindow, Duration settleWait, Duration resendWindow) {

    /** The ledger's defaults, with this question timeout. */
    public static NoteSettings of(Duration askTimeout) {
        return new NoteSettings(askTimeout, Duration.ofMinutes(30), Duration.ofSeconds(20), Duration.ofMinutes(10));
    }

    /** The settings of the ledger. */
    public static NoteSettings of(cn.duban.assistant.config.AssistantProperties.Ledger ledger) {
        return new NoteSettings(ledger.confirmTimeout(), ledger.sameReportWindow(), ledger.settleWait(), ledger.resendWindow());
    }
}
