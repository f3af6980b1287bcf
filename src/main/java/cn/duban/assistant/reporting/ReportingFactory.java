package cn.duban.assistant.reporting;

import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.ledger.Ledger;
import cn.duban.assistant.progress.ProgressService;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.understanding.Units;
import cn.duban.assistant.vocabulary.Vocabulary;
import redis.clients.jedis.UnifiedJedis;

/**
 * Builds the {@link ReportingService} on each load of the knowledge and the roster (at start, and on 重新加载). What
 * outlives a load is made once and shared by every service it builds: the changes Redis took without answering,
 * still to be settled and matched with their resends ({@link UnknownOutcomes}).
 */
public final class ReportingFactory {

    private final Ledger ledger;
    private final Vocabulary vocabulary;
    private final UnifiedJedis redis;
    private final AssistantClock clock;
    private final AssistantProperties properties;
    private final UnknownOutcomes unknowns;

    /** A factory on the application's ledger and settings; reports whose outcome is unknown are kept from now on. */
    public ReportingFactory(Ledger ledger, Vocabulary vocabulary, UnifiedJedis redis, AssistantClock clock,
                            AssistantProperties properties) {
        this.ledger = ledger;
        this.vocabulary = vocabulary;
        this.redis = redis;
        this.clock = clock;
        this.properties = properties;
        this.unknowns = new UnknownOutcomes(ledger, properties.ledger().settleWait(), properties.ledger().resendWindow(),
                java.time.Clock.systemUTC());
    }

    /** The reporting service and its parts on this knowledge and roster. */
    public ReportingService create(Knowledge knowledge, Roster roster, ProgressService progress) {
        FigureCheck check = new FigureCheck(new Units(vocabulary));
        PendingQuestions pending = new PendingQuestions(redis, ledger, properties.ledger().confirmTimeout());
        GoneTargets gone = new GoneTargets(knowledge, ledger);
        Confirmations confirmations = new Confirmations(knowledge, ledger, progress, gone);
        Recorder recorder = new Recorder(knowledge, ledger, clock, check, pending, confirmations,
                properties.ledger().sameReportWindow(), unknowns);
        Corrections corrections = new Corrections(knowledge, gone, ledger, roster, check, pending, confirmations, clock,
                properties.ledger().sameReportWindow());
        return new ReportingService(knowledge, roster, recorder, corrections,
                new PendingAnswers(ledger, roster, pending, confirmations, recorder, corrections, gone), unknowns, confirmations);
    }
}
