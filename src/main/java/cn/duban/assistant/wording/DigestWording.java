package cn.duban.assistant.wording;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.duban.assistant.digest.Digest;
import cn.duban.assistant.digest.DigestWriter;
import cn.duban.assistant.digest.TaskSummary;
import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.progress.Progress;
import cn.duban.assistant.progress.Status;
import cn.duban.assistant.roster.Reporter;

/** Words the morning digest, the 催报 reminder and the chart's labels. */
final class DigestWording implements DigestWriter {

    private final Replies replies;
    private final ProgressWording progress;
    private final Examples examples;
    private final LightWording lights;

    DigestWording(Replies replies, ProgressWording progress, Examples examples) {
        this.lights = new LightWording(replies);
        this.replies = replies;
        this.progress = progress;
        this.examples = examples;
    }

    @Override
    public String digest(Digest digest) {
        List<String> lines = new ArrayList<>();
        lines.add(replies.text("digest.title", digest.date().getMonthValue(), digest.date().getDayOfMonth(),
                Figures.percent(digest.schedule())));
        lines.addAll(targetLines(digest, replies, progress, lights));
        lines.addAll(lights.digest(digest.tasks()));
        lines.add(digest.reports() == 0 ? replies.text("digest.reports.none")
                : replies.text("digest.reports", digest.reports(), digest.reportingUnits().size(),
                String.join("、", digest.reportingUnits())));
        if (!digest.silent().isEmpty()) {
            lines.add(replies.text("digest.silent", digest.silentDays(), digest.silent().size(),
                    progress.silentUnits(digest.silent())));
        }
        lines.add(replies.text("digest.more", examples.shortName()));
        return String.join("\n", lines);
    }

    /**
     * The targets' lines of the digest, which the 通报 repeats: the counts by status, the targets 欠进度 or not
     * reported, then those whose period ended unmet, worded as 预警 words its 红灯 targets.
     */
    static List<String> targetLines(Digest digest, Replies replies, ProgressWording progress, LightWording lights) {
        List<String> lines = new ArrayList<>();
        lines.add(replies.text("digest.counts", digest.count(Status.DONE), digest.count(Status.AHEAD),
                digest.count(Status.ON_SCHEDULE), digest.count(Status.BEHIND), digest.count(Status.NO_DATA)));
        if (!digest.attention().isEmpty()) {
            lines.add(replies.text("digest.behind"));
            digest.attention().forEach(standing -> lines.add(progress.behindItem(standing)));
        }
        if (!digest.ended().isEmpty()) {
            lines.add(replies.text("digest.ended", digest.ended().size()));
            digest.ended().forEach(ended -> lines.add(lights.target(ended)));
        }
        return lines;
    }

    @Override
    public String reminder(Reporter reporter, int days, List<Target> missing) {
        Target first = missing.get(0);
        return replies.text("reminder", reporter.name(), reporter.unit(), days, ProgressWording.names(missing),
                first.name() + Examples.figure(first));
    }

    @Override
    public String completion(Progress progress) {
        return progress.rate() ? Figures.completion(progress.completion()) : Figures.completionAndSchedule(progress)[0];
    }

    @Override
    public ChartText chartText(LocalDate day, TaskSummary tasks) {
        return new ChartText(replies.text("digest.chart.title", day.getMonthValue(), day.getDayOfMonth()),
                replies.text("digest.chart.legend"), replies.text("status.NO_DATA"),
                replies.text("digest.chart.tasks", tasks.total()), lights.chartLabels(tasks));
    }
}
