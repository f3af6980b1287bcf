package cn.duban.assistant.benchmark;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.duban.assistant.knowledge.Report;
import cn.duban.assistant.knowledge.ReportSentence;
import cn.duban.assistant.knowledge.SentenceSplitter;

/**
 * A report of at least 20,000 characters for {@code benchmark-questions}, made without any download: ten sections
 * of two sub-sections each, every one opening with a sentence of indicators written in full (规模以上工业增加值,
 * 固定资产投资, 棚户区改造 …) and going on with the bundled report's sentences, their small numbers varied and the
 * county renamed, for the 2024 report of a county 青禾县 that sits alongside the bundled one.
 */
final class LargeReport {

    static final String ID = "qinghe-2024";
    static final String COUNTY = "青禾县";
    static final int YEAR = 2024;
    static final int LEAST_CHARACTERS = 20_000;

    private static final String OPENING = "2024年主要预期目标是:地区生产总值增长6.5%左右,一般公共预算收入增长5%,"
            + "固定资产投资增长10%,社会消费品零售总额增长7%,城乡居民人均可支配收入增长与经济增长同步。";
    private static final String[][] SECTIONS = {
            {"一、坚持项目为王,扩大有效投资", "(一)抓好重点项目建设", "(二)强化要素保障",
                    "全年安排重点项目120个,年度计划投资260亿元,新开工亿元以上项目40个。"},
            {"二、推进新型工业化,壮大实体经济", "(一)培育优势产业集群", "(二)推动企业技术改造",
                    "规模以上工业增加值增长8%,新增规模以上工业企业25家,工业技改投资增长12%。"},
            {"三、激发消费潜力,繁荣商贸流通", "(一)提振大宗消费", "(二)发展电子商务",
                    "社会消费品零售总额增长7%,网络零售额突破30亿元。"},
            {"四、全面推进乡村振兴", "(一)稳定粮食生产", "(二)建设和美乡村",
                    "粮食总产稳定在9亿斤以上,新建高标准农田5万亩。"},
            {"五、提升城市品质", "(一)推进城市更新", "(二)完善基础设施",
                    "完成棚户区改造1200户,改造老旧小区30个,新建城市道路12公里。"},
            {"六、深化改革开放", "(一)优化营商环境", "(二)扩大对外开放",
                    "实际利用外资增长10%,外贸进出口总额增长6%。"},
            {"七、加强生态环境保护", "(一)打好蓝天保卫战", "(二)推进绿色低碳发展",
                    "空气质量优良天数达到260天以上,森林覆盖率达到28%。"},
            {"八、增进民生福祉", "(一)稳定扩大就业", "(二)办好人民满意教育",
                    "新增城镇就业5000人以上,城镇调查失业率控制在5.5%以内。"},
            {"九、发展社会事业", "(一)推进健康青禾建设", "(二)繁荣文化旅游",
                    "新建普惠性幼儿园6所,建成县域医共体3个。"},
            {"十、统筹发展和安全", "(一)抓好安全生产", "(二)加强政府自身建设",
                    "安全生产事故起数和死亡人数持续下降,办好十件民生实事。"}};
    /** Numbers of one to three digits (4+4, 35个, 15%): varied from sub-section to sub-section; years are kept. */
    private static final Pattern SMALL_NUMBER = Pattern.compile("(?<![0-9.])[0-9]{1,3}(?![0-9])");

    private LargeReport() {
    }

    /** The report of a {@link #text text}. */
    static Report from(String text) {
        SentenceSplitter.SplitText split = SentenceSplitter.split(ID, text);
        return new Report(ID, COUNTY + YEAR + "年政府工作报告", "", "", COUNTY, YEAR, "", split.headings(), split.sentences());
    }

    /**
     * The report's body made from the sentences of {@code model} (the bundled report): headings on lines of their
     * own, then paragraphs; at least 20,000 characters.
     */
    static String text(Report model) {
        List<String> sentences = model.sentences().stream().map(ReportSentence::text).toList();
        int modelLength = sentences.stream().mapToInt(String::length).sum();
        int subSections = SECTIONS.length * 2;
        int perSubSection = (int) Math.ceil(1.05 * LEAST_CHARACTERS / subSections / ((double) modelLength / sentences.size()));
        StringBuilder body = new StringBuilder(OPENING).append('\n');
        int next = 0;
        for (int s = 0; s < SECTIONS.length; s++) {
            body.append(SECTIONS[s][0]).append('\n');
            for (int k = 1; k <= 2; k++) {
                body.append(SECTIONS[s][k]).append('\n');
                if (k == 1) {
                    body.append(SECTIONS[s][3]);
                }
                for (int i = 0; i < perSubSection; i++, next++) {
                    body.append(varied(sentences.get(next % sentences.size()), model, s * 2 + k));
                }
                body.append('\n');
            }
        }
        if (body.length() < LEAST_CHARACTERS) {
            throw new IllegalStateException("the large report has only " + body.length() + " characters");
        }
        return body.toString();
    }

    /** A model sentence for this report: its county and year, and its small numbers changed by {@code shift}. */
    private static String varied(String sentence, Report model, int shift) {
        String text = sentence.replace(model.year() + "年", YEAR + "年");
        String county = model.county().replaceFirst("[县市区旗]$", "");
        if (county.length() >= 2) {
            text = text.replace(county, COUNTY.substring(0, COUNTY.length() - 1));
        }
        Matcher numbers = SMALL_NUMBER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (numbers.find()) {
            numbers.appendReplacement(out, String.valueOf(Integer.parseInt(numbers.group()) + shift));
        }
        return numbers.appendTail(out).toString();
    }
}
