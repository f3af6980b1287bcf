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

    /** The chart's title, legend and the label of a target with no report. */
    ChartText chartText(LocalDate day);

    /** The words drawn on the chart. */
    record ChartText(String title, String legend, String noData) {
    }
}
