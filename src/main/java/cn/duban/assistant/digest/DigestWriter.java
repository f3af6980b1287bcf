package cn.duban.assistant.digest;

import java.time.LocalDate;
import java.util.List;

import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.progress.Progress;
import cn.duban.assistant.roster.Reporter;

/** Words a digest, a 催报 reminder and the chart's labels; the wording layer implements it. */
public interface DigestWriter {

    String digest(Digest digest);

    /** The 催报 reminder to a reporter whose unit has not reported {@code missing} for {@code days} days. */
    String reminder(Reporter reporter, int days, List<Target> missing);

    /** A target's completion as the digest's text writes it (34.3), so that the chart shows the same figure. */
    String completion(Progress progress);

    /** The chart's title, legend, the label of a target with no report, and the tasks' panel's words. */
    ChartText chartText(LocalDate day, TaskSummary tasks);

    /**
     * The words drawn on the chart; {@code tasks} is the title of the tasks' panel, and {@code lights} the label of
     * each light with its count, in the order of {@link cn.duban.assistant.lights.Light}.
     */
    record ChartText(String title, String legend, String noData, String tasks, List<String> lights) {
    }
}
