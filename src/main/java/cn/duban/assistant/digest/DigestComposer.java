package cn.duban.assistant.digest;

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
import cn.duban.assistant.progress.Figures;
import cn.duban.assistant.progress.Progress;
import cn.duban.assistant.progress.ProgressCalculator;
import cn.duban.assistant.progress.ProgressService;
import cn.duban.assistant.progress.Status;
import cn.duban.assistant.wording.Replies;

/**
 * The morning digest, exceptions first: the date and 序时进度, counts by status, every target behind schedule with
 * its completion and owner, the reports since the last digest and from which units, the units that have not
 * reported, and how to ask for details.
 */
public class DigestComposer {

    private final Knowledge knowledge;
    private final Ledger ledger;
    private final ProgressService progress;
    private final AssistantClock clock;
    private final Replies replies;
    private final ProgressChart chart;

    public DigestComposer(Knowledge knowledge, Ledger ledger, ProgressService progress, AssistantClock clock, Replies replies,
                          ProgressChart chart) {
        this.chart = chart;
        this.knowledge = knowledge;
        this.ledger = ledger;
        this.progress = progress;
        this.clock = clock;
        this.replies = replies;
    }

    /** Today's digest, counting the reports made since the last digest ({@link Since}). */
    public String compose(Since since) {
        LocalDate today = clock.today();
        List<String> lines = new ArrayList<>();
        String schedule = knowledge.targets().isEmpty() ? "0"
                : Figures.percent(ProgressCalculator.schedule(knowledge.targets().get(0), today));
        lines.add(replies.text("digest.title", today.getMonthValue(), today.getDayOfMonth(), schedule));

        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        List<String> behind = new ArrayList<>();
        for (Target target : knowledge.targets()) {
            Progress standing = progress.progress(target);
            counts.merge(standing.status(), 1, Integer::sum);
            String owner = target.owner().isEmpty() ? "" : replies.text("progress.behind.owner", target.owner());
            if (standing.status() == Status.BEHIND) {
                behind.add(replies.text(standing.rate() ? "progress.behind.rate" : "progress.behind.item", target.name(),
                        Figures.percent(standing.completion()), Figures.percent(standing.schedule()), owner));
            } else if (standing.status() == Status.NO_DATA) {
                behind.add(replies.text("progress.behind.no-data", target.name(), owner));
            }
        }
        lines.add(replies.text("digest.counts", count(counts, Status.DONE), count(counts, Status.AHEAD),
                count(counts, Status.ON_SCHEDULE), count(counts, Status.BEHIND), count(counts, Status.NO_DATA)));
        if (!behind.isEmpty()) {
            lines.add(replies.text("digest.behind"));
            lines.addAll(behind);
        }

        List<LedgerEntry> recent = ledger.history().stream().filter(since::counts)
                .filter(entry -> !entry.isWithdrawal()).toList();
        Set<String> units = new LinkedHashSet<>();
        recent.forEach(entry -> units.add(entry.unit()));
        lines.add(recent.isEmpty() ? replies.text("digest.reports.none")
                : replies.text("digest.reports", recent.size(), units.size(), String.join("、", units)));

        Map<String, List<Target>> silent = progress.silentUnits();
        if (!silent.isEmpty()) {
            lines.add(replies.text("digest.silent", progress.silentDays(), silent.size(), String.join("、", silent.keySet())));
        }
        lines.add(replies.text("digest.more"));
        return String.join("\n", lines);
    }

    /** The chart: each target's completion against 序时进度, as a PNG. */
    public byte[] chart() {
        LocalDate today = clock.today();
        List<Progress> standings = knowledge.targets().stream().map(progress::progress).toList();
        return chart.render(replies.text("digest.chart.title", today.getMonthValue(), today.getDayOfMonth()),
                replies.text("digest.chart.legend"), standings);
    }

    private static int count(Map<Status, Integer> counts, Status status) {
        return counts.getOrDefault(status, 0);
    }
}
