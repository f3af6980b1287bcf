package cn.duban.assistant.wording;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.duban.assistant.knowledge.Aggregation;
import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.Report;
import cn.duban.assistant.knowledge.ReportSentence;
import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.progress.ProgressCalculator;
import cn.duban.assistant.roster.Reporter;

/**
 * Examples for help and 未找到 taken from the loaded knowledge — the report's own quoted terms (“吨半粮”) and its
 * targets — and, for a reporter, from the targets he reports; never from one county's report.
 */
final class Examples {

    private static final Pattern QUOTED = Pattern.compile("\u201C([^\u201D\u3001,\uFF0C0-9]{2,6})\u201D");

    private final Knowledge knowledge;
    private final List<String> terms;

    Examples(Knowledge knowledge) {
        this.knowledge = knowledge;
        Set<String> found = new LinkedHashSet<>();
        for (Report report : knowledge.reports()) {
            for (ReportSentence sentence : report.sentences()) {
                Matcher matcher = QUOTED.matcher(sentence.text());
                while (matcher.find() && found.size() < 2) {
                    found.add(matcher.group(1));
                }
            }
        }
        this.terms = List.copyOf(found);
    }

    /** Two things the report talks about, quoted: “五大战役”“排头兵”; the target names when it quotes nothing. */
    String passages() {
        List<String> quoted = new ArrayList<>(terms);
        knowledge.targets().stream().map(Target::name).limit(2L - quoted.size()).forEach(quoted::add);
        return String.join("", quoted.stream().map(term -> "\u201C" + term + "\u201D").toList());
    }

    /** The first target's shortest name, for 就业目标-style examples; 目标 when there is none. */
    String shortName() {
        return knowledge.targets().stream().findFirst()
                .map(target -> target.names().stream().min(Comparator.comparingInt(String::length)).orElse(target.name()))
                .orElse("");
    }

    /** A target to give as an example: the reporter's first, else the knowledge's first. */
    Target target(Reporter reporter) {
        return knowledge.targets().stream().filter(target -> reporter == null || reporter.mayReport(target.id()))
                .findFirst().orElse(knowledge.targets().isEmpty() ? null : knowledge.targets().get(0));
    }

    /** A report as a reporter of these targets would send it: 新增城镇就业10人. */
    String report(Reporter reporter) {
        Target target = target(reporter);
        return target == null ? "" : target.name() + figure(target);
    }

    /** A plausible figure for a target, as a reporter would write it: 10人, 8.5%, 3.5亿元. */
    static String figure(Target target) {
        if (ProgressCalculator.isRate(target)) {
            return "8.5" + target.unit();
        }
        return (target.aggregation() == Aggregation.LATEST ? "3.5" : "10") + target.unit();
    }
}
