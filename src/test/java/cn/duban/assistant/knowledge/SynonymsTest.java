package cn.duban.assistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.duban.assistant.files.MalformedFileException;

/**
 * Officials' shorthand ({@code knowledge/vocabulary.yml}): a target is found by every way its name is said — 固投 for
 * 固定资产投资, 社零 for 社会消费品零售总额, GDP for 地区生产总值, 规模以上 for 规上, 增速 for 增长.
 */
class SynonymsTest {

    @TempDir
    Path dir;

    /** A county whose report sets its main targets in one sentence, with the shipped vocabulary beside it. */
    private Knowledge county() {
        BundledKnowledge.write(dir.resolve("reports/r.txt"), BundledKnowledge.reportFile("某县政府工作报告", 2024,
                "一、主要目标。地区生产总值增长6%以上,规上工业增加值增长8%以上,固定资产投资增长8%,"
                        + "社会消费品零售总额增长8%,一般公共预算收入增长6%。\n"));
        BundledKnowledge.write(dir.resolve("targets.yml"), """
                targets:
                  - {id: gdp, name: 地区生产总值增长, value: 6, unit: "%", comparator: ">=", aggregation: latest, quote: 地区生产总值增长6%以上}
                  - {id: industry, name: 规上工业增加值增长, value: 8, unit: "%", comparator: ">=", aggregation: latest, quote: 规上工业增加值增长8%以上}
                  - {id: investment, name: 固定资产投资增长, value: 8, unit: "%", comparator: "=", aggregation: latest, quote: 固定资产投资增长8%}
                  - {id: retail, name: 社会消费品零售总额增长, value: 8, unit: "%", comparator: "=", aggregation: latest, quote: 社会消费品零售总额增长8%}
                  - {id: revenue, name: 一般公共预算收入增长, value: 6, unit: "%", comparator: "=", aggregation: latest, quote: 一般公共预算收入增长6%}
                """);
        BundledKnowledge.write(dir.resolve("vocabulary.yml"), BundledKnowledge.read(BundledKnowledge.DIR.resolve("vocabulary.yml")));
        return KnowledgeLoader.load(dir);
    }

    private String ask(Knowledge knowledge, String question) {
        try (KnowledgeIndex index = new KnowledgeIndex(knowledge)) {
            return BundledKnowledge.reply(knowledge, new ReportAnswerer(knowledge, index), question);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void officialsShorthandFindsTheTarget() {
        Knowledge county = county();

        assertThat(ask(county, "固投增长多少")).startsWith("固定资产投资增长8%");
        assertThat(ask(county, "固投增速目标")).startsWith("固定资产投资增长8%");
        assertThat(ask(county, "社零增长多少")).startsWith("社会消费品零售总额增长8%");
        assertThat(ask(county, "GDP增速是多少")).startsWith("地区生产总值增长6%以上");
        assertThat(ask(county, "经济总量增长多少")).startsWith("地区生产总值增长6%以上");
        assertThat(ask(county, "规上工业增速")).startsWith("规上工业增加值增长8%以上");
        assertThat(ask(county, "规模以上工业增加值增长多少")).startsWith("规上工业增加值增长8%以上");
        assertThat(ask(county, "财政收入增长多少")).startsWith("一般公共预算收入增长6%");
    }

    @Test
    void shorthandNeverGivesOneTargetsFigureForAnother() {
        Knowledge county = county();

        assertThat(ask(county, "社零增长多少").lines().findFirst().orElseThrow()).isEqualTo("社会消费品零售总额增长8%。");
        assertThat(ask(county, "固投增长多少").lines().findFirst().orElseThrow()).isEqualTo("固定资产投资增长8%。");
        assertThat(ask(county, "进出口增长多少")).startsWith("未找到");
    }

    @Test
    void theBundledTargetsAreFoundByTheirShorthandToo() {
        assertThat(BundledKnowledge.reply("技术改造投资增长多少")).startsWith("争取技改投资增长15%以上");
        assertThat(BundledKnowledge.reply("技改投资增速目标")).startsWith("争取技改投资增长15%以上");
        assertThat(BundledKnowledge.reply("网络零售额目标")).contains("电商网络零售额超过20亿元");
    }

    @Test
    void aGroupWithOneWordOrAWordInTwoGroupsStopsTheLoadNamingTheFile() {
        Path file = dir.resolve("vocabulary.yml");
        BundledKnowledge.write(file, "groups:\n  - 固定资产投资、固投\n  - 社零\n");
        assertThatThrownBy(() -> Synonyms.load(file)).isInstanceOfSatisfying(MalformedFileException.class,
                e -> assertThat(e.getMessage()).contains("vocabulary.yml", "groups", "第2组", "至少两种"));

        BundledKnowledge.write(file, "groups:\n  - 固定资产投资、固投\n  - 固投、固投资\n");
        assertThatThrownBy(() -> Synonyms.load(file)).isInstanceOfSatisfying(MalformedFileException.class,
                e -> assertThat(e.getMessage()).contains("“固投”同时在第1组和第2组"));

        BundledKnowledge.write(file, "group:\n  - 固定资产投资、固投\n");
        assertThatThrownBy(() -> Synonyms.load(file)).isInstanceOfSatisfying(MalformedFileException.class,
                e -> assertThat(e.getMessage()).contains("不认识的字段“group”", "是不是“groups”"));
    }

    @Test
    void theShippedVocabularyHasAtLeast150Groups() {
        Synonyms shipped = Synonyms.load(BundledKnowledge.DIR.resolve("vocabulary.yml"));

        assertThat(shipped.groups()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(shipped.variants("规上工业增加值增长")).contains("规模以上工业增加值增长", "规上工业增加值增速");
    }
}
