package cn.duban.assistant.digest;

import java.util.Optional;

import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.ledger.Ledger;
import cn.duban.assistant.ledger.LedgerUnavailableException;
import cn.duban.assistant.progress.ProgressService;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.tasks.TaskLights;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/** The digest on demand (汇总, 日报, 整体进度如何) and, where a channel is configured, its delivery. */
public class DigestService {

    private final DigestComposer composer;
    private final DigestDelivery delivery;
    private final ReminderDelivery reminders;
    private final UnifiedJedis redis;
    private final AssistantClock clock;

    public DigestService(DigestComposer composer, DigestDelivery delivery, ReminderDelivery reminders, UnifiedJedis redis,
                         AssistantClock clock) {
        this.composer = composer;
        this.delivery = delivery;
        this.reminders = reminders;
        this.redis = redis;
        this.clock = clock;
    }

    /**
     * The digest service on this knowledge and roster, as the application wires it; its delivery and 催报 only with a
     * channel (WeChat Work configured), else null; {@code tasks} gives the tasks' lights.
     */
    public static DigestService of(Knowledge knowledge, Roster roster, ProgressService progress, DigestWriter writer,
                                   DigestChannel channel, ProgressChart chart, Ledger ledger, UnifiedJedis redis,
                                   AssistantClock clock, AssistantProperties properties, TaskLights tasks) {
        DigestComposer composer = new DigestComposer(knowledge, ledger, progress, clock, chart, tasks);
        if (channel == null) {
            return new DigestService(composer, null, null, redis, clock);
        }
        return new DigestService(composer, new DigestDelivery(composer, writer, channel, roster, properties, clock, redis, ledger),
                new ReminderDelivery(progress, roster, writer, channel, new OncePerDay(redis, clock)), redis, clock);
    }

    /**
     * Today's digest, counting reports since the last digest that went out.
     *
     * @throws LedgerUnavailableException when Redis cannot be read
     */
    public Digest today() {
        try {
            return composer.compose(DigestDelivery.since(redis, clock));
        } catch (JedisException e) {
            throw new LedgerUnavailableException(e);
        }
    }

    /** Today's chart, as a PNG, labelled by the writer. */
    public byte[] chart(DigestWriter writer) {
        try {
            return composer.chart(writer);
        } catch (JedisException e) {
            throw new LedgerUnavailableException(e);
        }
    }

    /** 催报 reminders, when a channel is configured. */
    public Optional<ReminderDelivery> reminders() {
        return Optional.ofNullable(reminders);
    }

    /** The delivery, when a channel is configured. */
    public Optional<DigestDelivery> delivery() {
        return Optional.ofNullable(delivery);
    }
}
