package cn.duban.assistant.reporting;

import java.util.List;

import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.ledger.Ledger;
import cn.duban.assistant.ledger.LedgerEntry;
import cn.duban.assistant.progress.ProgressService;

/** The outcome of ledger entries, made from the entries alone, so that a repeated message gets the same reply. */
final class Confirmations {

    private final Knowledge knowledge;
    private final Ledger ledger;
    private final ProgressService progress;
    private final GoneTargets gone;

    Confirmations(Knowledge knowledge, Ledger ledger, ProgressService progress, GoneTargets gone) {
        this.knowledge = knowledge;
        this.ledger = ledger;
        this.progress = progress;
        this.gone = gone;
    }

    /**
     * What these entries did, with each target's standing now. Entries a message made before (a copy of it) may be on
     * a target removed from targets.yml since: then the copy is told so, and nothing is described.
     */
    ReportingOutcome of(List<LedgerEntry> entries) {
        List<String> removed = gone.of(entries);
        if (!removed.isEmpty()) {
            return new ReportingOutcome.TargetRemoved(removed, true);
        }
        return new ReportingOutcome.Recorded(entries.stream().map(entry -> {
            Target target = knowledge.target(entry.targetId()).orElseThrow();
            LedgerEntry original = entry.refersTo() == 0 ? null : original(entry);
            return new ReportingOutcome.Change(entry, target, original, progress.progress(target, entry.countyAfter(), entry));
        }).toList());
    }

    /** The entry a 撤回 or 更正 refers to; null when Redis cannot tell now (the change is made: say so anyway). */
    private LedgerEntry original(LedgerEntry entry) {
        try {
            return ledger.entry(entry.refersTo()).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The entries as changes without a standing: what a question back about them shows; their targets must be current. */
    List<ReportingOutcome.Change> described(List<LedgerEntry> entries) {
        return entries.stream().map(entry -> new ReportingOutcome.Change(entry, knowledge.target(entry.targetId()).orElseThrow(),
                null, null)).toList();
    }

    /** The outcome of a ledger change: its entries, or, when there are none, the given refusal. */
    ReportingOutcome of(Ledger.Outcome outcome, ReportingOutcome.Refusal whenNone) {
        if (outcome instanceof Ledger.Outcome.Recorded recorded) {
            return of(recorded.entries());
        }
        if (outcome instanceof Ledger.Outcome.AlreadyRecorded again) {
            return of(again.entries());
        }
        if (outcome instanceof Ledger.Outcome.NotRecorded) {
            return ReportingOutcome.Refused.of(ReportingOutcome.Refusal.UNAVAILABLE);
        }
        return ReportingOutcome.Refused.of(whenNone);
    }
}
