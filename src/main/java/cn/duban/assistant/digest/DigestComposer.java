package cn.duban.assistant.digest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.ledger.Ledger;
import cn.duban.assistant.ledger.LedgerEntry;
import cn.duban.assistant.progress.Progress;
import cn.duban.assistant.progress.ProgressCalculator;
import cn.duban.assistant.progress.ProgressService;
import cn.duban.assistant.progress.Status;

/**
 * The morning digest, exceptions first: the date and 序时进度, counts by status, every target behind schedule or
 * unreported, the reports since the last digest and from which units, and each unit that has not reported with the
 * targets it owes. The chart shows each target's completion against 序时进度.
 */
public class DigestComposer {

    private final Knowledge knowledge;
    private final Ledger ledger;
    private final ProgressService progress;
    private final AssistantClock clock;
    private final ProgressChart chart;

    public DigestComposer(Knowledge knowledge, Ledger ledger, ProgressService progress, AssistantClock clock, ProgressChart chart) {
        this.chart = chart;
        this.knowledge = knowledge;
        this.ledger = ledger;
        this.progress = progress;
        this.clock = clock;
    }

    /** Today's digest, counting the reports made since the last digest ({@link Since}). */
    public Digest compose(Since since) {
        LocalDate today = clock.today();
        BigDecimal schedule = knowledge.targets().isEmpty() ? BigDecimal.ZERO
                : ProgressCalculator.schedule(knowledge.targets().get(0), today);
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        List<Progress> attention = new ArrayList<>();
        for (Target target : knowledge.targets()) {
            Progress standing = progress.progress(target);
            counts.merge(standing.status(), 1, Integer::sum);
            if (standing.needsAttention()) {
                attention.add(standing);
            }
        }
        List<LedgerEntry> recent = ledger.history().stream().filter(since::counts)
                .filter(entry -> !entry.isWithdrawal()).toList();
        Set<String> units = new LinkedHashSet<>();
        recent.forEach(entry -> units.add(entry.unit()));
        return new Digest(today, schedule, counts, attention, recent.size(), List.copyOf(units), progress.silentDays(),
                progress.silentUnits());
    }

    /** The chart: each target's completion against 序时进度, as a PNG, labelled by the writer. */
    public byte[] chart(DigestWriter writer) {
        List<Progress> standings = knowledge.targets().stream().map(progress::progress).toList();
        return chart.render(writer.chartText(clock.today()), standings, writer::completion);
    }
}
