package cn.duban.assistant.knowledge;

import java.util.List;

/** What the report says to a question, before it is worded for the reader. */
public sealed interface Answer {

    /** The question asks which targets the report sets. */
    record TargetList(List<Target> targets) implements Answer {
    }

    /** The question asks who leads these targets (牵头单位): the targets.yml {@code owner}, which may be empty. */
    /**
     * Who leads. For targets named: {@code owners}, one for each target, from its {@code owner} in targets.yml or
     * else the lead unit its sentence names ((牵头单位:县人社局), 由县发改局牵头), empty when neither does. Otherwise
     * {@code about} is what the report says of the question and {@code aboutOwner} the lead unit the quoted sentence
     * names, or empty.
     */
    record Owners(List<Target> targets, List<String> owners, Answer about, String aboutOwner) implements Answer {
    }

    /**
     * The question asks when something is due. For targets named, their periods say it ({@code about} null);
     * otherwise {@code about} is what the report says of the rest of the question (a quotation, a section, or not
     * found) and {@code time} the words of time in the quoted sentence (年底前, 6月底), or null when it has none.
     */
    record When(Answer about, List<Target> targets, String time) implements Answer {
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
