package cn.duban.assistant.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.config.TestProperties;
import cn.duban.assistant.ledger.Ledger;
import cn.duban.assistant.progress.ProgressService;
import cn.duban.assistant.redis.TestRedis;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.understanding.Intent;
import cn.duban.assistant.understanding.MessageReader;
import cn.duban.assistant.understanding.Sender;
import cn.duban.assistant.vocabulary.Vocabulary;
import cn.duban.assistant.wording.Replies;
import cn.duban.assistant.wording.Wording;

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

    /** The wording of the bundled knowledge, without a roster. */
    public static Wording wording() {
        return new Wording(Replies.bundled(), knowledge(), Roster.empty(), ZoneId.of("Asia/Shanghai"), 500);
    }

    /** Answers a question about the report as a visitor would get it, without Spring. */
    public static String reply(String question) {
        return reply(knowledge(), answerer(), question);
    }

    /** Answers a question from some knowledge as a visitor would get it: read, answered and worded as the core does. */
    public static String reply(Knowledge knowledge, ReportAnswerer answerer, String question) {
        Vocabulary vocabulary = Vocabulary.bundled();
        MessageReader reader = new MessageReader(knowledge, Roster.empty(), vocabulary, 500);
        Intent intent = reader.read(question, new Sender("visitor", Optional.empty(), () -> Sender.Pending.NONE));
        Wording wording = new Wording(Replies.bundled(), knowledge, Roster.empty(), ZoneId.of("Asia/Shanghai"), 500);
        return reply(knowledge, answerer, wording, intent, question);
    }

    private static String reply(Knowledge knowledge, ReportAnswerer answerer, Wording wording, Intent intent, String question) {
        if (intent instanceof Intent.AskSeveral several) {
            return String.join("\n\n", several.parts().stream()
                    .map(part -> reply(knowledge, answerer, wording, part, question)).toList());
        }
        if (intent instanceof Intent.AskTargets targets) {
            // a visitor's target question reads nothing from the ledger, but goes through the same service
            Ledger ledger = new Ledger(TestRedis.client(), Duration.ofHours(1));
            ProgressService progress = new ProgressService(knowledge, ledger, Roster.empty(),
                    new AssistantClock(TestProperties.withToday(null)), TestProperties.withToday(null));
            return wording.progress(progress.targets("visitor", targets.targets(), targets.detail()));
        }
        if (intent instanceof Intent.AskWhen when) {
            return wording.answer(answerer.when(when.question(), when.targets()));
        }
        if (intent instanceof Intent.AskOwner owner) {
            return wording.answer(answerer.owners(owner.question(), owner.targets()));
        }
        if (intent instanceof Intent.AskTargetList) {
            return wording.answer(answerer.targetList());
        }
        if (intent instanceof Intent.AskSpeaker) {
            return wording.answer(answerer.speakers());
        }
        if (intent instanceof Intent.AskReport report) {
            return wording.answer(answerer.answer(report.question()));
        }
        if (intent instanceof Intent.AskTask task) {
            // a task's card reads its notes from Redis, as the core does
            Ledger ledger = new Ledger(TestRedis.client(), Duration.ofHours(1));
            var notes = new cn.duban.assistant.tasks.TaskNotes(TestRedis.client(), Duration.ofHours(1));
            var properties = cn.duban.assistant.config.TestProperties.defaults();
            var clock = new cn.duban.assistant.config.AssistantClock(properties);
            var rules = new cn.duban.assistant.lights.LightRules(15, 30);
            var warnings = new cn.duban.assistant.tasks.TaskWarnings(knowledge, Roster.empty(),
                    new cn.duban.assistant.tasks.TaskLights(knowledge, notes, rules, clock),
                    new cn.duban.assistant.progress.ProgressService(knowledge, ledger, Roster.empty(), clock, properties), rules, clock);
            return wording.tasks(new cn.duban.assistant.tasks.TaskService(knowledge, Roster.empty(), notes, ledger,
                    Duration.ofMinutes(10), warnings).ask(task.tasks()));
        }
        throw new AssertionError("not a question about the report: " + question + " → " + intent);
    }

    /** Copies the bundled knowledge (report, targets.yml, vocabulary.yml) into a folder, for tests that edit it. */
    public static void copyTo(Path knowledgeDir) {
        for (String file : List.of("reports/qingyun-2023.txt", "targets.yml", "vocabulary.yml")) {
            write(knowledgeDir.resolve(file), read(DIR.resolve(file)));
        }
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
