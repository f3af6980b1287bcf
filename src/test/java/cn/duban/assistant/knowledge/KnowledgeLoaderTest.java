package cn.duban.assistant.knowledge;

import cn.duban.assistant.files.MalformedFileException;

import static cn.duban.assistant.knowledge.BundledKnowledge.read;
import static cn.duban.assistant.knowledge.BundledKnowledge.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeLoaderTest {

    @TempDir
    Path dir;
    Path targets;

    @BeforeEach
    void copyBundledKnowledge() {
        write(dir.resolve("reports/qingyun-2023.txt"), read(BundledKnowledge.DIR.resolve("reports/qingyun-2023.txt")));
        targets = dir.resolve("targets.yml");
        write(targets, read(BundledKnowledge.DIR.resolve("targets.yml")));
    }

    @Test
    void bundledKnowledgeHasTheReportAndItsSixTargets() {
        Knowledge knowledge = KnowledgeLoader.load(BundledKnowledge.DIR);

        Report report = knowledge.reports().get(0);
        assertThat(report.speaker()).isEqualTo("吕德山");
        assertThat(report.speakerTitle()).isEqualTo("庆云县县长");
        assertThat(report.year()).isEqualTo(2023);
        assertThat(report.source()).isEqualTo("德州新闻网");
        assertThat(report.headings()).hasSize(6).first().isEqualTo("一、在构建现代产业体系上攻坚突破");
        assertThat(report.fullText()).doesNotContain("版权").doesNotContain("免责");
        assertThat(knowledge.targets()).extracting(Target::id).containsExactly("billion-yuan-projects",
                "tech-upgrade-investment", "new-high-tech-enterprises", "provincial-specialized-smes",
                "ecommerce-online-retail", "new-urban-jobs");
        Target jobs = knowledge.target("new-urban-jobs").orElseThrow();
        assertThat(jobs.value()).isEqualByComparingTo(new BigDecimal(2800));
        assertThat(jobs.unit()).isEqualTo("人");
        assertThat(jobs.comparison()).isEqualTo(Comparison.AT_LEAST);
        assertThat(jobs.aggregation()).isEqualTo(Aggregation.SUM);
        assertThat(jobs.periodStart()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(jobs.periodEnd()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(knowledge.target("tech-upgrade-investment").orElseThrow().aggregation()).isEqualTo(Aggregation.LATEST);
        assertThat(knowledge.target("new-high-tech-enterprises").orElseThrow().comparison()).isEqualTo(Comparison.EXACTLY);
    }

    @Test
    void aMissingFieldNamesFileLineAndField() {
        replaceInTargets("    unit: 人\n", "");

        assertThatThrownBy(() -> KnowledgeLoader.load(dir))
                .isInstanceOfSatisfying(MalformedFileException.class, e -> {
                    assertThat(e.file()).isEqualTo(targets);
                    assertThat(e.field()).isEqualTo("targets[6].unit");
                    assertThat(e.line()).isEqualTo(lineOf("- id: new-urban-jobs"));
                    assertThat(e.getMessage()).contains("targets.yml", "第" + e.line() + "行", "targets[6].unit", "缺少");
                });
    }

    @Test
    void aMistypedFieldIsRefusedNamingTheOneMeant() {
        replaceInTargets("    aliases: [城镇新增就业", "    alias: [城镇新增就业");

        assertThatThrownBy(() -> KnowledgeLoader.load(dir))
                .isInstanceOfSatisfying(MalformedFileException.class, e -> {
                    assertThat(e.field()).isEqualTo("targets[6].alias");
                    assertThat(e.line()).isEqualTo(lineOf("alias: [城镇新增就业"));
                    assertThat(e.getMessage()).contains("不认识的字段“alias”", "是不是“aliases”");
                });
    }

    @Test
    void aMistypedPeriodIsRefusedToo() {
        replaceInTargets("    unit: 人\n", "    unit: 人\n    peroid:\n      start: 2023-01-01\n      end: 2023-12-31\n");

        assertThatThrownBy(() -> KnowledgeLoader.load(dir))
                .isInstanceOfSatisfying(MalformedFileException.class, e ->
                        assertThat(e.getMessage()).contains("targets[6].peroid", "是不是“period”"));
    }

    @Test
    void aUnitTheQuoteDoesNotStateIsRefused() {
        replaceInTargets("    unit: 人\n", "    unit: 万人\n");

        assertThatThrownBy(() -> KnowledgeLoader.load(dir))
                .isInstanceOfSatisfying(MalformedFileException.class, e -> {
                    assertThat(e.field()).isEqualTo("targets[6].unit");
                    assertThat(e.getMessage()).contains("没有单位“万人”");
                });
    }

    @Test
    void aFullWidthColonGetsAHint() {
        replaceInTargets("  - id: new-urban-jobs", "  - id：new-urban-jobs");

        assertThatThrownBy(() -> KnowledgeLoader.load(dir))
                .isInstanceOfSatisfying(MalformedFileException.class, e ->
                        assertThat(e.getMessage()).contains("中文冒号", "“: ”"));
    }

    @Test
    void aFullWidthColonInTasksYmlNamesItsOwnLineAndField() {
        String tasks = read(BundledKnowledge.DIR.resolve("tasks.yml"));
        for (String line : List.of("    name: 津潍高铁建设", "  - id: jinwei-railway", "    lead: 县交通运输局\n    partners: [县发展改革局, 常家镇]")) {
            String broken = tasks.replace(line, line.replaceFirst(": ", "\uFF1A"));
            write(dir.resolve("tasks.yml"), broken);
            List<String> lines = broken.lines().toList();
            int at = 0;
            while (!lines.get(at).contains("\uFF1A")) {
                at++;
            }
            long item = lines.subList(0, at + 1).stream().filter(l -> l.startsWith("  - ")).count();
            String key = line.strip().replaceFirst("^- ", "").replaceFirst("(?s):.*", "");
            int expectedLine = at + 1;

            assertThatThrownBy(() -> KnowledgeLoader.load(dir)).as(line)
                    .isInstanceOfSatisfying(MalformedFileException.class, e -> {
                        assertThat(e.line()).isEqualTo(expectedLine);
                        assertThat(e.field()).isEqualTo("tasks[" + item + "]." + key);
                        assertThat(e.getMessage()).contains("第" + expectedLine + "行用了中文冒号", "“: ”");
                    });
        }
    }

    @Test
    void aValueThatIsNotANumberNamesItsLine() {
        replaceInTargets("value: 2800", "value: 两千八");

        assertThatThrownBy(() -> KnowledgeLoader.load(dir))
                .isInstanceOfSatisfying(MalformedFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(lineOf("value: 两千八"));
                    assertThat(e.field()).isEqualTo("targets[6].value");
                });
    }

    @Test
    void anUnknownComparatorIsRefused() {
        replaceInTargets("comparator: \">=\"\n    aggregation: sum\n    section: 六", "comparator: \"at least\"\n    aggregation: sum\n    section: 六");

        assertThatThrownBy(() -> KnowledgeLoader.load(dir))
                .isInstanceOfSatisfying(MalformedFileException.class, e -> {
                    assertThat(e.field()).isEqualTo("targets[6].comparator");
                    assertThat(e.line()).isEqualTo(lineOf("comparator: \"at least\""));
                });
    }

    @Test
    void aQuoteThatIsNotInTheReportIsRefused() {
        replaceInTargets("quote: 争取新增城镇就业2800人以上", "quote: 争取新增城镇就业3000人以上");

        assertThatThrownBy(() -> KnowledgeLoader.load(dir))
                .isInstanceOfSatisfying(MalformedFileException.class, e -> {
                    assertThat(e.field()).isEqualTo("targets[6].quote");
                    assertThat(e.getMessage()).contains("一字不差");
                });
    }

    @Test
    void aValueTheQuoteDoesNotStateIsRefused() {
        replaceInTargets("value: 2800", "value: 3000");

        assertThatThrownBy(() -> KnowledgeLoader.load(dir))
                .isInstanceOfSatisfying(MalformedFileException.class, e -> assertThat(e.field()).isEqualTo("targets[6].value"));
    }

    @Test
    void aWrongSectionIsRefusedWithTheRightOne() {
        replaceInTargets("section: 六、在推进共建共享共治上攻坚突破", "section: 一、在构建现代产业体系上攻坚突破");

        assertThatThrownBy(() -> KnowledgeLoader.load(dir))
                .isInstanceOfSatisfying(MalformedFileException.class, e -> {
                    assertThat(e.field()).isEqualTo("targets[6].section");
                    assertThat(e.getMessage()).contains("六、在推进共建共享共治上攻坚突破");
                });
    }

    @Test
    void aDuplicateIdIsRefused() {
        replaceInTargets("id: new-urban-jobs", "id: billion-yuan-projects");

        assertThatThrownBy(() -> KnowledgeLoader.load(dir))
                .isInstanceOfSatisfying(MalformedFileException.class, e -> assertThat(e.getMessage()).contains("重复"));
    }

    @Test
    void brokenYamlNamesItsLine() {
        replaceInTargets("    aliases: [城镇新增就业, 新增就业, 城镇就业, 就业]", "    aliases: [城镇新增就业, 新增就业");

        assertThatThrownBy(() -> KnowledgeLoader.load(dir))
                .isInstanceOfSatisfying(MalformedFileException.class, e -> {
                    assertThat(e.getMessage()).contains("方括号没有成对", "字段 targets[6].aliases: ", "(第6个目标)");
                    assertThat(e.line()).isEqualTo(lineOf("aliases: [城镇新增就业, 新增就业"));
                });
    }

    @Test
    void aReportWithoutItsInformationBlockIsRefused() {
        write(dir.resolve("reports/qingyun-2023.txt"), "一、产业。实施工程。\n");

        assertThatThrownBy(() -> KnowledgeLoader.load(dir))
                .isInstanceOfSatisfying(MalformedFileException.class, e -> {
                    assertThat(e.file()).isEqualTo(dir.resolve("reports/qingyun-2023.txt"));
                    assertThat(e.line()).isEqualTo(1);
                });
    }

    @Test
    void aYearWrittenInWordsNamesTheFieldOnItsLine() {
        write(dir.resolve("reports/qingyun-2023.txt"), "---\nspeaker: 某某\nyear: 二〇二三\n---\n一、产业。实施工程。\n");

        assertThatThrownBy(() -> KnowledgeLoader.load(dir))
                .isInstanceOfSatisfying(MalformedFileException.class, e -> {
                    assertThat(e.field()).isEqualTo("year");
                    assertThat(e.line()).isEqualTo(3);
                });
    }

    @Test
    void withSeveralReportsATargetMustNameItsReport() {
        write(dir.resolve("reports/other-2024.txt"), BundledKnowledge.reportFile("另一份报告", 2024, "一、产业。实施工程。\n"));

        assertThatThrownBy(() -> KnowledgeLoader.load(dir))
                .isInstanceOfSatisfying(MalformedFileException.class, e -> assertThat(e.field()).isEqualTo("targets[1].report"));
    }

    @Test
    void withoutTargetsFileTheReportsStillLoad() {
        write(targets, "targets: []\n");
        assertThat(KnowledgeLoader.load(dir).targets()).isEmpty();
    }

    @Test
    void statesValueAcceptsScaledFigures() {
        assertThat(TargetLoader.statesValue("新增城镇就业2.8万人", new BigDecimal(28000), "人")).isTrue();
        assertThat(TargetLoader.statesValue("增长6.2%", new BigDecimal("6.2"), "%")).isTrue();
        assertThat(TargetLoader.statesValue("增长16.2%", new BigDecimal("6.2"), "%")).isFalse();
    }

    @Test
    void statesValueAcceptsChineseNumeralsBeforeTheUnit() {
        assertThat(TargetLoader.statesValue("新建幼儿园三所", new BigDecimal(3), "所")).isTrue();
        assertThat(TargetLoader.statesValue("新建农村公路一百二十公里", new BigDecimal(120), "公里")).isTrue();
        assertThat(TargetLoader.statesValue("新建幼儿园三所", new BigDecimal(4), "所")).isFalse();
        assertThat(TargetLoader.statesValue("统一建设三所", new BigDecimal(1), "所")).isFalse();
        assertThat(TargetLoader.statesValue("地区生产总值增长百分之七左右", new BigDecimal(7), "%")).isTrue();
        assertThat(TargetLoader.statesValue("收入增长百分之六点五", new BigDecimal("6.5"), "%")).isTrue();
        assertThat(TargetLoader.statesValue("收入增长百分之六点五", new BigDecimal("6"), "%")).isFalse();
    }

    private void replaceInTargets(String from, String to) {
        String text = read(targets);
        assertThat(text).contains(from);
        write(targets, text.replace(from, to));
    }

    private int lineOf(String text) {
        var lines = read(targets).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + text);
    }
}
