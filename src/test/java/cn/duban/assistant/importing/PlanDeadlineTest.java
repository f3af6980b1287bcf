package cn.duban.assistant.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.duban.assistant.vocabulary.Vocabulary;

/** 完成时限 as counties write them, resolved for a report of 2023. */
class PlanDeadlineTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2023年12月底 | 2023-12",
            "2023年12月底前 | 2023-12",
            "12月底前 | 2023-12",
            "6月30日前 | 2023-06-30",
            "2023年6月30日 | 2023-06-30",
            "2023.6.30 | 2023-06-30",
            "年底前 | 2023",
            "2023年底 | 2023",
            "年内完成 | 2023",
            "上半年 | 2023-06",
            "一季度 | 2023-03",
            "三季度末 | 2023-09",
            "下半年 | 2023",
            "２０２３年１０月底前 | 2023-10"})
    void countyWordingsResolveToTheFormsTasksYmlTakes(String written, String yaml) {
        PlanDeadline deadline = PlanDeadline.resolve(written, null, 2023, Vocabulary.bundled());
        assertThat(deadline).returns(yaml, PlanDeadline::written).returns("", PlanDeadline::flag);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"长期坚持 | 2023 | 没有期限", "持续推进 | 2023 | 暂按报告年底",
            "2024年6月底前 | 2024-06 | 不在报告的年份", "三月中旬 | 三月中旬 | 无法识别", "2023年2月30日 | 2023年2月30日 | 无法识别"})
    void ongoingOtherYearsAndUnreadableOnesAreFlagged(String written, String yaml, String flag) {
        PlanDeadline deadline = PlanDeadline.resolve(written, null, 2023, Vocabulary.bundled());
        assertThat(deadline.written()).isEqualTo(yaml);
        assertThat(deadline.flag()).contains(flag);
        assertThat(deadline.readable()).isEqualTo(!flag.equals("无法识别"));
    }

    @org.junit.jupiter.api.Test
    void anExcelDateIsThatDay() {
        assertThat(PlanDeadline.resolve("2023-06-30", LocalDate.of(2023, 6, 30), 2023, Vocabulary.bundled()))
                .isEqualTo(new PlanDeadline("2023-06-30", ""));
        assertThat(PlanDeadline.resolve("", null, 2023, Vocabulary.bundled()).flag()).contains("没有写完成时限");
    }
}
