package cn.duban.assistant.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * Answers a question from the report alone: the section it names (乡村振兴有什么举措), or the sentence that holds
 * the question's words. When no sentence holds enough of them the answer is {@link Answer.NotFound}: the assistant
 * never guesses. A question asking for a figure (多少, 目标) needs every distinct word in the sentence, so that
 * 农村就业多少人 or 新增小微企业多少家 is never answered with another indicator's figure.
 */
public final class ReportAnswerer {

    /** The share of a question's content a sentence must hold to answer it. */
    static final double ENOUGH_COVERAGE = 0.6;
    private static final int CANDIDATES = 20;
    private static final int SECTION_EXCERPTS = 6;

    private final Knowledge knowledge;
    private final KnowledgeIndex index;
    private final TargetMatcher targets;
    private final Vocabulary vocabulary;
    private final Shorthand shorthand;
    private final ReportNames reportNames;
    private final List<Heading> headings;

    /** A section heading, normalized once, with the reports that have it, in order. */
    private record Heading(String normalized, String text, List<Report> reports) {
    }

    public ReportAnswerer(Knowledge knowledge, KnowledgeIndex index, Vocabulary vocabulary) {
        this.knowledge = knowledge;
        this.index = index;
        this.vocabulary = vocabulary;
        this.targets = new TargetMatcher(knowledge.targets(), vocabulary, knowledge.places());
        this.shorthand = new Shorthand(knowledge.synonyms());
        this.reportNames = new ReportNames(knowledge.reports(), vocabulary);
        Map<String, Heading> distinct = new LinkedHashMap<>();
        for (Report report : knowledge.reports()) {
            for (String heading : report.headings()) {
                String normalized = Question.normalize(heading);
                distinct.computeIfAbsent(normalized, n -> new Heading(n, heading, new ArrayList<>())).reports().add(report);
            }
        }
        this.headings = List.copyOf(distinct.values());
    }

    public ReportAnswerer(Knowledge knowledge, KnowledgeIndex index) {
        this(knowledge, index, Vocabulary.bundled());
    }

    /**
     * What the reports say about a question that names no target: a section, a sentence, or not found. A question
     * naming a report's year or county (2024年, 正定) is answered from that report alone; officials' shorthand (规上,
     * 棚改) finds sentences that say it in full.
     */
    public Answer answer(Question question) {
        ReportNames.Pick pick = reportNames.pick(question);
        if (targets.asksAnotherKind(question) || pick.reports().isEmpty()) {
            return new Answer.NotFound(question, nearest(question, pick));
        }
        Question asked = (pick.named() ? Question.of(pick.rest(), vocabulary) : question).withShorthand(shorthand);
        Set<String> scope = pick.reports().size() < knowledge.reports().size() ? pick.reports() : Set.of();
        boolean topic = vocabulary.foundIn("question.topic", asked.normalized());
        Optional<Answer> section = topic ? section(asked, pick.reports()) : Optional.empty();
        if (section.isPresent()) {
            return section.get();
        }
        Question searched = topic ? withoutTopicWords(asked) : asked;
        Optional<Answer> quotation = bestPassage(searched.hasContent() ? searched : asked, scope).map(passage -> new Answer.Quotation(
                knowledge.report(passage.sentence().reportId()).orElseThrow(), passage.sentence(),
                Excerpt.of(passage.sentence().text(), asked)));
        return quotation.or(() -> topic ? Optional.empty() : section(asked, pick.reports()))
                .orElseGet(() -> new Answer.NotFound(question, nearest(question, pick)));
    }

    /** When something is due: the targets named, or what the report says about the rest of the question. */
    public Answer when(Question question, List<Target> targets) {
        if (!targets.isEmpty()) {
            return new Answer.When(null, targets, null);
        }
        Answer about = answer(question);
        String time = null;
        if (about instanceof Answer.Quotation quotation) {
            time = timeOf(quotation.sentence().text(), question.content());
        }
        return new Answer.When(about, targets, time);
    }

    /**
     * The time a sentence gives the work asked about: in the clause that holds most of the question's words (…电站前期
     * 工作,确保…县医院新院区年底前主体完工: 年底前 is the hospital's, not the power station's), or in a short opening
     * clause that sets the time of the whole sentence (今年6月底前,…), times written together read as one; null when
     * neither gives one.
     */
    private String timeOf(String sentence, String asked) {
        String[] clauses = sentence.split("[,，;；:：]");
        int best = 0;
        int bestShared = -1;
        for (int i = 0; i < clauses.length; i++) {
            int shared = 0;
            for (int c = 0; c + 1 < asked.length(); c++) {
                if (clauses[i].contains(asked.substring(c, c + 2))) {
                    shared++;
                }
            }
            if (shared > bestShared) {
                best = i;
                bestShared = shared;
            }
        }
        java.util.regex.Pattern times = vocabulary.pattern("time.pattern");
        for (String clause : best > 0 && clauses[0].length() <= 8 ? List.of(clauses[best], clauses[0]) : List.of(clauses[best])) {
            java.util.regex.Matcher found = times.matcher(clause);
            if (found.find()) {
                int start = found.start();
                int end = found.end();
                while (found.find() && found.start() == end) {
                    end = found.end();
                }
                return clause.substring(start, end);
            }
        }
        return null;
    }

    /**
     * Who leads: each target's {@code owner} in targets.yml, else the lead unit its sentence names; with no target
     * named, the passage the question finds and the lead unit it names (vocabulary {@code owner.pattern}).
     */
    public Answer owners(Question question, List<Target> targets) {
        if (!targets.isEmpty()) {
            List<String> owners = targets.stream().map(target -> !target.owner().isEmpty() ? target.owner()
                    : knowledge.report(target.reportId()).flatMap(report -> report.sentences().stream()
                            .filter(sentence -> sentence.text().contains(target.quote())).findFirst())
                    .map(sentence -> vocabulary.firstGroup("owner.pattern", sentence.text())).orElse("")).toList();
            return new Answer.Owners(targets, owners, null, "");
        }
        Answer about = answer(question);
        String owner = about instanceof Answer.Quotation quotation ? vocabulary.firstGroup("owner.pattern", quotation.sentence().text()) : "";
        return new Answer.Owners(targets, List.of(), about, owner);
    }


    public Answer targetList() {
        return new Answer.TargetList(knowledge.targets());
    }

    public Answer speakers() {
        return new Answer.Speakers(knowledge.reports());
    }

    /**
     * The passage holding most of the question, Lucene's score breaking ties, among the sentences of some reports
     * (empty: of all); empty when none holds enough.
     */
    Optional<Passage> bestPassage(Question question, Set<String> reports) {
        List<Passage> passages = index.search(question, CANDIDATES, reports);
        if (passages.isEmpty()) {
            return Optional.empty();
        }
        boolean asksFigure = vocabulary.foundIn("target.figure-words", question.normalized());
        if (asksFigure && vocabulary.foundIn("year.other", question.normalized())) {
            return Optional.empty();
        }
        float top = passages.get(0).score();
        return passages.stream()
                .filter(passage -> passage.coverage() >= ENOUGH_COVERAGE)
                .filter(passage -> !asksFigure || question.longestMissingIn(passage.sentence().text()) == 0)
                .max(Comparator.comparingDouble(passage -> passage.coverage() + 0.2 * passage.score() / top));
    }

    /** The question without its topic words (农业方面有哪些举措 → 农业): what it is about, its shorthand kept. */
    private Question withoutTopicWords(Question question) {
        return Question.of(vocabulary.without("question.topic", question.normalized()), vocabulary).withShorthand(shorthand);
    }

    /**
     * The section, in the first of some reports that has it, whose heading holds the whole question once its topic
     * words (举措, 工作) are set aside.
     */
    private Optional<Answer> section(Question question, Set<String> reports) {
        Question rest = withoutTopicWords(question);
        if (!rest.hasContent()) {
            return Optional.empty();
        }
        for (Heading heading : headings) {
            if (rest.coverageInNormalized(heading.normalized()) < 1.0) {
                continue;
            }
            Optional<Report> report = heading.reports().stream().filter(r -> reports.contains(r.id())).findFirst();
            if (report.isPresent()) {
                String text = heading.text();
                List<String> excerpts = report.get().sentences().stream()
                        .filter(sentence -> sentence.section().equals(text) || sentence.section().startsWith(text + " / ")
                                || sentence.section().endsWith(" / " + text))
                        .limit(SECTION_EXCERPTS).map(sentence -> Excerpt.lead(sentence.text())).toList();
                if (!excerpts.isEmpty()) {
                    return Optional.of(new Answer.Section(report.get(), text, excerpts));
                }
            }
        }
        return Optional.empty();
    }

    /** Targets, of the reports the question names if any, whose names share two characters with it. */
    private List<Target> nearest(Question question, ReportNames.Pick pick) {
        String content = Question.of(pick.rest(), vocabulary).content().replace(" ", "");
        return knowledge.targets().stream().filter(target -> pick.reports().isEmpty() || pick.reports().contains(target.reportId()))
                .filter(target -> target.names().stream().map(Question::normalize).anyMatch(name -> sharesPair(name, content)))
                .limit(3).toList();
    }

    private static boolean sharesPair(String name, String content) {
        for (int i = 0; i + 1 < content.length(); i++) {
            if (Character.isIdeographic(content.charAt(i)) && name.contains(content.substring(i, i + 2))) {
                return true;
            }
        }
        return false;
    }

    public Knowledge knowledge() {
        return knowledge;
    }
}
