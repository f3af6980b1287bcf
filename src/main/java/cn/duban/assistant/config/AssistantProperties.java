package cn.duban.assistant.config;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;

/**
 * Settings under the prefix {@code assistant.}, from {@code config/application.yml}, {@code --assistant.x=y}
 * or environment variables ({@code ASSISTANT_KNOWLEDGEDIR}, {@code ASSISTANT_REDIS_URL}, …). A value that makes no
 * sense (a negative duration, an EncodingAESKey that is not 43 characters, a URL that is none) stops startup with
 * one line naming the setting ({@link StartupException}).
 *
 * @param knowledgeDir     folder with {@code reports/} and {@code targets.yml}
 * @param dataDir          folder for data the assistant writes (the embedded Redis keeps its files here)
 * @param today            fixes "today" for every date computation; empty means the real date
 * @param zone             the county's time zone
 * @param maxMessageLength longer messages get a polite refusal
 * @param configDir        folder with county overrides ({@code replies.properties})
 * @param roster           who may ask, report and receive digests
 * @param redis            where the ledger is kept
 * @param ledger           how reports are checked and progress judged
 * @param wecom            the WeChat Work app (自建应用); without it the assistant runs console only
 * @param digest           the morning digest
 * @param knowledge        how changes to {@code knowledge/} and the roster are picked up
 * @param tasks            the 三色 warnings on tasks (重点任务) and 督办单 reply times
 */
@ConfigurationProperties("assistant")
public record AssistantProperties(
        @DefaultValue("knowledge") Path knowledgeDir,
        @DefaultValue("data") Path dataDir,
        LocalDate today,
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("500") int maxMessageLength,
        @DefaultValue("config") Path configDir,
        @DefaultValue("config/roster.yml") Path roster,
        @DefaultValue Redis redis,
        @DefaultValue Ledger ledger,
        @DefaultValue Wecom wecom,
        @DefaultValue WecomBot wecomBot,
        @DefaultValue Digest digest,
        @DefaultValue Knowledge knowledge,
        @DefaultValue Tasks tasks) {

    public AssistantProperties {
        SettingRules.atLeast("assistant.max-message-length", maxMessageLength, 1, "500");
    }

    /**
     * The Redis server. All empty: a real redis-server is started from the embedded binary under
     * {@code ${data-dir}/redis}.
     *
     * @param url            {@code redis://[[user]:password@]host:port[/db]}
     * @param sentinelMaster the master's name, with {@code sentinelNodes}
     * @param sentinelNodes  {@code host:port} of the sentinels
     * @param clusterNodes   {@code host:port} of some cluster nodes
     * @param password       password for sentinel or cluster nodes
     * @param timeout        connect and read timeout
     * @param requireDurable refuse to start when an external Redis does not write every change to its append-only
     *                       file (appendonly yes, appendfsync always or everysec); without it a warning is logged
     */
    public record Redis(String url, String sentinelMaster, List<String> sentinelNodes, List<String> clusterNodes,
                        String password, @DefaultValue("2s") Duration timeout,
                        @DefaultValue("false") boolean requireDurable) {

        public Redis {
            SettingRules.redisUrl(url);
            SettingRules.positive("assistant.redis.timeout", timeout, "2s");
        }

        public boolean embedded() {
            return isBlank(url) && isBlank(sentinelMaster) && (clusterNodes == null || clusterNodes.isEmpty());
        }

        private static boolean isBlank(String text) {
            return text == null || text.isBlank();
        }
    }

    /**
     * @param tolerance      points of completion above 序时进度 that count as 超进度
     * @param silentDays     a unit that has not reported on a target for this many days is listed as not reporting
     * @param confirmTimeout how long a report waiting for 是/否 is kept
     * @param replyMemory    how long a message id and its reply are remembered (WeChat Work retries)
     * @param sameReportWindow the same figure for the same target from the same person again within this time is
     *                       asked about (与刚才的上报相同，是否再记一次？) before it is recorded
     * @param settleWait     how long a report that Redis took without answering waits for Redis to answer, to say
     *                       for certain whether it was recorded, before the reporter is told the outcome is unknown
     * @param resendWindow   a report sent again with the same figures within this time after one whose outcome was
     *                       unknown is matched with it, not added
     */
    public record Ledger(@DefaultValue("5") BigDecimal tolerance, @DefaultValue("7") int silentDays,
                         @DefaultValue("10m") Duration confirmTimeout, @DefaultValue("48h") Duration replyMemory,
                         @DefaultValue("30m") Duration sameReportWindow, @DefaultValue("20s") Duration settleWait,
                         @DefaultValue("10m") Duration resendWindow) {

        public Ledger {
            SettingRules.notNegative("assistant.ledger.tolerance", tolerance, "5");
            SettingRules.atLeast("assistant.ledger.silent-days", silentDays, 1, "7");
            SettingRules.positive("assistant.ledger.confirm-timeout", confirmTimeout, "10m");
            SettingRules.positive("assistant.ledger.reply-memory", replyMemory, "48h");
            SettingRules.notNegative("assistant.ledger.same-report-window", sameReportWindow, "30m");
            SettingRules.notNegative("assistant.ledger.settle-wait", settleWait, "20s");
            SettingRules.positive("assistant.ledger.resend-window", resendWindow, "10m");
        }
    }

    /**
     * The WeChat Work self-built app.
     *
     * @param corpId         企业ID (CorpID)
     * @param agentId        the app's AgentId
     * @param secret         the app's Secret
     * @param token          the callback Token
     * @param aesKey         the callback EncodingAESKey (43 characters)
     * @param apiBaseUrl     WeChat Work's API; tests point it at a local fake
     * @param replyBudget    how long a callback waits for the answer before replying later through message/send
     * @param retrySleep     first pause before retrying a busy (-1) or rate-limited (45009) API call; doubles each time
     * @param maxRetries     retries of such a call
     * @param messagesPerMinute at most this many messages a minute to one member (WeChat Work drops the excess)
     * @param maxClockSkew   a callback stamped further than this from the real time is refused (a replay)
     * @param bodyTimeout    a callback whose body has not all arrived this long after its headers gets 408
     */
    public record Wecom(String corpId, Integer agentId, String secret, String token, String aesKey,
                        @DefaultValue("https://qyapi.weixin.qq.com") String apiBaseUrl,
                        @DefaultValue("3s") Duration replyBudget, @DefaultValue("1s") Duration retrySleep,
                        @DefaultValue("3") int maxRetries, @DefaultValue("30") int messagesPerMinute,
                        @DefaultValue("5m") Duration maxClockSkew, @DefaultValue("5s") Duration bodyTimeout) {

        public Wecom {
            SettingRules.aesKey(aesKey);
            SettingRules.replyBudget(replyBudget);
            SettingRules.notNegative("assistant.wecom.retry-sleep", retrySleep, "1s");
            SettingRules.atLeast("assistant.wecom.max-retries", maxRetries, 0, "3");
            SettingRules.atLeast("assistant.wecom.messages-per-minute", messagesPerMinute, 1, "30");
            SettingRules.positive("assistant.wecom.max-clock-skew", maxClockSkew, "5m");
            SettingRules.positive("assistant.wecom.body-timeout", bodyTimeout, "5s");
        }

        /** Whether the callback can be verified and the API called. */
        public boolean configured() {
            return present(corpId) && agentId != null && present(secret) && present(token) && present(aesKey);
        }

        private static boolean present(String text) {
            return text != null && !text.isBlank();
        }
    }

    /**
     * The WeChat Work 智能机器人 on its long connection (doc 101463 "智能机器人长连接"): the server opens the
     * connection, so no public URL is needed. Set in 管理后台 → 智能机器人 → API 模式 → 长连接.
     *
     * @param botId            the bot's BotID (env {@code ASSISTANT_WECOMBOT_BOTID})
     * @param secret           the long-connection Secret (env {@code ASSISTANT_WECOMBOT_SECRET})
     * @param url              the WebSocket address; tests point it at a local fake
     * @param heartbeat        a {@code ping} this often (the doc's 30 s)
     * @param missedHeartbeats pings without an acknowledgement after which the connection counts as dead
     * @param firstRetry       the first pause before reconnecting; doubles with each failure
     * @param longestRetry     the longest pause before reconnecting
     * @param replacedPause    after WeChat Work says another connection replaced this one, wait this long before
     *                         connecting again (one try per pause, not a reconnect storm)
     * @param lease            the Redis lease that lets one instance keep the connection; another instance takes
     *                         over within this time plus a quarter of it after the holder dies
     * @param sendTimeout      how long a push (digest, 催报) waits for WeChat Work's acknowledgement
     */
    public record WecomBot(String botId, String secret,
                           @DefaultValue("wss://openws.work.weixin.qq.com") java.net.URI url,
                           @DefaultValue("30s") Duration heartbeat, @DefaultValue("2") int missedHeartbeats,
                           @DefaultValue("1s") Duration firstRetry, @DefaultValue("30s") Duration longestRetry,
                           @DefaultValue("5m") Duration replacedPause, @DefaultValue("20s") Duration lease,
                           @DefaultValue("30s") Duration sendTimeout) {

        public WecomBot {
            SettingRules.bothOrNeither("assistant.wecom-bot.bot-id", botId, "assistant.wecom-bot.secret", secret);
            SettingRules.webSocketUrl("assistant.wecom-bot.url", url, "wss://openws.work.weixin.qq.com");
            SettingRules.positive("assistant.wecom-bot.heartbeat", heartbeat, "30s");
            SettingRules.atLeast("assistant.wecom-bot.missed-heartbeats", missedHeartbeats, 1, "2");
            SettingRules.positive("assistant.wecom-bot.first-retry", firstRetry, "1s");
            SettingRules.positive("assistant.wecom-bot.longest-retry", longestRetry, "30s");
            SettingRules.positive("assistant.wecom-bot.replaced-pause", replacedPause, "5m");
            SettingRules.positive("assistant.wecom-bot.lease", lease, "20s");
            SettingRules.positive("assistant.wecom-bot.send-timeout", sendTimeout, "30s");
        }

        /** Whether the bot can subscribe: BotID and Secret are set. */
        public boolean configured() {
            return botId != null && !botId.isBlank() && secret != null && !secret.isBlank();
        }
    }

    /**
     * The morning digest.
     *
     * @param enabled    send it on schedule
     * @param cron       when (seconds minutes hours day month weekday), in the county's zone
     * @param recipients   WeChat Work UserIDs, {@code party:ID} or {@code tag:ID} (the app), {@code chat:ID} (a group
     *                     chat of the 智能机器人); empty means every official
     * @param reminderCron when reporters of units that have not reported get a 催报 reminder
     * @param chart        send a PNG chart after the digest's text
     * @param chartFont    a TrueType font (.ttf/.ttc) with Chinese glyphs for the chart; empty = the bundled one
     */
    public record Digest(@DefaultValue("true") boolean enabled, @DefaultValue("0 30 8 * * MON-FRI") String cron,
                         List<String> recipients, @DefaultValue("0 0 9 * * MON") String reminderCron,
                         @DefaultValue("true") boolean chart, Path chartFont) {

        public Digest {
            SettingRules.cron("assistant.digest.cron", cron, "0 30 8 * * MON-FRI");
            SettingRules.cron("assistant.digest.reminder-cron", reminderCron, "0 0 9 * * MON");
        }
    }

    /**
     * Reloading {@code knowledge/} and the roster without a restart (officials can always send 重新加载).
     *
     * @param watch reload by itself when {@code targets.yml}, {@code vocabulary.yml}, {@code reports/*.txt} or the
     *              roster change (a second after the last change); a broken edit keeps the old knowledge, with a WARN
     */
    public record Knowledge(@DefaultValue("true") boolean watch) {
    }

    /**
     * The 三色 warnings on tasks (issue 13).
     *
     * @param dueSoon    蓝灯 comes on when a task's deadline is this near (whole days; {@code 15} and {@code 15d} both
     *                   mean 15 days)
     * @param silentDays a task with no progress note for this many days is 黄灯
     * @param replyDays  days a unit has to answer a 督办单
     */
    public record Tasks(@DefaultValue("15d") @DurationUnit(ChronoUnit.DAYS) Duration dueSoon,
                        @DefaultValue("30") int silentDays, @DefaultValue("5") int replyDays) {

        public Tasks {
            SettingRules.wholeDays("assistant.tasks.due-soon", dueSoon, "15d");
            SettingRules.atLeast("assistant.tasks.silent-days", silentDays, 1, "30");
            SettingRules.atLeast("assistant.tasks.reply-days", replyDays, 1, "5");
        }

        /** The days before a deadline when 蓝灯 comes on. */
        public int dueSoonDays() {
            return (int) dueSoon.toDays();
        }
    }
}
