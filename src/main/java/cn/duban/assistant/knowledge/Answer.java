package cn.duban.assistant.knowledge;

import java.util.List;

/** What the report says to a question, before it is worded for the reader. */
public sealed interface Answer {

    /** The question asks which targets the report sets. */
    record TargetList(List<Target> targets) implements Answer {
    }

    /** The question asks who leads these targets (牵头单位): the targets.yml {@code owner}, which may be empty. */
    record Owners(List<Target> targets) implements Answer {
    }

    /** The question asks who delivered the report. */
    record Speakers(List<Report> reports) implements Answer {
    }

    /** A sentence of the report answers the question; {@code excerpt} is the part of it to quote. */
    record Quotation(Report report, ReportSentence sentence, String excerpt) implements Answer {
    }

    /** The question is about a section (乡村振兴有什么举措): its heading and the opening of each of its sentences. */
    record Section(Report report, String heading, List<String> excerpts) implements Answer {
    }

    /** The knowledge does not answer it; {@code nearest} are targets whose names share words with it. */
    record NotFound(Question question, List<Target> nearest) implements Answer {
    }
}
