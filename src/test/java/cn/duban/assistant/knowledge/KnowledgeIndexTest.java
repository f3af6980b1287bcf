package cn.duban.assistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KnowledgeIndexTest {

    private final KnowledgeIndex index = BundledKnowledge.index();

    @Test
    void queriesAreBuiltFromTermsOfBothFields() {
        BooleanQuery query = (BooleanQuery) index.queryFor(Question.of("专精特新企业有多少"));

        assertThat(query.clauses()).allSatisfy(clause -> {
            assertThat(clause.getOccur()).isEqualTo(BooleanClause.Occur.SHOULD);
            assertThat(clause.getQuery()).isInstanceOfAny(TermQuery.class, BoostQuery.class);
        });
        assertThat(query.toString()).contains(KnowledgeIndex.PAIRS + ":专精", KnowledgeIndex.PAIRS + ":特新",
                KnowledgeIndex.WORDS + ":企业").doesNotContain("多少");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4+4", "AND", "OR NOT", "*", "?", "\"", "\\", "a:b", "[1 TO 2]", "~", "((", "产业 AND 园区"})
    void querySyntaxIsOnlyText(String text) {
        assertThatCode(() -> index.search(Question.of(text), 5)).doesNotThrowAnyException();
    }

    @Test
    void theBigramFieldFindsWhatTheWordSegmenterSplits() {
        Passage best = index.search(Question.of("津潍高铁"), 1).get(0);

        assertThat(best.sentence().text()).contains("津潍高铁");
        assertThat(best.coverage()).isEqualTo(1.0);
    }

    @Test
    void headingsAreNeverAnswers() {
        var headings = BundledKnowledge.knowledge().reports().get(0).headings();
        assertThat(index.search(Question.of("在构建现代产业体系上攻坚突破"), 50))
                .isNotEmpty()
                .allSatisfy(passage -> assertThat(headings).doesNotContain(passage.sentence().text()));
    }

    @Test
    void theSectionHeadingHelpsFindItsSentences() {
        Passage best = index.search(Question.of("乡村振兴方面有哪些举措"), 1).get(0);

        assertThat(best.sentence().section()).isEqualTo("四、在打造乡村振兴样板上攻坚突破");
    }

    @Test
    void aVeryLongQuestionStaysWithinLucenesClauseLimit() {
        assertThatCode(() -> index.search(Question.of("产业园区建设".repeat(2000)), 5)).doesNotThrowAnyException();
    }

    /**
     * Each term's statistics are looked up once and shared by every thread: questions asked from many threads at once,
     * on a fresh index, find the same sentences with the same scores as each asked alone on another fresh index.
     */
    @Test
    void questionsAskedAtOnceFindWhatEachFindsAlone() throws Exception {
        java.util.List<String> questions = java.util.List.of("津潍高铁", "新增城镇就业目标", "专精特新企业有多少", "乡村振兴有哪些举措",
                "电商网络零售额", "医保基金", "规上工业增加值", "没有这个词的问题");
        KnowledgeIndex alone = new KnowledgeIndex(BundledKnowledge.knowledge());
        java.util.Map<String, java.util.List<String>> expected = new java.util.HashMap<>();
        for (String question : questions) {
            expected.put(question, found(alone, question));
        }
        KnowledgeIndex shared = new KnowledgeIndex(BundledKnowledge.knowledge());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Boolean>> same = new java.util.ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String question = questions.get(i % questions.size());
                same.add(pool.submit(() -> found(shared, question).equals(expected.get(question))));
            }
            for (var one : same) {
                assertThat(one.get()).isTrue();
            }
        } finally {
            pool.shutdown();
            alone.close();
            shared.close();
        }
        assertThat(expected.get("津潍高铁")).isNotEmpty();
    }

    private static java.util.List<String> found(KnowledgeIndex index, String question) {
        return index.search(Question.of(question), 5).stream().map(p -> p.sentence().text() + "@" + p.score()).toList();
    }
}
