package cn.duban.assistant.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the import guesses about a report: title, year, county, speaker and a saved page's source line. */
class ReportFactsTest {

    @Test
    void aReportsHeadGivesItsTitleYearCountyAndSpeaker() {
        ReportFacts facts = ReportFacts.of("""
                # source: http://example.org/baogao/1.html
                青山县人民政府工作报告
                ——2024年1月10日在青山县第十八届人民代表大会第四次会议上
                县长 王建国
                一、2023年工作回顾
                过去一年,全县地区生产总值完成236.5亿元。
                二、2024年目标任务
                """);
        assertThat(facts.source()).isEqualTo("http://example.org/baogao/1.html");
        assertThat(facts.body()).startsWith("青山县人民政府工作报告");
        assertThat(facts.title()).isEqualTo("青山县人民政府工作报告");
        assertThat(facts.year()).isEqualTo(2024);
        assertThat(facts.county()).isEqualTo("青山县");
        assertThat(facts.speaker()).isEqualTo("王建国");
    }

    @Test
    void theYearIsTheOneTheReportPlans() {
        assertThat(ReportFacts.of("2025年是“十四五”收官之年。去年(2024年)全县……").year()).isEqualTo(2025);
        assertThat(ReportFacts.of("三、2023年政府重点工作\n围绕今年的发展目标").year()).isEqualTo(2023);
        assertThat(ReportFacts.of("(辽宁省)彰武县人民政府工作报告(2023年12月20日)\n全面强化项目建设").year()).isEqualTo(2024);
        assertThat(ReportFacts.of("(辽宁省)彰武县人民政府工作报告(2023年12月20日)\n全面强化项目建设").county()).isEqualTo("彰武县");
    }

    @Test
    void aTextWithoutTitleOrSpeakerLeavesThemToCheck() {
        ReportFacts facts = ReportFacts.of("围绕今年的发展目标,重点抓好以下工作。\n新增就业3000人。");
        assertThat(facts.title()).isEqualTo("围绕今年的发展目标,重点抓好以下工作。");
        assertThat(facts.speaker()).isEmpty();
        assertThat(facts.county()).isEmpty();
    }
}
