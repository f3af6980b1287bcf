package cn.duban.assistant.conversation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.digest.DigestChannel;
import cn.duban.assistant.digest.DigestService;
import cn.duban.assistant.digest.ProgressChart;
import cn.duban.assistant.files.MalformedFileException;
import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.KnowledgeIndex;
import cn.duban.assistant.knowledge.KnowledgeLoader;
import cn.duban.assistant.knowledge.ReportAnswerer;
import cn.duban.assistant.ledger.Ledger;
import cn.duban.assistant.progress.ProgressService;
import cn.duban.assistant.reporting.ReportingFactory;
import cn.duban.assistant.roster.Official;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.roster.RosterLoader;
import cn.duban.assistant.supervision.SupervisionOrders;
import cn.duban.assistant.supervision.SupervisionService;
import cn.duban.assistant.tasks.EvidenceStore;
import cn.duban.assistant.lights.LightRules;
import cn.duban.assistant.tasks.TaskLights;
import cn.duban.assistant.tasks.TaskNotes;
import cn.duban.assistant.tasks.TaskWarnings;
import cn.duban.assistant.tasks.TaskService;
import cn.duban.assistant.understanding.MessageReader;
import cn.duban.assistant.vocabulary.Vocabulary;
import cn.duban.assistant.wording.Wording;
import cn.duban.assistant.wording.WordingFactory;
import redis.clients.jedis.UnifiedJedis;

/**
 * Builds {@link Snapshot}s: reads {@code knowledge/} and the roster, indexes the reports, and wires the features on
 * them with the parts the application keeps whatever is loaded (the ledger, Redis, the clock, the reply bundle, the
 * chart renderer, the digest's channel, reports whose outcome Redis left unknown, the task notes with theirs).
 */
public final class Snapshots {

    private static final Logger log = LoggerFactory.getLogger(Snapshots.class);

    private final AssistantProperties properties;
    private final Vocabulary vocabulary;
    private final WordingFactory wordings;
    private final Ledger ledger;
    private final UnifiedJedis redis;
    private final AssistantClock clock;
    private final ProgressChart chart;
    private final ReportingFactory reporting;
    private final DigestChannel channel;
    private final TaskNotes notes;

    /** With {@code channel} null (WeChat Work not configured) the digest is composed but not delivered. */
    public Snapshots(AssistantProperties properties, Vocabulary vocabulary, WordingFactory wordings, Ledger ledger,
                     UnifiedJedis redis, AssistantClock clock, ProgressChart chart, ReportingFactory reporting,
                     DigestChannel channel) {
        this.properties = properties;
        this.vocabulary = vocabulary;
        this.wordings = wordings;
        this.ledger = ledger;
        this.redis = redis;
        this.clock = clock;
        this.chart = chart;
        this.reporting = reporting;
        this.channel = channel;
        this.notes = new TaskNotes(redis, properties.ledger().replyMemory());
    }

    /**
     * Reads {@code assistant.knowledge-dir} and {@code assistant.roster} (its targets checked against the targets just
     * read, and the tasks' leaders against its officials) and builds everything on them.
     *
     * @throws MalformedFileException naming the file, the line and the field of the first problem
     */
    public Snapshot load() {
        Knowledge knowledge = KnowledgeLoader.load(properties.knowledgeDir(), vocabulary);
        log.info("知识库 {}: {} 篇报告, {} 个量化目标, {} 项重点任务", properties.knowledgeDir().toAbsolutePath(),
                knowledge.reports().size(), knowledge.targets().size(), knowledge.tasks().size());
        Roster roster = RosterLoader.load(properties.roster(), knowledge);
        KnowledgeLoader.checkLeaders(properties.knowledgeDir(), knowledge, roster.officials().stream()
                .map(Official::userId).collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
        log.info("人员名单 {}: {} 位领导, {} 位填报人", properties.roster().toAbsolutePath(), roster.officials().size(),
                roster.reporters().size());
        long started = System.nanoTime();
        KnowledgeIndex index = new KnowledgeIndex(knowledge);
        index.warmUp();
        log.info("索引 {} 句, 用时 {} ms", index.size(), (System.nanoTime() - started) / 1_000_000);
        return of(knowledge, index, roster);
    }

    /** Everything built on this knowledge, its index and this roster. */
    public Snapshot of(Knowledge knowledge, KnowledgeIndex index, Roster roster) {
        MessageReader reader = new MessageReader(knowledge, roster, vocabulary, properties.maxMessageLength());
        ReportAnswerer answerer = new ReportAnswerer(knowledge, index, vocabulary);
        ProgressService progress = new ProgressService(knowledge, ledger, roster, clock, properties);
        Wording wording = wordings.create(knowledge, roster);
        LightRules rules = new LightRules(properties.tasks().dueSoonDays(), properties.tasks().silentDays());
        TaskWarnings warnings = new TaskWarnings(knowledge, roster, new TaskLights(knowledge, notes, rules, clock, properties.ledger().tolerance()), progress,
                rules, clock);
        DigestService digest = DigestService.of(knowledge, roster, progress, wording.digestWriter(), channel, chart,
                ledger, redis, clock, properties, warnings.lights());
        return new Snapshot(knowledge, roster, index, reader, answerer, progress,
                reporting.create(knowledge, roster, progress), digest, wording, new TaskService(knowledge, roster,
                notes, ledger, cn.duban.assistant.tasks.NoteSettings.of(properties.ledger()), warnings,
                new EvidenceStore(redis, properties.dataDir())),
                new SupervisionService(knowledge, roster, notes, new SupervisionOrders(redis), channel,
                        properties.ledger().confirmTimeout(), clock, properties.tasks().replyDays()));
    }
}
