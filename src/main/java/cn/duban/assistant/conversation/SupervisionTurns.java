package cn.duban.assistant.conversation;

import cn.duban.assistant.supervision.SupervisionService;
import cn.duban.assistant.tasks.TaskOutcome;
import cn.duban.assistant.understanding.Intent;

/**
 * The conversation's turns about 督办单 and 通报: a draft, 是/否 to a waiting draft (an official's; a reporter's 是/否
 * goes on to his own questions), the list, the 通报; and the 反馈 line a lead unit's note gets.
 */
final class SupervisionTurns {

    private SupervisionTurns() {
    }

    /**
     * The reply for a message about 督办单 or 通报, or null when the message is not one. Any other message from an
     * official drops his waiting draft (its number unused), so that a 是 sent later cannot send it.
     */
    static String reply(Snapshot now, Intent intent, InboundMessage message) {
        SupervisionService supervision = now.supervision();
        String user = message.userId();
        if (intent instanceof Intent.DraftOrder draft) {
            return now.wording().supervision(supervision.draft(user, draft.tasks(), draft.asked(), draft.near()));
        }
        if (intent instanceof Intent.ListOrders) {
            return now.wording().supervision(supervision.list(user));
        }
        if (intent instanceof Intent.DraftBulletin) {
            return now.wording().supervision(supervision.bulletin(user, () -> now.digest().today()));
        }
        if ((intent instanceof Intent.Confirm || intent instanceof Intent.Cancel) && supervision.waiting(user)) {
            if (intent instanceof Intent.Confirm) {
                return now.wording().supervision(supervision.confirm(user, message.receivedAt(), now.wording().supervisionWriter()));
            }
            return supervision.cancel(user).map(now.wording()::supervision).orElse(null);
        }
        if (supervision.waiting(user)) {
            // the official moved on: a 是 sent later must not number and send the draft he left
            supervision.cancel(user);
        }
        return null;
    }

    /** A note's confirmation, with the line naming the 督办单 it answers when the note is the lead unit's 反馈. */
    static String withFeedback(Snapshot now, TaskOutcome outcome, String text) {
        if (outcome instanceof TaskOutcome.Recorded recorded && recorded.note() != null) {
            return now.supervision().feedback(recorded.note()).map(feedback -> text + "\n" + now.wording().supervision(feedback))
                    .orElse(text);
        }
        return text;
    }
}
