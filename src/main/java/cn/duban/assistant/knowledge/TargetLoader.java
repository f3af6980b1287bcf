package cn.duban.assistant.knowledge;


import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.duban.assistant.files.MalformedFileException;
import cn.duban.assistant.files.YamlRecord;
import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * Reads {@code knowledge/targets.yml} and checks it against the reports: every quote must stand in its report
 * word for word, under the section named, so that the assistant never states a figure the report does not; and
 * every unit must be one the assistant reads in a report (人, 亿元 …), so that figures can be taken for it.
 */
final class TargetLoader {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private TargetLoader() {
    }

    static List<Target> load(Path file, List<Report> reports, List<String> units) {
        if (!Files.exists(file)) {
            throw new MalformedFileException(file, 0, null, "找不到量化目标文件",
                    "请建立它(格式见 README);报告中没有要跟踪的目标时,写一行 targets: [] 即可,然后重新启动。");
        }
        var read = YamlRecord.read(file);
        if (read.isEmpty()) {
            return List.of();
        }
        YamlRecord root = read.get();
        Map<String, Report> byId = reports.stream().collect(Collectors.toMap(Report::id, Function.identity()));
        List<Target> targets = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlRecord entry : root.records("targets")) {
            Target target = target(entry, byId, reports, units);
            if (!ids.add(target.id())) {
                throw entry.problem("id", "与前面的目标重复: " + target.id());
            }
            targets.add(target);
        }
        return List.copyOf(targets);
    }

    /** The fields a target takes (README, and the comments of targets.yml). */
    static final List<String> FIELDS = List.of("id", "name", "aliases", "value", "unit", "comparator", "aggregation",
            "section", "quote", "owner", "period", "report");

    private static Target target(YamlRecord entry, Map<String, Report> byId, List<Report> reports, List<String> units) {
        entry.onlyFields(FIELDS);
        String id = entry.text("id");
        if (!ID.matcher(id).matches()) {
            throw entry.problem("id", "只能用小写英文字母、数字和连字符,例如 new-urban-jobs");
        }
        Report report = report(entry, byId, reports);
        Comparison comparison = Comparison.ofSymbol(entry.text("comparator"));
        if (comparison == null) {
            throw entry.problem("comparator", "应为 >=、<=、= 或 ~ 之一");
        }
        Aggregation aggregation = Aggregation.ofName(entry.text("aggregation"));
        if (aggregation == null) {
            throw entry.problem("aggregation", "应为 sum(各单位增量相加)或 latest(以最新上报为准)");
        }
        var value = entry.number("value");
        if (value.signum() < 0) {
            throw entry.problem("value", "不能为负数");
        }
        String quote = entry.text("quote");
        ReportSentence source = report.sentences().stream()
                .filter(sentence -> sentence.text().contains(quote)).findFirst()
                .orElseThrow(() -> entry.problem("quote", "在报告 " + report.id() + " 中找不到这段原文,须一字不差"));
        String section = entry.optionalText("section", source.section());
        if (!source.section().equals(section) && !source.section().startsWith(section + " / ")) {
            throw entry.problem("section", "原文所在章节是“" + source.section() + "”");
        }
        if (!statesValue(quote, value, entry.text("unit"))) {
            throw entry.problem("value", "原文“" + quote + "”中没有数字 " + value.stripTrailingZeros().toPlainString());
        }
        String unitWritten = entry.text("unit");
        boolean percentInWords = "%".equals(unitWritten) && quote.contains("百分之");
        if (!percentInWords && !Vocabulary.fold(quote).contains(Vocabulary.fold(unitWritten))) {
            throw entry.problem("unit", "原文“" + quote + "”中没有单位“" + unitWritten + "”,单位应照原文写");
        }
        LocalDate start = LocalDate.of(report.year(), 1, 1);
        LocalDate end = LocalDate.of(report.year(), 12, 31);
        if (entry.has("period")) {
            YamlRecord period = entry.record("period");
            period.onlyFields(List.of("start", "end"));
            start = period.date("start");
            end = period.date("end");
            if (end.isBefore(start)) {
                throw entry.problem("period", "结束日期早于开始日期");
            }
        }
        return new Target(id, entry.text("name"), entry.texts("aliases"), value, unit(entry, units), comparison,
                aggregation, section, quote, entry.optionalText("owner", ""), start, end, report.id());
    }

    /** Whether the quote states the value, as written, scaled by 万 or 亿 (2.8万 for 28000), or in Chinese numerals (三所). */
    static boolean statesValue(String quote, BigDecimal value, String unit) {
        if ("%".equals(unit) && ChineseNumerals.writesPercent(quote, value)) {
            return true;
        }
        if (value.stripTrailingZeros().scale() <= 0 && value.compareTo(BigDecimal.valueOf(10_000)) < 0
                && ChineseNumerals.writes(quote, value.longValue(), unit)) {
            return true;
        }
        for (BigDecimal scale : List.of(BigDecimal.ONE, BigDecimal.valueOf(10_000), BigDecimal.valueOf(100_000_000))) {
            String written = value.divide(scale).stripTrailingZeros().toPlainString();
            if (Pattern.compile("(?<![0-9.])" + Pattern.quote(written) + "(?![0-9])").matcher(quote).find()) {
                return true;
            }
        }
        return false;
    }

    /** The target's unit, when the numeral reader reads it after a figure: one of {@code units}, or 万/亿 before one. */
    private static String unit(YamlRecord entry, List<String> units) {
        String unit = entry.text("unit");
        String folded = Vocabulary.fold(unit);
        boolean scaled = folded.length() > 1 && (folded.startsWith("万") || folded.startsWith("亿"));
        if (!units.contains(folded) && !(scaled && units.contains(folded.substring(1)))) {
            List<String> some = units.stream().sorted(Comparator.comparingInt(String::length)).limit(16).toList();
            throw entry.problem("unit", "助手读不懂单位“" + unit + "”,无法记录这个目标的上报。可用的单位: "
                    + String.join("、", some) + " 等(见 vocabulary.properties 的 units),前面可加万、亿(万元、亿元);"
                    + "确需新单位,先在 config/vocabulary.properties 的 units 中加上它");
        }
        return unit;
    }

    private static Report report(YamlRecord entry, Map<String, Report> byId, List<Report> reports) {
        return report(entry, byId, reports, "目标");
    }

    /**
     * The report an entry of {@code targets.yml} or {@code tasks.yml} belongs to: its {@code report} field, or the
     * only report.
     *
     * @param kind what the entry is (目标, 任务), for the message
     * @throws MalformedFileException naming the field: an unknown report, or none named
     *                                when there are several
     */
    static Report report(YamlRecord entry, Map<String, Report> byId, List<Report> reports, String kind) {
        if (entry.has("report")) {
            Report report = byId.get(entry.text("report"));
            if (report == null) {
                throw entry.problem("report", "没有这篇报告,可选: " + String.join("、", byId.keySet()));
            }
            return report;
        }
        if (reports.size() > 1) {
            throw entry.problem("report", "有多篇报告时须写明" + kind + "属于哪一篇,可选: " + String.join("、", byId.keySet()));
        }
        return reports.get(0);
    }
}
