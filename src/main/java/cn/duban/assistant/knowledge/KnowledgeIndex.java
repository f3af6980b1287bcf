package cn.duban.assistant.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * A Lucene index of the reports' sentences, one document a sentence, section headings kept out of the answers.
 * <p>
 * Each sentence is analysed twice: by SmartChineseAnalyzer into words, and by CJKAnalyzer into overlapping
 * character pairs, which finds what the word segmenter splits apart (专精特新, 津潍高铁, 电商). The section heading
 * is searchable with a lower weight, so "乡村振兴有哪些举措" finds that section's sentences.
 */
public final class KnowledgeIndex implements AutoCloseable {

    static final String WORDS = "words";
    static final String PAIRS = "pairs";
    static final String SECTION_PAIRS = "section_pairs";
    static final String REPORT = "report";
    private static final String SENTENCE_NUMBER = "n";
    private static final int MOST_TERMS_PER_FIELD = 64;
    private static final float SECTION_WEIGHT = 0.3f;
    /** How many terms' statistics are kept: far more than a report's words and pairs, a bound against odd input. */
    private static final int MOST_KNOWN_TERMS = 50_000;

    private final Analyzer wordAnalyzer = new SmartChineseAnalyzer();
    private final Analyzer pairAnalyzer = new CJKAnalyzer();
    private final Directory directory = new ByteBuffersDirectory();
    private final List<ReportSentence> sentences;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    /** The sentence number of each document, by document id. */
    private final int[] sentenceOfDocument;
    /**
     * Each term's place in the index, looked up once: the index never changes after it is built, so a question's
     * terms need no seek in the terms dictionary each time (the scores are the same: these are the statistics
     * {@link TermQuery} would look up itself).
     */
    private final Map<Term, TermStates> knownTerms = new ConcurrentHashMap<>();

    public KnowledgeIndex(Knowledge knowledge) {
        this.sentences = knowledge.reports().stream().flatMap(report -> report.sentences().stream()).toList();
        Analyzer analyzer = new PerFieldAnalyzerWrapper(wordAnalyzer, Map.of(PAIRS, pairAnalyzer, SECTION_PAIRS, pairAnalyzer));
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int n = 0; n < sentences.size(); n++) {
                ReportSentence sentence = sentences.get(n);
                Document document = new Document();
                String text = Question.normalize(sentence.text());
                document.add(new TextField(WORDS, text, Field.Store.NO));
                document.add(new TextField(PAIRS, text, Field.Store.NO));
                document.add(new TextField(SECTION_PAIRS, Question.normalize(sentence.section()), Field.Store.NO));
                document.add(new StringField(REPORT, sentence.reportId(), Field.Store.NO));
                document.add(new StoredField(SENTENCE_NUMBER, n));
                writer.addDocument(document);
            }
            writer.forceMerge(1);
            writer.commit();
            this.reader = DirectoryReader.open(directory);
            this.sentenceOfDocument = sentenceNumbers(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the knowledge index", e);
        }
        this.searcher = new IndexSearcher(reader);
    }

    private static int[] sentenceNumbers(DirectoryReader reader) throws IOException {
        int[] numbers = new int[reader.maxDoc()];
        StoredFields stored = reader.storedFields();
        for (int doc = 0; doc < numbers.length; doc++) {
            numbers[doc] = stored.document(doc).getField(SENTENCE_NUMBER).numericValue().intValue();
        }
        return numbers;
    }

    public int size() {
        return sentences.size();
    }

    /** The best sentences for a question, most relevant first, each with the share of the question it holds. */
    public List<Passage> search(Question question, int limit) {
        return search(question, limit, Set.of());
    }

    /**
     * The best sentences for a question among those of some reports (by id; empty: of every report), most relevant
     * first, each with the share of the question it holds.
     */
    public List<Passage> search(Question question, int limit, Set<String> reports) {
        if (!question.hasContent()) {
            return List.of();
        }
        Query query = queryFor(question);
        if (!reports.isEmpty()) {
            query = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                    .add(new TermInSetQuery(REPORT, reports.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER)
                    .build();
        }
        try {
            ScoreDoc[] hits = searcher.search(query, limit).scoreDocs;
            List<Passage> passages = new ArrayList<>(hits.length);
            for (ScoreDoc hit : hits) {
                ReportSentence sentence = sentences.get(sentenceOfDocument[hit.doc]);
                passages.add(new Passage(sentence, hit.score, question.coverageIn(sentence.text())));
            }
            return passages;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the knowledge index", e);
        }
    }

    /**
     * A query built from analysed terms: any term of either field may match, nothing is parsed as syntax. The other
     * ways of saying the question's shorthand (规模以上 for 规上) are terms as well.
     */
    Query queryFor(Question question) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        Set<String> words = terms(wordAnalyzer, question.content());
        Set<String> pairs = terms(pairAnalyzer, question.content());
        String otherWays = question.otherWays();
        if (!otherWays.isEmpty()) {
            words.addAll(terms(wordAnalyzer, otherWays));
            pairs.addAll(terms(pairAnalyzer, otherWays));
        }
        for (String word : words) {
            query.add(termQuery(WORDS, word), BooleanClause.Occur.SHOULD);
        }
        for (String pair : pairs) {
            query.add(termQuery(PAIRS, pair), BooleanClause.Occur.SHOULD);
            query.add(new BoostQuery(termQuery(SECTION_PAIRS, pair), SECTION_WEIGHT), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    /** A term's query with its statistics, looked up once per index. */
    private TermQuery termQuery(String field, String text) {
        Term term = new Term(field, text);
        TermStates states = knownTerms.get(term);
        if (states == null) {
            try {
                states = TermStates.build(searcher, term, true);
                for (LeafReaderContext leaf : reader.leaves()) {
                    // every segment's state settled now, before other threads share it
                    states.get(leaf);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot search the knowledge index", e);
            }
            if (knownTerms.size() < MOST_KNOWN_TERMS) {
                knownTerms.putIfAbsent(term, states);
            }
        }
        return new TermQuery(term, states);
    }

    static Set<String> terms(Analyzer analyzer, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream("", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && terms.size() < MOST_TERMS_PER_FIELD) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** Loads the analysers' dictionaries now rather than on the first question. */
    public void warmUp() {
        search(Question.of("新增城镇就业目标是多少"), 1);
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
        wordAnalyzer.close();
        pairAnalyzer.close();
    }
}
