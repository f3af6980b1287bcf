package cn.duban.assistant.conversation;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.config.TestProperties;
import cn.duban.assistant.digest.DigestComposer;
import cn.duban.assistant.digest.ProgressChart;
import cn.duban.assistant.knowledge.BundledKnowledge;
import cn.duban.assistant.ledger.Ledger;
import cn.duban.assistant.reporting.ReportingFactory;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.roster.RosterLoader;
import cn.duban.assistant.vocabulary.Vocabulary;
import cn.duban.assistant.wording.Replies;
import cn.duban.assistant.wording.Wording;
import cn.duban.assistant.wording.WordingFactory;
import redis.clients.jedis.UnifiedJedis;

/**
 * The whole conversation core as the application wires it — bundled knowledge, a roster, a real Redis — without
 * Spring, on a fixed date.
 */
public final class TestAssistant {

    public static final Path ROSTER = Path.of("config/roster.yml");
    /** Loading the font takes a moment: one chart renderer for all tests. */
    private static final ProgressChart CHART = new ProgressChart(null);

    private final CurrentKnowledge current;
    private final ConversationCore core;
    private final Ledger ledger;
    private final AssistantClock clock;
    private final AtomicLong sequence = new AtomicLong();

    public TestAssistant(UnifiedJedis redis, LocalDate today) {
        this(redis, TestProperties.withToday(today), ROSTER);
    }

    /** The bundled knowledge (its index built once for all tests) and this roster. */
    public TestAssistant(UnifiedJedis redis, AssistantProperties properties, Path rosterFile) {
        this(redis, properties, snapshots -> new CurrentKnowledge(snapshots, snapshots.of(BundledKnowledge.knowledge(),
                BundledKnowledge.index(), RosterLoader.load(rosterFile, BundledKnowledge.knowledge()))));
    }

    /** The bundled knowledge and this roster, with a channel for what the assistant sends (督办单). */
    public TestAssistant(UnifiedJedis redis, AssistantProperties properties, Path rosterFile,
                         cn.duban.assistant.digest.DigestChannel channel) {
        this(redis, properties, snapshots -> new CurrentKnowledge(snapshots, snapshots.of(BundledKnowledge.knowledge(),
                BundledKnowledge.index(), RosterLoader.load(rosterFile, BundledKnowledge.knowledge()))), channel);
    }

    private TestAssistant(UnifiedJedis redis, AssistantProperties properties, Function<Snapshots, CurrentKnowledge> loaded) {
        this(redis, properties, loaded, null);
    }

    private TestAssistant(UnifiedJedis redis, AssistantProperties properties, Function<Snapshots, CurrentKnowledge> loaded,
                          cn.duban.assistant.digest.DigestChannel channel) {
        this.clock = new AssistantClock(properties);
        this.ledger = new Ledger(redis, properties.ledger().replyMemory());
        Vocabulary vocabulary = Vocabulary.bundled();
        Snapshots snapshots = new Snapshots(properties, vocabulary,
                new WordingFactory(Replies.bundled(), properties.zone(), properties.maxMessageLength()), ledger, redis, clock, CHART,
                new ReportingFactory(ledger, vocabulary, redis, clock, properties), channel);
        this.current = loaded.apply(snapshots);
        this.core = new ConversationCore(current, new ReplyMemory(redis, properties.ledger().replyMemory()),
                properties.digest().chart());
    }

    /**
     * The assistant on the knowledge folder and roster the settings name (a copy a test may edit and reload), as it
     * starts: read from the files, index built anew.
     */
    public static TestAssistant fromFiles(UnifiedJedis redis, AssistantProperties properties) {
        return new TestAssistant(redis, properties, CurrentKnowledge::new);
    }

    public ConversationCore core() {
        return core;
    }

    /** The knowledge and roster in use. */
    public CurrentKnowledge current() {
        return current;
    }

    /** A digest composer on the knowledge in use. */
    public DigestComposer digest() {
        Snapshot now = current.get();
        return new DigestComposer(now.knowledge(), ledger, now.progress(), clock, CHART, now.tasks().lights());
    }

    /** The digest as officials read it, counting reports since {@code since}. */
    public String digestText(cn.duban.assistant.digest.Since since) {
        return wording().digest(digest().compose(since));
    }

    public Wording wording() {
        return current.get().wording();
    }

    public Roster roster() {
        return current.get().roster();
    }

    public AssistantClock clock() {
        return clock;
    }

    public Ledger ledger() {
        return ledger;
    }

    /** The reports several tests start from: 常家镇 12 projects and 1000 jobs, 县人社局 600 jobs, 县工信局 16% growth. */
    public void reportSample() {
        say("lisi", "过亿元项目新增12个");
        say("lisi", "新增城镇就业1000人");
        say("zhaoliu", "新增城镇就业600人");
        say("qianqi", "技改投资增长16%");
    }

    /** Sends a message with a new message id. */
    public String say(String user, String text) {
        return say("msg-" + sequence.incrementAndGet() + "-" + System.nanoTime(), user, text);
    }

    /** Sends a message with the given message id. */
    public String say(String messageId, String user, String text) {
        Instant at = clock.now().toInstant();
        return core.handle(new InboundMessage(messageId, user, text, at)).text();
    }

    public ZoneId zone() {
        return clock.now().getZone();
    }
}
