package cn.duban.assistant.channel.wecombot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.redis.TestRedis;
import redis.clients.jedis.UnifiedJedis;

/**
 * The link on its own, against the fake server and a real Redis: a refused subscription is retried with backoff and
 * shown with its errcode; two instances on one Redis keep one connection, and when the holder stops the other takes
 * over within the lease.
 */
class BotLinkTest {

    private FakeBotServer bot;
    private UnifiedJedis redis;

    @BeforeEach
    void start() {
        bot = FakeBotServer.started();
        redis = TestRedis.fresh();
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    private BotLink link(String secret) {
        AssistantProperties.WecomBot settings = new AssistantProperties.WecomBot(FakeBotServer.BOT_ID, secret,
                URI.create(bot.url()), Duration.ofSeconds(30), 2, Duration.ofMillis(200), Duration.ofSeconds(1),
                Duration.ofMinutes(5), Duration.ofSeconds(2), Duration.ofSeconds(5));
        BotLease lease = new BotLease(redis, settings.botId(), settings.lease());
        return new BotLink(settings, lease, null, new BotOutbox(redis, settings.sendTimeout(), lease));
    }

    private static void await(BotLink link, String state) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!link.status().state().equals(state)) {
            assertThat(System.nanoTime()).as("state %s, waiting for %s", link.status(), state).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void aRefusedSubscriptionIsShownWithItsErrcodeAndRetriedWithBackoff() throws Exception {
        BotLink link = link("wrong-secret");
        link.start();
        try {
            await(link, "auth-failed");
            assertThat(link.status().detail()).contains("errcode 40001", "assistant.wecom-bot.secret");
            Thread.sleep(2500);
            int attempts = bot.framesFromClient("aibot_subscribe").size();
            // 200 ms doubling to the 1 s cap (±25 %): about 5 in 2.5 s, never a storm
            assertThat(attempts).isBetween(3, 7);
            assertThat(bot.subscriptions()).isZero();
        } finally {
            link.stop();
        }
    }

    @Test
    void twoInstancesKeepOneConnectionAndTheOtherTakesOverWhenTheHolderStops() throws Exception {
        BotLink first = link(FakeBotServer.SECRET);
        BotLink second = link(FakeBotServer.SECRET);
        first.start();
        await(first, "connected");
        second.start();
        try {
            await(second, "standby");
            Thread.sleep(1500);
            assertThat(bot.subscriptions()).isEqualTo(1);
            assertThat(bot.replacements()).isZero();

            first.stop();
            await(second, "connected");
            assertThat(bot.subscriptions()).isEqualTo(2);
            assertThat(bot.replacements()).isZero();
            assertThat(first.status().state()).isEqualTo("stopped");
        } finally {
            second.stop();
        }
    }

    @Test
    void aPushWithoutAnyInstanceHoldingTheConnectionFailsAndLeavesNothingToGoOutLater() {
        BotLease lease = new BotLease(redis, FakeBotServer.BOT_ID, Duration.ofSeconds(2));
        BotOutbox outbox = new BotOutbox(redis, Duration.ofSeconds(5), lease);

        assertThat(outbox.markdown("wr-duban", "日报")).isFalse();
        assertThat(redis.llen("duban:{ledger}:wecombot:outbox")).isZero();
        assertThat(bot.framesFromClient("aibot_send_msg")).isEmpty();
    }

    @Test
    void aRefusedPushIsTriedAgainAndItsOutcomeReachesTheSender() throws Exception {
        BotLink link = link(FakeBotServer.SECRET);
        link.start();
        try {
            await(link, "connected");
            BotOutbox outbox = new BotOutbox(redis, Duration.ofSeconds(10),
                    new BotLease(redis, FakeBotServer.BOT_ID, Duration.ofSeconds(2)));

            bot.failNextSends(93006, 2);
            assertThat(outbox.markdown("wr-duban", "第一条")).isTrue();
            bot.failNextSends(93006, 3);
            assertThat(outbox.markdown("wr-duban", "第二条")).isFalse();

            assertThat(bot.sends("wr-duban")).extracting(FakeBotServer::textOf).containsExactly("第一条");
            assertThat(bot.framesFromClient("aibot_send_msg")).hasSize(6);
        } finally {
            link.stop();
        }
    }

    @Test
    void aConnectionThatCannotBeMadeSaysWhereAndWhatToCheck() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        URI refused = URI.create("ws://127.0.0.1:1/");
        try {
            BotConnection.open(http, refused, null, Duration.ofSeconds(2), Duration.ofSeconds(2));
            throw new AssertionError("connected to port 1");
        } catch (RuntimeException e) {
            assertThat(ConnectFailure.describe(e, refused)).contains("127.0.0.1:1", "被拒绝或不可达", "防火墙", "https.proxyHost");
        }
        try (var notWebSocket = cn.duban.assistant.channel.wecom.FakeWeComApi.started()) {
            URI http404 = URI.create(notWebSocket.baseUrl().replace("http://", "ws://") + "/nothing");
            try {
                BotConnection.open(http, http404, null, Duration.ofSeconds(2), Duration.ofSeconds(2));
                throw new AssertionError("a plain HTTP server accepted a WebSocket");
            } catch (RuntimeException e) {
                assertThat(ConnectFailure.describe(e, http404)).contains("握手被拒绝", "HTTP 404");
            }
        }
    }
}
