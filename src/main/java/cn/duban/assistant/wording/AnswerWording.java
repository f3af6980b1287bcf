package cn.duban.assistant.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import cn.duban.assistant.knowledge.Answer;
import cn.duban.assistant.knowledge.Excerpt;
import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.Report;
import cn.duban.assistant.knowledge.Target;

/** Words an {@link Answer} for the reader: the direct answer first, then the report's words and where they stand. */
final class AnswerWording {

    private final Replies replies;
    private final Knowledge knowledge;
    private final Examples examples;

    AnswerWording(Replies replies, Knowledge knowledge, Examples examples) {
        this.replies = replies;
        this.knowledge = knowledge;
        this.examples = examples;
    }

    String render(Answer answer) {
        return render(answer, this::targetFigure);
    }

    /** The answer, with {@code statement} giving a named target's statement (and, from the caller, its progress). */
    String render(Answer answer, java.util.function.Function<Target, String> statement) {
        if (answer instanceof Answer.TargetList list) {
            return targetList(list.targets());
        }
        if (answer instanceof Answer.When when) {
            return when(when, statement);
        }
        if (answer instanceof Answer.Owners owners) {
            return owners(owners, statement);
        }
        if (answer instanceof Answer.Speakers speakers) {
            return String.join("\n", speakers.reports().stream().map(this::speaker).toList());
        }
        if (answer instanceof Answer.Quotation quotation) {
            return replies.text("answer.quote", quotation.excerpt()) + "\n"
                    + source(quotation.report(), quotation.sentence().section());
        }
        if (answer instanceof Answer.Section section) {
            StringJoiner text = new StringJoiner("\n");
            text.add(replies.text("answer.section.title", section.heading()));
            section.excerpts().forEach(excerpt -> text.add(replies.text("answer.section.item", excerpt)));
            return text.add(source(section.report(), section.heading())).toString();
        }
        return notFound((Answer.NotFound) answer);
    }

    /** The target's statement as the report words it, the sentence around it, and its section. */
    /** The targets' periods, or the quotation with the time it names — or that the report names none. */
    private String when(Answer.When when, java.util.function.Function<Target, String> statement) {
        if (when.about() == null) {
            return String.join("\n\n", when.targets().stream().map(target -> replies.text("answer.when.target", target.name(),
                    Figures.date(target.periodStart()), Figures.date(target.periodEnd())) + "\n" + statement.apply(target)).toList());
        }
        String about = render(when.about());
        if (!(when.about() instanceof Answer.Quotation)) {
            return about;
        }
        return about + "\n" + (when.time() == null ? replies.text("answer.when.none") : replies.text("answer.when.time", when.time()));
    }

    /** Each target's lead unit with its statement; or what the report says and whether it names a lead unit. */
    private String owners(Answer.Owners owners, java.util.function.Function<Target, String> statement) {
        if (owners.about() != null) {
            if (!(owners.about() instanceof Answer.Quotation)) {
                return render(owners.about());
            }
            String who = owners.aboutOwner().isEmpty() ? replies.text("answer.owner.text.none")
                    : replies.text("answer.owner.text", owners.aboutOwner());
            return who + "\n" + render(owners.about());
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < owners.targets().size(); i++) {
            Target target = owners.targets().get(i);
            String owner = owners.owners().get(i);
            String who = owner.isEmpty() ? replies.text("answer.owner.none", target.name())
                    : replies.text("answer.owner", target.name(), owner);
            parts.add(who + "\n" + statement.apply(target));
        }
        return String.join("\n\n", parts);
    }

    String targetFigure(Target target) {
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
        text.add(replies.text("answer.targets.more", examples.shortName()));
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

    /** 未找到, the targets whose names come close (names only, never a figure), and what can be asked. */
    private String notFound(Answer.NotFound notFound) {
        String asked = notFound.question().original().strip();
        if (asked.length() > 20) {
            asked = asked.substring(0, 20) + "……";
        }
        List<String> lines = new ArrayList<>();
        lines.add(replies.text("answer.not-found", asked));
        if (!notFound.nearest().isEmpty()) {
            lines.add(replies.text("answer.not-found.nearest", names(notFound.nearest())));
        }
        if (knowledge.targets().isEmpty()) {
            lines.add(replies.text("answer.not-found.no-targets"));
        } else {
            lines.add(replies.text("answer.not-found.can-answer", names(knowledge.targets()), examples.passages()));
        }
        return String.join("\n", lines);
    }

    private static String names(List<Target> targets) {
        return String.join("、", targets.stream().map(Target::name).toList());
    }
}
