package cn.duban.assistant.knowledge;

/**
 * A sentence the index found for a question.
 *
 * @param sentence the sentence
 * @param score    Lucene's relevance score
 * @param coverage the share of the question's content the sentence holds, 0 to 1
 */
public record Passage(ReportSentence sentence, float score, double coverage) {
}
