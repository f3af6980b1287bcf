package cn.duban.assistant.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * Extraction measured against hand-labelled targets: the five fragments of other counties' reports copied from
 * {@code ../shared/reports} ({@code reports/}), a report of our own with a review of last year and a plan
 * ({@code importing/}), and openings of five more counties' published reports and news of them, with a sixth that
 * only reviews last year ({@code importing/published/}, labelled without looking at the finder's output). The same figures are printed by {@code java -jar target/duban-assistant.jar score-extraction DIR}.
 */
class ExtractionScoreTest {

    @Test
    void otherCountiesReportsScoreAboveTheBar() throws Exception {
        Map<String, ExtractionScore.Counts> scores = ExtractionScore.score(Path.of("src/test/resources/reports"), Vocabulary.bundled());
        print(scores);
        assertThat(scores.get("all").f1()).isGreaterThan(0.85);
        assertThat(scores.get("all").labelled()).isEqualTo(27);
    }

    @Test
    void aReportWithAReviewOfLastYearProposesOnlyThisYearsTargets() throws Exception {
        Map<String, ExtractionScore.Counts> scores = ExtractionScore.score(Path.of("src/test/resources/importing"), Vocabulary.bundled());
        print(scores);
        assertThat(scores.get("all").precision()).isGreaterThan(0.9);
        assertThat(scores.get("all").f1()).isGreaterThan(0.85);
    }

    @Test
    void moreCountiesPublishedReportsScoreAboveTheBarAndAReviewAloneProposesNothing() throws Exception {
        Path published = Path.of("src/test/resources/importing/published");
        Map<String, ExtractionScore.Counts> scores = ExtractionScore.score(published, Vocabulary.bundled());
        print(scores);
        assertThat(scores.get("all").f1()).isGreaterThan(0.9);
        ImportedReport review = ImportedReport.read(published.resolve("07-yexian-2024-review.txt"), null);
        assertThat(new TargetExtractor(Vocabulary.bundled()).extract(review.report(), "r")).isEmpty();
    }

    @Test
    void aBrokenLabelFileIsSaidWithItsLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExtractionScore.score(dir, Vocabulary.bundled()))
                .hasMessageContaining("找不到标注文件");
        java.nio.file.Files.writeString(dir.resolve("targets.jsonl"),
                "{\"report\": \"a.txt\", \"value\": 6, \"unit\": \"%\", \"comparator\": \"=\", \"quote\": \"增长6%\"}\n{oops\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExtractionScore.score(dir, Vocabulary.bundled()))
                .hasMessageContaining("第2行不是有效的 JSON");
    }

    private static void print(Map<String, ExtractionScore.Counts> scores) {
        scores.forEach((report, c) -> System.out.printf("%s: precision %.2f recall %.2f F1 %.2f%n", report, c.precision(), c.recall(), c.f1()));
    }
}
