package cn.duban.assistant.reporting;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.ledger.Ledger;
import cn.duban.assistant.ledger.LedgerEntry;

/**
 * Ledger entries and waiting questions on targets that are no longer in {@code targets.yml} (removed, then 重新加载, a
 * saved file or a restart). Their entries stay in the ledger as they are; what refers to them is found here before
 * anything is changed, so that 撤回, 更正 and answers are refused or found void instead of changing half of it.
 */
final class GoneTargets {

    private final Knowledge knowledge;
    private final Ledger ledger;

    GoneTargets(Knowledge knowledge, Ledger ledger) {
        this.knowledge = knowledge;
        this.ledger = ledger;
    }

    /** The target ids of these entries that the knowledge no longer has, each once, in order; empty when none. */
    List<String> of(Collection<LedgerEntry> entries) {
        return gone(entries.stream().map(LedgerEntry::targetId));
    }

    /**
     * Whether a waiting question refers to a target that is gone: one of its figures' targets or choices, the entry
     * it would correct, or an entry of the last message it would withdraw.
     */
    boolean voids(String userId, PendingQuestion question) {
        Stream<String> asked = question.items().stream().flatMap(item -> item.targetIds().stream());
        Stream<String> changed = switch (question.kind()) {
            case CONFIRM_WITHDRAW -> ledger.lastMessageOf(userId).stream().map(LedgerEntry::targetId);
            case CONFIRM_CORRECTION -> ledger.entry(question.entryId()).stream().map(LedgerEntry::targetId);
            default -> Stream.empty();
        };
        return !gone(Stream.concat(asked, changed)).isEmpty();
    }

    private List<String> gone(Stream<String> targetIds) {
        return targetIds.distinct().filter(id -> knowledge.target(id).isEmpty()).toList();
    }
}
