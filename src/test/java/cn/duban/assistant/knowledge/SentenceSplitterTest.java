package cn.duban.assistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void headingThatOpensItsParagraphIsASectionNotASentence() {
        var text = SentenceSplitter.split("r", "一、在构建现代产业体系上攻坚突破。实施标志性产业链突破工程,力争全年引进过亿元项目35个以上。");

        assertThat(text.headings()).containsExactly("一、在构建现代产业体系上攻坚突破");
        assertThat(text.sentences()).extracting(ReportSentence::text)
                .containsExactly("实施标志性产业链突破工程,力争全年引进过亿元项目35个以上。");
        assertThat(text.sentences()).extracting(ReportSentence::section).containsOnly("一、在构建现代产业体系上攻坚突破");
    }

    @Test
    void headingsOnTheirOwnLinesNestSubSections() {
        var text = SentenceSplitter.split("r", """
                三、2023年政府重点工作
                围绕今年的发展目标,重点抓好以下工作:
                \uFF08一\uFF09保持经济运营在合理区间
                全力推进重点项目建设。加强项目储备和招商。
                四、保障和改善民生
                办好民生实事。
                """);

        assertThat(text.headings()).containsExactly("三、2023年政府重点工作", "\uFF08一\uFF09保持经济运营在合理区间", "四、保障和改善民生");
        assertThat(text.sentences()).extracting(ReportSentence::section).containsExactly(
                "三、2023年政府重点工作",
                "三、2023年政府重点工作 / \uFF08一\uFF09保持经济运营在合理区间",
                "三、2023年政府重点工作 / \uFF08一\uFF09保持经济运营在合理区间",
                "四、保障和改善民生");
    }

    @Test
    void textBeforeTheFirstHeadingHasNoSection() {
        var text = SentenceSplitter.split("r", "市政府工作报告主题鲜明。\n\n一、产业。实施工程。");

        assertThat(text.sentences().get(0).section()).isEmpty();
        assertThat(text.sentences().get(1).section()).isEqualTo("一、产业");
    }

    @Test
    void splitsAtFullAndHalfWidthEndsButNotInsideQuotes() {
        List<String> sentences = SentenceSplitter.sentencesOf(
                "实施就业优先政策,争取新增城镇就业2800人以上;持续扩大参保覆盖面\uFF1B坚持“以人为本。不断提升”的理念!好吗?");

        assertThat(sentences).containsExactly("实施就业优先政策,争取新增城镇就业2800人以上;", "持续扩大参保覆盖面\uFF1B",
                "坚持“以人为本。不断提升”的理念!", "好吗?");
    }

    @Test
    void longLineOpeningWithANumberIsNotTakenForAHeading() {
        String paragraph = "一、" + "很长的正文".repeat(20) + "。";
        var text = SentenceSplitter.split("r", paragraph);

        assertThat(text.headings()).isEmpty();
        assertThat(text.sentences()).hasSize(1);
    }

    @Test
    void fragmentsWithoutWordsAreDropped() {
        assertThat(SentenceSplitter.sentencesOf("。;……。好的。")).containsExactly("好的。");
    }
}
