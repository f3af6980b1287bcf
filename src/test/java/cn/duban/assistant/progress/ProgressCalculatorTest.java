package cn.duban.assistant.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.duban.assistant.knowledge.BundledKnowledge;
import cn.duban.assistant.knowledge.Comparison;
import cn.duban.assistant.knowledge.Target;

class ProgressCalculatorTest {

    private final ProgressCalculator calculator = new ProgressCalculator(BigDecimal.valueOf(5));
    private final Target jobs = BundledKnowledge.knowledge().target("new-urban-jobs").orElseThrow();
    private final Target techUpgrade = BundledKnowledge.knowledge().target("tech-upgrade-investment").orElseThrow();

    @ParameterizedTest
    @CsvSource({"2023-06-30, 49.6", "2023-01-01, 0.3", "2023-12-31, 100.0", "2022-12-31, 0.0", "2024-03-01, 100.0",
            "2023-07-01, 49.9"})
    void scheduleIsTheShareOfThePeriodElapsedTodayIncluded(LocalDate today, String expected) {
        assertThat(ProgressCalculator.schedule(jobs, today).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2800, DONE", "3000, DONE", "1530, AHEAD", "1400, ON_SCHEDULE", "1389, ON_SCHEDULE", "1388, BEHIND",
            "100, BEHIND"})
    void statusAgainstScheduleOnJune30(BigDecimal figure, Status status) {
        // 序时进度 49.59%: 1389/2800 = 49.61% (达进度), 1388/2800 = 49.57% (欠进度); 超进度 from 54.59% (1529)
        assertThat(calculator.progress(jobs, figure, null, LocalDate.of(2023, 6, 30)).status()).isEqualTo(status);
    }

    @Test
    void aheadNeedsTheTolerance() {
        LocalDate june30 = LocalDate.of(2023, 6, 30);
        assertThat(calculator.progress(jobs, BigDecimal.valueOf(1528), null, june30).status()).isEqualTo(Status.ON_SCHEDULE);
        assertThat(calculator.progress(jobs, BigDecimal.valueOf(1529), null, june30).status()).isEqualTo(Status.AHEAD);
    }

    @Test
    void nothingReportedIsNoData() {
        Progress progress = calculator.progress(jobs, null, null, LocalDate.of(2023, 6, 30));
        assertThat(progress.status()).isEqualTo(Status.NO_DATA);
        assertThat(progress.completion()).isNull();
    }

    @Test
    void aGrowthRateIsJudgedAgainstTheTargetItself() {
        LocalDate february = LocalDate.of(2023, 2, 1);
        Progress below = calculator.progress(techUpgrade, new BigDecimal("12.5"), null, february);
        assertThat(below.rate()).isTrue();
        assertThat(below.completion().setScale(1, java.math.RoundingMode.DOWN).toPlainString()).isEqualTo("83.3");
        assertThat(below.status()).isEqualTo(Status.BEHIND);
        assertThat(calculator.progress(techUpgrade, new BigDecimal("15"), null, february).status()).isEqualTo(Status.DONE);
    }

    @Test
    void forAnUpperLimitLowerIsBetter() {
        Target unemployment = new Target("unemployment", "城镇调查失业率", java.util.List.of(), BigDecimal.valueOf(5), "%",
                Comparison.AT_MOST, cn.duban.assistant.knowledge.Aggregation.LATEST, "", "控制在5%以内", "",
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "r");
        LocalDate day = LocalDate.of(2025, 6, 30);
        assertThat(calculator.progress(unemployment, new BigDecimal("4.8"), null, day).status()).isEqualTo(Status.ON_SCHEDULE);
        assertThat(calculator.progress(unemployment, new BigDecimal("5.2"), null, day).status()).isEqualTo(Status.BEHIND);
    }
}
