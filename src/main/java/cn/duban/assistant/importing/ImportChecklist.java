package cn.duban.assistant.importing;

import java.nio.file.Path;
import java.util.List;

import cn.duban.assistant.knowledge.Report;

/** What {@code import-report} prints for county staff: what it wrote, what it guessed, and what to check next. */
final class ImportChecklist {

    private ImportChecklist() {
    }

    static String of(Report report, boolean guessed, Path reportFile, Path proposal, List<ProposedTarget> targets,
                     List<String> others) {
        String check = guessed ? "(待核对)" : "";
        StringBuilder text = new StringBuilder();
        text.append("已导入报告: ").append(reportFile).append('\n')
                .append("  标题: ").append(report.title()).append(check).append('\n')
                .append("  年份: ").append(report.year()).append(guessed ? "(待核对:报告部署哪一年的工作)" : "").append('\n')
                .append("  县: ").append(orMissing(report.county())).append(check).append('\n')
                .append("  讲话人: ").append(orMissing(report.speaker())).append(check).append('\n')
                .append("  正文 ").append(report.sentences().size()).append(" 句, 章节 ").append(report.headings().size()).append(" 个")
                .append(report.headings().isEmpty() ? "(没有认出“一、”“(一)”开头的章节标题,请检查分段)" : "").append('\n');
        if (guessed) {
            text.append("  以上猜测写在报告文件开头的 --- 之间,请打开核对、改正。\n");
        }
        text.append('\n').append("找到 ").append(targets.size()).append(" 个量化目标,写在 ").append(proposal).append(",请逐条核对:\n");
        int n = 0;
        for (ProposedTarget target : targets) {
            text.append(String.format("  %2d. %s %s%s%s —— 原文“%s”%n", ++n, target.name(), target.value().stripTrailingZeros().toPlainString(),
                    target.unit(), comparatorWord(target.comparator()), target.quote()));
        }
        text.append('\n').append("""
                核对时:
                  - 删去不是目标的(去年的成绩、项目简介里的数),补上漏掉的;
                  - comparator: >= 以上/超过/突破/不低于, <= 以内/控制在, = 确数, ~ 左右;
                  - aggregation: sum 各单位增量相加(新增企业数、项目数), latest 以最新一次上报为准(增长率、总额);
                  - 填写 owner(牵头单位);在 aliases 中写上大家口头的说法(如“就业”“城镇新增就业”),问答和上报都靠它认出指标;
                  - id 可改成好记的英文短名;config/roster.yml 中填报人的 targets 要改成新目标的 id。
                核对后把要跟踪的目标移入 knowledge/targets.yml,然后在企业微信里发“重新加载”(或重新启动助手)。
                """);
        if (!others.isEmpty()) {
            text.append("注意: knowledge/reports 中还有 ").append(String.join("、", others))
                    .append("。有多篇报告时, targets.yml 中每个目标都要写 report: 字段(建议的目标已写好)。\n");
        }
        return text.toString();
    }

    private static String orMissing(String value) {
        return value.isEmpty() ? "(没有认出,请填写)" : value;
    }

    private static String comparatorWord(String comparator) {
        return switch (comparator) {
            case ">=" -> "以上";
            case "<=" -> "以内";
            case "~" -> "左右";
            default -> "";
        };
    }
}
