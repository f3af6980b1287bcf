package cn.duban.assistant.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.ledger.Figure;
import cn.duban.assistant.ledger.FigureReader;
import cn.duban.assistant.ledger.Units;
import cn.duban.assistant.knowledge.Question;
import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.knowledge.TargetMatcher;
import cn.duban.assistant.roster.Reporter;

/**
 * Tells a report ("常家镇新增城镇就业120人", "上报 技改投资增长12.5%") from a question, and reads the target and
 * figure from it. A message is a report when it starts with 上报/报送/填报, or when it holds a figure and names a
 * target (or comes from a reporter) without asking anything and without the words of a target statement (以上, 力争).
 */
public final class ReportReader {

    private static final Pattern REPORT_PREFIX = Pattern.compile("^(上报|报送|填报)[::\\s]*");
    private static final Pattern ASKING = Pattern.compile("[??]|吗|呢|多少|几[个家项人]?|什么|哪|怎么|如何|是否|进度|目标|任务|计划|要求");
    private static final Pattern TARGET_STATEMENT = Pattern.compile("以上|以内|左右|超过|力争|争取|不低于|控制在");
    private static final Pattern QUANTITY = Pattern.compile("[人个家项户%元]");
    private static final Pattern CUMULATIVE = Pattern.compile("累计|截至|截止|总计|合计|共计|共(?=[0-9零〇一二两三四五六七八九十])|一共|目前共|至今");

    private final Knowledge knowledge;
    private final TargetMatcher targets;

    public ReportReader(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.targets = new TargetMatcher(knowledge.targets());
    }

    /** Whether the message is meant as a report. */
    public boolean looksLikeReport(String text, boolean fromReporter) {
        String normalized = Question.normalize(text).strip();
        if (REPORT_PREFIX.matcher(normalized).find()) {
            return true;
        }
        if (ASKING.matcher(normalized).find() || TARGET_STATEMENT.matcher(normalized).find()) {
            return false;
        }
        List<Target> named = targets.named(normalized);
        if (!figures(normalized, named).isEmpty()) {
            return !named.isEmpty() || fromReporter;
        }
        return fromReporter && !named.isEmpty() && QUANTITY.matcher(withoutNames(normalized, named)).find();
    }

    /** The report in a message: its candidate targets (among those the reporter may report) and its figure. */
    public Optional<ReportDraft> read(String text, Reporter reporter) {
        String normalized = REPORT_PREFIX.matcher(Question.normalize(text).strip()).replaceFirst("");
        List<Target> named = targets.named(normalized);
        List<Figure> figures = figures(normalized, named);
        if (figures.size() != 1) {
            return Optional.empty();
        }
        Figure figure = figures.get(0);
        List<String> candidates = new ArrayList<>();
        if (!named.isEmpty()) {
            named.forEach(target -> candidates.add(target.id()));
        } else {
            knowledge.targets().stream().filter(target -> reporter == null || reporter.mayReport(target.id()))
                    .filter(target -> Units.convert(figure, target.unit()).isPresent())
                    .forEach(target -> candidates.add(target.id()));
        }
        return Optional.of(new ReportDraft(candidates, figure, CUMULATIVE.matcher(normalized).find(), text.strip()));
    }

    /** Whether a text names any target (by name or alias). */
    public boolean namesATarget(String text) {
        return !targets.named(text).isEmpty();
    }

    /** How many figures the message holds, so that "两个数字" can be refused clearly. */
    public int figureCount(String text) {
        String normalized = REPORT_PREFIX.matcher(Question.normalize(text).strip()).replaceFirst("");
        return figures(normalized, targets.named(normalized)).size();
    }

    private String withoutNames(String normalized, List<Target> named) {
        String rest = normalized;
        for (Target target : named) {
            for (String name : targets.normalizedNames(target)) {
                rest = rest.replace(name, " ");
            }
        }
        return rest;
    }

    /** The figures outside the targets' names (so 5000万元以上项目 is a name, not a figure); with units if any have one. */
    private List<Figure> figures(String normalized, List<Target> named) {
        List<Figure> all = FigureReader.read(withoutNames(normalized, named));
        List<Figure> withUnit = all.stream().filter(Figure::hasUnit).toList();
        return withUnit.isEmpty() ? all : withUnit;
    }
}
