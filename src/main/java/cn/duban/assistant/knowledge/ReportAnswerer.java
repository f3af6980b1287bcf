package cn.duban.assistant.knowledge;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Answers a question from the knowledge alone: a target's figures, the list of targets, who spoke, or the sentence
 * that holds the question's words. When no sentence holds enough of them the answer is {@link Answer.NotFound}:
 * the assistant never guesses.
 */
public final class ReportAnswerer {

    /** The share of a question's content a sentence must hold to answer it. */
    static final double ENOUGH_COVERAGE = 0.6;
    private static final int CANDIDATES = 20;
    private static final Pattern ASKS_SPEAKER = Pattern.compile(
            "谁(讲|说|作|做|写|发表|报告|的讲话|的报告)|讲话人|报告人|作者|主讲|发言人|哪位领导");

    private final Knowledge knowledge;
    private final KnowledgeIndex index;
    private final TargetMatcher targets;

    public ReportAnswerer(Knowledge knowledge, KnowledgeIndex index) {
        this.knowledge = knowledge;
        this.index = index;
        this.targets = new TargetMatcher(knowledge.targets());
    }

    public Answer answer(Question question) {
        if (ASKS_SPEAKER.matcher(question.normalized()).find()) {
            return new Answer.Speakers(knowledge.reports());
        }
        List<Target> asked = targets.askedFor(question);
        if (!asked.isEmpty()) {
            return new Answer.TargetFigures(asked);
        }
        if (targets.asksForAll(question) && !knowledge.targets().isEmpty()) {
            return new Answer.TargetList(knowledge.targets());
        }
        return bestPassage(question)
                .<Answer>map(passage -> new Answer.Quotation(
                        knowledge.report(passage.sentence().reportId()).orElseThrow(), passage.sentence(),
                        Excerpt.of(passage.sentence().text(), question)))
                .orElseGet(() -> new Answer.NotFound(question));
    }

    /** The passage holding most of the question, Lucene's score breaking ties; empty when none holds enough. */
    java.util.Optional<Passage> bestPassage(Question question) {
        List<Passage> passages = index.search(question, CANDIDATES);
        if (passages.isEmpty()) {
            return java.util.Optional.empty();
        }
        float top = passages.get(0).score();
        return passages.stream()
                .filter(passage -> passage.coverage() >= ENOUGH_COVERAGE)
                .max(Comparator.comparingDouble(passage -> passage.coverage() + 0.2 * passage.score() / top));
    }

    public Knowledge knowledge() {
        return knowledge;
    }
}
