package cn.duban.assistant.digest;

import java.util.List;

import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.ledger.Ledger;
import cn.duban.assistant.roster.Official;
import cn.duban.assistant.roster.Roster;
import redis.clients.jedis.UnifiedJedis;

/**
 * Delivers today's digest at most once per recipient per day ({@link OncePerDay}); recipients are every official of
 * the roster unless {@code assistant.digest.recipients} names UserIDs, {@code party:ID} departments or {@code tag:ID}
 * tags.
 */
public class DigestDelivery {

    static final String LAST_COUNTED = "duban:{ledger}:digest:last-entry";

    private final DigestComposer composer;
    private final DigestWriter writer;
    private final DigestChannel channel;
    private final Roster roster;
    private final AssistantProperties properties;
    private final AssistantClock clock;
    private final UnifiedJedis redis;
    private final OncePerDay once;
    private final Ledger ledger;

    public DigestDelivery(DigestComposer composer, DigestWriter writer, DigestChannel channel, Roster roster,
                          AssistantProperties properties, AssistantClock clock, UnifiedJedis redis, Ledger ledger) {
        this.ledger = ledger;
        this.composer = composer;
        this.writer = writer;
        this.channel = channel;
        this.roster = roster;
        this.properties = properties;
        this.clock = clock;
        this.redis = redis;
        this.once = new OncePerDay(redis, clock);
    }

    public List<String> recipients() {
        List<String> configured = properties.digest().recipients();
        return configured == null || configured.isEmpty()
                ? roster.officials().stream().map(Official::userId).toList() : configured;
    }

    /** Sends today's digest to every recipient that has not had it today. */
    public OncePerDay.Result deliverToday() {
        String[] text = new String[1];
        byte[][] png = new byte[1][];
        long[] counted = {-1};
        boolean withChart = properties.digest().chart();
        DigestChannel textThenChart = new DigestChannel() {
            @Override
            public boolean sendDigest(String recipient, String digest) {
                return channel.sendDigest(recipient, digest) && (!withChart || channel.sendImage(recipient, png[0]));
            }

            @Override
            public boolean sendImage(String recipient, byte[] image) {
                return channel.sendImage(recipient, image);
            }
        };
        OncePerDay.Result result = once.deliver("digest", recipients(), recipient -> {
            if (text[0] == null) {
                counted[0] = ledger.lastEntryId();
                text[0] = writer.digest(composer.compose(since(redis, clock)));
                png[0] = withChart ? composer.chart(writer) : null;
            }
            return text[0];
        }, textThenChart);
        if (!result.sentNow().isEmpty()) {
            redis.set(LAST_COUNTED, Long.toString(counted[0]));
        }
        return result;
    }

    /** The reports new since the last digest that went out; before any, those since the start of yesterday. */
    static Since since(UnifiedJedis redis, AssistantClock clock) {
        String last = redis.get(LAST_COUNTED);
        return last != null ? Since.entry(Long.parseLong(last))
                : Since.time(clock.today().minusDays(1).atStartOfDay(clock.now().getZone()).toInstant());
    }
}
