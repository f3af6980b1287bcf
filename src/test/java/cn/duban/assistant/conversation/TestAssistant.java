package cn.duban.assistant.conversation;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.config.TestProperties;
import cn.duban.assistant.digest.DigestComposer;
import cn.duban.assistant.digest.DigestService;
import cn.duban.assistant.digest.ProgressChart;
import cn.duban.assistant.knowledge.BundledKnowledge;
import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.ledger.Ledger;
import cn.duban.assistant.progress.ProgressService;
import cn.duban.assistant.reporting.ReportingService;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.roster.RosterLoader;
import cn.duban.assistant.understanding.MessageReader;
import cn.duban.assistant.vocabulary.Vocabulary;
import cn.duban.assistant.wording.Replies;
import cn.duban.assistant.wording.Wording;
import redis.clients.jedis.UnifiedJedis;

/**
 * The whole conversation core as the application wires it — bundled knowledge, a roster, a real Redis — without
 * Spring, on a fixed date.
 */
public final class TestAssistant {

    public static final Path ROSTER = Path.of("config/roster.yml");
    /** Loading the font takes a moment: one chart renderer for all tests. */
    private static final ProgressChart CHART = new ProgressChart(null);

    private final ConversationCore core;
    private final Ledger ledger;
    private final AssistantClock clock;
    private final DigestComposer digest;
    private final Wording wording;
    private final Roster roster;
    private final AtomicLong sequence = new AtomicLong();

    public TestAssistant(UnifiedJedis redis, LocalDate today) {
        this(redis, TestProperties.withToday(today), ROSTER);
    }

    public TestAssistant(UnifiedJedis redis, AssistantProperties properties, Path rosterFile) {
        Knowledge knowledge = BundledKnowledge.knowledge();
        Vocabulary vocabulary = Vocabulary.bundled();
        this.roster = RosterLoader.load(rosterFile, knowledge);
        this.clock = new AssistantClock(properties);
        this.ledger = new Ledger(redis, properties.ledger().replyMemory());
        this.wording = new Wording(Replies.bundled(), knowledge, roster, properties.zone(), properties.maxMessageLength());
        ProgressService progress = new ProgressService(knowledge, ledger, roster, clock, properties);
        ReportingService reporting = ReportingService.create(knowledge, ledger, roster, progress, vocabulary, redis, clock, properties);
        this.digest = new DigestComposer(knowledge, ledger, progress, clock, CHART);
        this.core = new ConversationCore(new MessageReader(knowledge, roster, vocabulary, properties.maxMessageLength()),
                reporting, progress, BundledKnowledge.answerer(), new DigestService(digest, null, null, redis, clock), wording,
                roster, new ReplyMemory(redis, properties.ledger().replyMemory()), properties.digest().chart());
    }

    public ConversationCore core() {
        return core;
    }

    public DigestComposer digest() {
        return digest;
    }

    /** The digest as officials read it, counting reports since {@code since}. */
    public String digestText(cn.duban.assistant.digest.Since since) {
        return wording.digest(digest.compose(since));
    }

    public Wording wording() {
        return wording;
    }

    public Roster roster() {
        return roster;
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
