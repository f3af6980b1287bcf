package cn.duban.assistant.lights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.duban.assistant.knowledge.Task;

/**
 * The 三色 rules at fixed dates, for a task due 2023-06-30 in a period from 2023-01-01 (181 days) with 蓝 15 days
 * before the deadline and 黄 after 30 silent days.
 */
class LightRulesTest {

    private static final LocalDate START = LocalDate.of(2023, 1, 1);
    private final LightRules rules = new LightRules(15, 30);
    private final Task task = new Task("jinwei-railway", "津潍高铁建设", List.of("津潍高铁"), "加快津潍高铁", "三、", "县交通运输局",
            List.of(), "", LocalDate.of(2023, 6, 30), List.of(), "report");

    private Warning on(String day, TaskFacts facts) {
        return rules.task(task, facts, START, LocalDate.parse(day));
    }

    private static TaskFacts note(String day, Integer percent) {
        return new TaskFacts(LocalDate.parse(day), percent, false);
    }

    @Test
    void pastTheDeadlineAndNotDoneIsRedDoneIsNoLight() {
        assertThat(on("2023-07-01", note("2023-06-29", 95))).isEqualTo(new Warning(Light.RED, Warning.Reason.OVERDUE));
        assertThat(on("2023-06-30", note("2023-06-29", 95)).light()).isNotEqualTo(Light.RED);
        assertThat(on("2023-07-01", new TaskFacts(LocalDate.parse("2023-06-29"), 100, true)))
                .isEqualTo(new Warning(Light.NONE, Warning.Reason.DONE));
    }

    @Test
    void aStatedPercentBelowTheElapsedShareIsYellowDecidedExactly() {
        // 2023-03-31: 90 of 181 days gone, 序时进度 49.72 %
        assertThat(on("2023-03-31", note("2023-03-30", 49))).isEqualTo(new Warning(Light.YELLOW, Warning.Reason.BEHIND));
        assertThat(on("2023-03-31", note("2023-03-30", 50))).isEqualTo(new Warning(Light.NONE, Warning.Reason.ON_COURSE));
        assertThat(LightRules.schedule(START, task.deadline(), LocalDate.parse("2023-03-31"))).isEqualByComparingTo("49.723757");
    }

    @Test
    void thirtyDaysWithoutANoteIsYellowCountedFromThePeriodStartWhenNoneCame() {
        assertThat(on("2023-01-30", TaskFacts.none()).light()).isEqualTo(Light.NONE);
        assertThat(on("2023-01-31", TaskFacts.none())).isEqualTo(new Warning(Light.YELLOW, Warning.Reason.SILENT));
        assertThat(on("2023-04-29", note("2023-03-31", null)).light()).isEqualTo(Light.NONE);
        assertThat(on("2023-04-30", note("2023-03-31", null))).isEqualTo(new Warning(Light.YELLOW, Warning.Reason.SILENT));
    }

    @Test
    void withinFifteenDaysOfTheDeadlineIsBlueUnlessSomethingWorse() {
        assertThat(on("2023-06-15", note("2023-06-14", 95)).light()).isEqualTo(Light.NONE);
        assertThat(on("2023-06-16", note("2023-06-14", 95))).isEqualTo(new Warning(Light.BLUE, Warning.Reason.DUE_SOON));
        assertThat(on("2023-06-16", note("2023-06-14", 50)).light()).isEqualTo(Light.YELLOW);
        assertThat(on("2023-06-16", note("2023-05-01", 95)).light()).isEqualTo(Light.YELLOW);
    }

    private static cn.duban.assistant.progress.Progress jobs(cn.duban.assistant.progress.Status status) {
        var target = new cn.duban.assistant.knowledge.Target("new-urban-jobs", "新增城镇就业", List.of(), new java.math.BigDecimal(2800),
                "人", cn.duban.assistant.knowledge.Comparison.AT_LEAST, cn.duban.assistant.knowledge.Aggregation.SUM, "三、",
                "新增城镇就业2800人以上", "", START, LocalDate.of(2023, 12, 31), "report");
        return new cn.duban.assistant.progress.Progress(target, null, null, null, status, false, null, null);
    }

    @Test
    void aTargetIsYellowWhenBehindAndRedWhenItsPeriodEndedUnmet() {
        LocalDate june = LocalDate.of(2023, 6, 30);
        LocalDate nextYear = LocalDate.of(2024, 1, 1);
        assertThat(rules.target(jobs(cn.duban.assistant.progress.Status.BEHIND), june).light()).isEqualTo(Light.YELLOW);
        assertThat(rules.target(jobs(cn.duban.assistant.progress.Status.ON_SCHEDULE), june).light()).isEqualTo(Light.NONE);
        assertThat(rules.target(jobs(cn.duban.assistant.progress.Status.ON_SCHEDULE), nextYear).light()).isEqualTo(Light.RED);
        assertThat(rules.target(jobs(cn.duban.assistant.progress.Status.DONE), nextYear).light()).isEqualTo(Light.NONE);
    }
}
