package cn.duban.assistant.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.duban.assistant.wording.Replies;

/** The knowledge shipped in {@code knowledge/}, loaded once for the tests, and helpers to write other knowledge. */
public final class BundledKnowledge {

    public static final Path DIR = Path.of("knowledge");
    private static Knowledge knowledge;
    private static KnowledgeIndex index;

    private BundledKnowledge() {
    }

    public static synchronized Knowledge knowledge() {
        if (knowledge == null) {
            knowledge = KnowledgeLoader.load(DIR);
        }
        return knowledge;
    }

    public static synchronized KnowledgeIndex index() {
        if (index == null) {
            index = new KnowledgeIndex(knowledge());
        }
        return index;
    }

    public static ReportAnswerer answerer() {
        return new ReportAnswerer(knowledge(), index());
    }

    public static AnswerComposer composer() {
        return new AnswerComposer(Replies.bundled(), knowledge());
    }

    /** Answers a question the way the conversation core does, without Spring. */
    public static String reply(String question) {
        return composer().compose(answerer().answer(Question.of(question)));
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A report file: the information block, then the body. */
    public static String reportFile(String title, int year, String body) {
        return "---\ntitle: " + title + "\nyear: " + year + "\n---\n" + body;
    }
}
