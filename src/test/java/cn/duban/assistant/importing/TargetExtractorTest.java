package cn.duban.assistant.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.duban.assistant.knowledge.Report;
import cn.duban.assistant.knowledge.SentenceSplitter;
import cn.duban.assistant.vocabulary.Vocabulary;

/** Which figures of a report's text are proposed as targets, with what comparator, name, quote and owner. */
class TargetExtractorTest {

    private final TargetExtractor extractor = new TargetExtractor(Vocabulary.bundled());

    static List<ProposedTarget> extract(String body, int year) {
        SentenceSplitter.SplitText text = SentenceSplitter.split("t", body);
        Report report = new Report("t", "政府工作报告", "", "", "", year, "", text.headings(), text.sentences());
        return new TargetExtractor(Vocabulary.bundled()).extract(report, "t");
    }

    private static String found(String body) {
        List<ProposedTarget> targets = extract(body, 2024);
        targets.forEach(t -> assertThat(body).contains(t.quote()));
        return targets.isEmpty() ? "-" : String.join("; ", targets.stream()
                .map(t -> t.value().stripTrailingZeros().toPlainString() + " " + t.unit() + " " + t.comparator()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            今年地区生产总值增长6.5%左右。                              | 6.5 % ~
            力争全年新增市场主体5000户以上。                             | 5000 户 >=
            城镇调查失业率控制在5.5%以内。                              | 5.5 % <=
            粮食播种面积稳定在120万亩以上。                             | 120 万亩 >=
            新建改造农村公路150公里。                                  | 150 公里 =
            全年招商引资到位资金要保300亿元、争500亿元。                   | 300 亿元 =; 500 亿元 =
            新增高新技术企业11家、省级专精特新企业17家。                   | 11 家 =; 17 家 =
            原砂开采量力争突破400万吨。                                | 400 万吨 >=
            电商网络零售额超过20亿元。                                 | 20 亿元 >=
            一般公共预算收入不低于15亿元。                              | 15 亿元 >=
            新建幼儿园三所。                                         | 3 所 =
            改造提升农村公路一百二十公里。                               | 120 公里 =
            城乡居民人均可支配收入分别增长6%和7%。                        | 6 % =; 7 % =
            力争新增规上工业企业20家以上,规上工业增加值增长8%以上。           | 20 家 >=; 8 % >=
            单位GDP能耗下降3%。                                      | 3 % =
            完成造林绿化1.2万亩。                                     | 1.2 万亩 =
            新增城镇就业2.8万人。                                     | 2.8 万人 =
            城镇登记失业率控制在3.5%左右。                              | 3.5 % ~
            研发经费投入强度提高0.2个百分点。                            | 0.2 百分点 =
            新建5万亩高标准农田。                                     | 5 万亩 =
            等50个5000万元以上项目开工建设。                            | 50 个 =
            培育产值15亿元以上企业3家。                                 | 3 家 =
            及早实现钢产能500万吨生产目标。                              | 500 万吨 =
            储备不低于1000亩的工业熟地。                                | 1000 亩 >=
            全年实施重点项目120个,完成投资150亿元以上。                    | 120 个 =; 150 亿元 >=
            去年地区生产总值增长6.3%。                                 | -
            过去一年,新增规上工业企业26家。                              | -
            2023年全县实现地区生产总值236亿元,增长6.1%。                   | -
            规上工业增加值同比增长9.2%。                                 | -
            “十四五”期间,地区生产总值年均增长7%。                         | -
            到2027年,规上工业企业达到300家。                             | -
            着力构建“4+4”现代产业体系。                                 | -
            推进总投资10亿元的矿山机械项目开工建设。                        | -
            加快周钢1000万吨级汽车钢基地建设。                             | -
            着力培育生物医药、电子信息2个新兴产业。                         | -
            全力以赴做好以下十个方面的工作。                               | -
            实施“百项技改、百企提质”工程。                                | -
            加快三家国有硅砂矿土地转用审批。                               | -
            建成投用10万吨级粮食储备库。                                  | -
            深入开展三年绿化提升工程。                                   | -
            要重点把握好3方面。                                        | -
            全力推进华电满堂红35万千瓦风电项目。                            | -
            新增就业300多人。                                         | -
            城乡居民人均可支配收入分别增长8%、9%以上。                       | 8 % >=; 9 % >=
            固定资产投资实现两位数增长。                                   | -
            城镇调查失业率不超过5.5%。                                    | 5.5 % <=
            地区生产总值增长百分之七左右。                                  | 7 % ~
            一般公共预算收入增长百分之六点五。                               | 6.5 % =
            一般公共预算收入增长6%—7%。                                   | 6 % >=
            规上工业增加值增长7%至8%。                                    | 7 % >=
            新增高新技术企业、科技型中小企业、专精特新企业分别达到10家、50家和8家。 | 10 家 >=; 50 家 >=; 8 家 >=
            2024年新增城镇就业4100人,2023年新增城镇就业3900人。               | 4100 人 =
            2022年全县经济社会发展取得显著成效;地区生产总值达到379.95亿元、增长9.3%;今年力争增长7%以上。 | 7 % >=
            """)
    void proposesForwardLookingFiguresOnly(String sentence, String expected) {
        assertThat(found(sentence.strip())).isEqualTo(expected.strip());
    }

    @Test
    void aReviewSectionProposesNothingAndThePlanSectionNamesItsSection() {
        String body = """
                一、2023年工作回顾
                新增规上工业企业26家,改造老旧小区15个。
                二、2024年工作安排
                新增规上工业企业30家,改造老旧小区12个。
                """;
        List<ProposedTarget> targets = extract(body, 2024);
        assertThat(targets).extracting(ProposedTarget::quote).containsExactly("新增规上工业企业30家", "改造老旧小区12个");
        assertThat(targets).extracting(ProposedTarget::section).containsOnly("二、2024年工作安排");
    }

    @Test
    void namesComeFromTheReportsWordsWithoutFigureAndLeadWords() {
        List<ProposedTarget> targets = extract("""
                力争新增规上工业企业20家以上,装备制造产业集群产值达到130亿元。城乡居民人均可支配收入分别增长5.5%左右和6.5%左右。
                全年招商引资到位资金要保300亿元、争500亿元。原砂开采量力争突破400万吨。等35个5000万元以上项目竣工投产。
                """, 2024);
        assertThat(targets).extracting(ProposedTarget::name).containsExactly("新增规上工业企业", "装备制造产业集群产值",
                "城镇居民人均可支配收入增长", "农村居民人均可支配收入增长", "招商引资到位资金", "招商引资到位资金(争)",
                "原砂开采量", "5000万元以上项目竣工投产");
        assertThat(targets).extracting(ProposedTarget::aggregation)
                .containsExactly("sum", "latest", "latest", "latest", "latest", "latest", "latest", "sum");
        assertThat(targets).extracting(ProposedTarget::id).startsWith("t-01", "t-02");
    }

    @Test
    void figuresSaidOfEachOfSeveralSubjectsAreNamedForEach() {
        assertThat(extract("新增高新技术企业、科技型中小企业、专精特新企业分别达到10家、50家和8家。规模以上工业增加值确保增长7%。", 2024))
                .extracting(t -> t.name() + " " + t.value())
                .containsExactly("新增高新技术企业 10", "科技型中小企业 50", "专精特新企业 8", "规模以上工业增加值增长 7");
    }

    @Test
    void aliasesAreTheNameWithoutItsClosingGrowthWordOrLeadingVerbs() {
        assertThat(extract("固定资产投资增长8%。全年谋划实施重点项目150个。改造老旧小区38个。新建、改扩建幼儿园8所。新建农村公路150公里。", 2024))
                .extracting(t -> t.name() + ":" + String.join("/", t.aliases()))
                .containsExactly("固定资产投资增长:固定资产投资", "谋划实施重点项目:重点项目", "改造老旧小区:老旧小区",
                        "新建、改扩建幼儿园:", "新建农村公路:农村公路");
    }

    @Test
    void theLeadUnitNamedInTheSentenceIsTheOwner() {
        List<ProposedTarget> targets = extract("""
                新增城镇就业3000人以上(牵头单位:县人社局)。
                新建高标准农田5万亩,由县农业农村局牵头。
                新建农贸市场5个,县市场监管局负责。
                技改投资增长10%,牵头单位:县工信局。
                改造老旧小区12个。
                """, 2024);
        assertThat(targets).extracting(ProposedTarget::owner).containsExactly("县人社局", "县农业农村局", "县市场监管局", "县工信局", "");
        assertThat(targets.get(0).quote()).isEqualTo("新增城镇就业3000人以上");
    }

    @Test
    void fullWidthPunctuationAndPercentSignAreRead() {
        assertThat(extract("主要预期目标是：地区生产总值增长6％以上；一般公共预算收入增长5％。", 2024))
                .extracting(t -> t.value().toPlainString() + t.unit() + t.comparator())
                .containsExactly("6%>=", "5%=");
    }
}
