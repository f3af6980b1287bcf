package cn.duban.assistant.digest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.redis.RedisLock;
import redis.clients.jedis.UnifiedJedis;

/**
 * Sends something (the digest, a 催报 reminder) at most once per recipient per day, across instances and restarts:
 * one run at a time under a Redis lock, and a per-day record of each recipient's result, so a later run delivers what
 * failed and never repeats what was delivered.
 */
public class OncePerDay {

    private static final Logger log = LoggerFactory.getLogger(OncePerDay.class);
    static final String PREFIX = "duban:{ledger}:daily:";
    private static final String SENT = "sent";

    /** What a run did. */
    public record Result(List<String> sentNow, List<String> sentBefore, List<String> failed) {
        public boolean complete() {
            return failed.isEmpty();
        }
    }

    private final UnifiedJedis redis;
    private final AssistantClock clock;

    public OncePerDay(UnifiedJedis redis, AssistantClock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    /**
     * Sends {@code textFor(recipient)} to each recipient that has not had today's {@code kind}; a null text means
     * nothing to send to that recipient today.
     */
    public Result deliver(String kind, List<String> recipients, Function<String, String> textFor, DigestChannel channel) {
        LocalDate today = clock.today();
        String record = PREFIX + kind + ":" + today;
        RedisLock lock = new RedisLock(redis, record + ":lock", Duration.ofMinutes(10));
        lock.lock();
        try {
            List<String> sentNow = new ArrayList<>();
            List<String> sentBefore = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            for (String recipient : recipients) {
                String previous = redis.hget(record, recipient);
                if (previous != null && previous.startsWith(SENT)) {
                    sentBefore.add(recipient);
                    continue;
                }
                String text = textFor.apply(recipient);
                if (text == null) {
                    continue;
                }
                boolean sent = channel.sendDigest(recipient, text);
                redis.hset(record, recipient, (sent ? SENT : "failed") + " " + clock.now().toInstant());
                (sent ? sentNow : failed).add(recipient);
            }
            redis.expire(record, Duration.ofDays(7).toSeconds());
            if (!failed.isEmpty()) {
                log.error("{} {} 发送失败: {};下次运行会补发", today, kind, failed);
            }
            log.info("{} {}: 本次发出 {}, 此前已发 {}, 失败 {}", today, kind, sentNow, sentBefore, failed);
            return new Result(sentNow, sentBefore, failed);
        } finally {
            lock.unlock();
        }
    }
}
