package cn.duban.assistant.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.roster.Official;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.redis.RedisLock;
import redis.clients.jedis.UnifiedJedis;

/**
 * Delivers today's digest at most once per recipient per day, across instances and restarts: one run at a time under
 * a Redis lock, and a per-day record of each recipient's result. A recipient whose delivery failed is tried again by
 * the next run; one that got it never gets it again that day.
 */
public class DigestDelivery {

    private static final Logger log = LoggerFactory.getLogger(DigestDelivery.class);
    static final String PREFIX = "duban:{ledger}:digest:";
    static final String SENT = "sent";

    /** What a run did. */
    public record Result(List<String> sentNow, List<String> sentBefore, List<String> failed) {
        public boolean complete() {
            return failed.isEmpty();
        }
    }

    private final DigestComposer composer;
    private final DigestChannel channel;
    private final Roster roster;
    private final AssistantProperties properties;
    private final AssistantClock clock;
    private final UnifiedJedis redis;

    public DigestDelivery(DigestComposer composer, DigestChannel channel, Roster roster, AssistantProperties properties,
                          AssistantClock clock, UnifiedJedis redis) {
        this.composer = composer;
        this.channel = channel;
        this.roster = roster;
        this.properties = properties;
        this.clock = clock;
        this.redis = redis;
    }

    public List<String> recipients() {
        List<String> configured = properties.digest().recipients();
        return configured == null || configured.isEmpty()
                ? roster.officials().stream().map(Official::userId).toList() : configured;
    }

    /** Sends today's digest to every recipient that has not had it today. */
    public Result deliverToday() {
        LocalDate today = clock.today();
        String record = PREFIX + today;
        RedisLock lock = new RedisLock(redis, record + ":lock", Duration.ofMinutes(10));
        lock.lock();
        try {
            List<String> sentNow = new ArrayList<>();
            List<String> sentBefore = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            String text = null;
            for (String userId : recipients()) {
                String previous = redis.hget(record, userId);
                if (previous != null && previous.startsWith(SENT)) {
                    sentBefore.add(userId);
                    continue;
                }
                if (text == null) {
                    text = composer.compose(since(redis, clock));
                }
                boolean sent = channel.sendDigest(userId, text);
                redis.hset(record, userId, (sent ? SENT : "failed") + " " + clock.now().toInstant());
                (sent ? sentNow : failed).add(userId);
            }
            redis.expire(record, Duration.ofDays(7).toSeconds());
            if (!sentNow.isEmpty()) {
                redis.set(PREFIX + "last", Long.toString(clock.now().toInstant().toEpochMilli()));
            }
            if (!failed.isEmpty()) {
                log.error("{} 日报发送失败: {};下次运行会补发", today, failed);
            }
            log.info("{} 日报: 本次发出 {}, 此前已发 {}, 失败 {}", today, sentNow, sentBefore, failed);
            return new Result(sentNow, sentBefore, failed);
        } finally {
            lock.unlock();
        }
    }

    /** When the last digest went out; the start of yesterday when none did. */
    static Instant since(UnifiedJedis redis, AssistantClock clock) {
        String last = redis.get(PREFIX + "last");
        return last != null ? Instant.ofEpochMilli(Long.parseLong(last))
                : clock.today().minusDays(1).atStartOfDay(clock.now().getZone()).toInstant();
    }
}
