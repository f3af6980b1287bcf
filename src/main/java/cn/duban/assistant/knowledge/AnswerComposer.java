package cn.duban.assistant.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import cn.duban.assistant.wording.Replies;

/** Words an {@link Answer} for the reader: the direct answer first, then the report's words and where they stand. */
public final class AnswerComposer {

    private final Replies replies;
    private final Knowledge knowledge;

    public AnswerComposer(Replies replies, Knowledge knowledge) {
        this.replies = replies;
        this.knowledge = knowledge;
    }

    public String compose(Answer answer) {
        if (answer instanceof Answer.TargetFigures figures) {
            return String.join("\n\n", figures.targets().stream().map(this::targetFigure).toList());
        }
        if (answer instanceof Answer.TargetList list) {
            return targetList(list.targets());
        }
        if (answer instanceof Answer.Speakers speakers) {
            return String.join("\n", speakers.reports().stream().map(this::speaker).toList());
        }
        if (answer instanceof Answer.Quotation quotation) {
            return replies.text("answer.quote", quotation.excerpt()) + "\n"
                    + source(quotation.report(), quotation.sentence().section());
        }
        return notFound(((Answer.NotFound) answer).question());
    }

    /** The target's statement as the report words it, the sentence around it, and its section. */
    public String targetFigure(Target target) {
        Report report = knowledge.report(target.reportId()).orElseThrow();
        List<String> lines = new ArrayList<>();
        lines.add(replies.text("answer.target.statement", target.quote(), target.name(),
                replies.text("comparison." + target.comparison().name()), target.valueText(), target.unit()));
        report.sentences().stream().filter(sentence -> sentence.text().contains(target.quote())).findFirst()
                .map(sentence -> Excerpt.around(sentence.text(), target.quote()))
                .filter(excerpt -> !excerpt.equals(target.quote()))
                .ifPresent(excerpt -> lines.add(replies.text("answer.quote", excerpt)));
        lines.add(source(report, target.section()));
        if (!target.owner().isEmpty()) {
            lines.add(replies.text("answer.target.owner", target.owner()));
        }
        return String.join("\n", lines);
    }

    private String targetList(List<Target> targets) {
        StringJoiner text = new StringJoiner("\n");
        text.add(replies.text("answer.targets.title", targets.size()));
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            text.add(replies.text("answer.targets.item", i + 1, target.quote(), target.name()));
        }
        text.add(replies.text("answer.targets.more"));
        return text.toString();
    }

    private String speaker(Report report) {
        if (report.speaker().isEmpty()) {
            return replies.text("answer.speaker.unknown", report.title());
        }
        String line = replies.text("answer.speaker", report.title(), report.speakerTitle(), report.speaker(), report.year());
        return report.source().isEmpty() ? line : line + "\n" + replies.text("answer.origin", report.source());
    }

    private String source(Report report, String section) {
        String where = section.isEmpty() ? replies.text("answer.section.opening") : section;
        if (knowledge.hasSeveralReports()) {
            where = replies.text("answer.section.of-report", report.title(), report.year(), where);
        }
        return replies.text("answer.source", where);
    }

    private String notFound(Question question) {
        String names = String.join("、", knowledge.targets().stream().map(Target::name).toList());
        String asked = question.original().strip();
        if (asked.length() > 20) {
            asked = asked.substring(0, 20) + "……";
        }
        return names.isEmpty()
                ? replies.text("answer.not-found.no-targets", asked)
                : replies.text("answer.not-found", asked, names);
    }
}
