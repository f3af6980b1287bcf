package cn.duban.assistant.redis;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.duban.assistant.config.StartupException;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.util.SafeEncoder;

/**
 * Whether an external Redis keeps what it acknowledged: the ledger tells a reporter 已记录 once Redis has the
 * change, so without an append-only file a restart of Redis loses every confirmed report. Read at startup with
 * {@code CONFIG GET} or, where managed Redis disables CONFIG, {@code INFO persistence}. A Redis that may lose them
 * is logged as a warning, or stops startup with {@code assistant.redis.require-durable=true}.
 *
 * @param appendonly  {@code yes} or {@code no}; null when it could not be read
 * @param appendfsync {@code always}, {@code everysec} or {@code no}; null when it could not be read
 * @param unreadable  why neither could be read, or null
 */
record RedisDurability(String appendonly, String appendfsync, String unreadable) {

    private static final Logger log = LoggerFactory.getLogger(RedisDurability.class);
    private static final String FIX = "请在 Redis 配置中设 appendonly yes 和 appendfsync always(至少 everysec)";

    /** Reads the settings of the Redis behind {@code redis}. */
    static RedisDurability of(UnifiedJedis redis) {
        try {
            return new RedisDurability(config(redis, "appendonly"), config(redis, "appendfsync"), null);
        } catch (JedisConnectionException e) {
            return new RedisDurability(null, null, "连接失败: " + e.getMessage());
        } catch (JedisException configUnavailable) {
            try {
                String info = redis.info("persistence");
                String enabled = info.lines().filter(line -> line.startsWith("aof_enabled:")).findFirst()
                        .map(line -> line.substring("aof_enabled:".length()).strip()).orElse(null);
                return enabled == null ? new RedisDurability(null, null, "INFO persistence 中没有 aof_enabled")
                        : new RedisDurability("1".equals(enabled) ? "yes" : "no", null, null);
            } catch (JedisException e) {
                return new RedisDurability(null, null, "CONFIG 与 INFO 命令都不可用: " + e.getMessage());
            }
        }
    }

    private static String config(UnifiedJedis redis, String name) {
        Object reply = redis.sendCommand(Protocol.Command.CONFIG, "GET", name);
        if (reply instanceof List<?> pair && pair.size() == 2) {
            return SafeEncoder.encode((byte[]) pair.get(1));
        }
        if (reply instanceof Map<?, ?> map && map.size() == 1) {
            return SafeEncoder.encode((byte[]) map.values().iterator().next());
        }
        throw new JedisException("CONFIG GET " + name + " gave no value");
    }

    /**
     * Logs what a confirmed report risks on this Redis, one line.
     *
     * @throws StartupException when {@code requireDurable} and Redis may lose confirmed reports on a restart, or it
     *                          could not be checked
     */
    void check(boolean requireDurable) {
        String refused = ";assistant.redis.require-durable=true 不允许这样启动";
        String refusedFix = FIX + "后重新启动,或去掉 assistant.redis.require-durable=true。";
        if (unreadable != null) {
            String problem = "无法检查外部 Redis 是否开启持久化(" + unreadable + ")";
            if (requireDurable) {
                throw new StartupException(problem + refused, "请确认 Redis 可以连接并允许 CONFIG GET 或 INFO 后重新启动,"
                        + "或去掉 assistant.redis.require-durable=true。");
            }
            log.warn("{}:若它没有开启 AOF,Redis 重启后已确认的上报可能丢失。{}。", problem, FIX);
        } else if ("no".equals(appendonly)) {
            String problem = "外部 Redis 没有开启 AOF 持久化(appendonly no):Redis 一重启,已确认的上报会全部丢失";
            if (requireDurable) {
                throw new StartupException(problem + refused, refusedFix);
            }
            log.warn("{}。{}。", problem, FIX);
        } else if ("no".equals(appendfsync)) {
            String problem = "外部 Redis 的 AOF 由操作系统决定何时写盘(appendfsync no):机器崩溃或断电时,最近约 30 秒内已确认的上报可能丢失";
            if (requireDurable) {
                throw new StartupException(problem + refused, refusedFix);
            }
            log.warn("{}。{}。", problem, FIX);
        } else if ("everysec".equals(appendfsync)) {
            log.warn("外部 Redis 的 AOF 每秒写盘一次(appendfsync everysec):机器崩溃或断电时,最近约 1 秒内已确认的上报可能丢失。"
                    + "要做到确认即落盘,请设 appendfsync always。");
        } else if (appendfsync == null) {
            log.warn("外部 Redis 已开启 AOF,但读不到 appendfsync(CONFIG 命令不可用):请确认它是 always(至少 everysec),"
                    + "否则机器崩溃时最近已确认的上报可能丢失。");
        } else {
            log.info("外部 Redis 持久化: appendonly {}, appendfsync {}", appendonly, appendfsync);
        }
    }
}
