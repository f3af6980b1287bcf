package cn.duban.assistant.channel.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.duban.assistant.redis.TestRedis;
import me.chanjar.weixin.cp.api.WxCpService;
import redis.clients.jedis.UnifiedJedis;

/** message/send through WxJava's real HTTP client against the fake API, the token shared in a real Redis. */
class WeComSenderTest {

    private FakeWeComApi api;
    private UnifiedJedis redis;

    @BeforeEach
    void start() throws IOException {
        api = new FakeWeComApi();
        redis = TestRedis.fresh();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private WxCpService instance() {
        return WeComTestServices.service(redis, api.baseUrl());
    }

    private WeComSender sender(WxCpService service) {
        return new WeComSender(service, redis, WeComTestClient.AGENT_ID, Duration.ofMillis(10), 3, 30,
                Clock.fixed(Instant.parse("2023-06-30T01:00:30Z"), ZoneOffset.UTC));
    }

    @Test
    void twoInstancesOnOneRedisShareOneToken() {
        WeComSender first = sender(instance());
        WeComSender second = sender(instance());

        for (int i = 0; i < 3; i++) {
            assertThat(first.sendText("zhangsan", "一" + i)).isTrue();
            assertThat(second.sendText("wangwu", "二" + i)).isTrue();
        }

        assertThat(api.tokenRequests()).isEqualTo(1);
        assertThat(api.deliveredMessages()).hasSize(6);
    }

    @Test
    void anExpiredTokenIsFetchedAgainOnce() {
        WeComSender sender = sender(instance());
        assertThat(sender.sendText("zhangsan", "第一条")).isTrue();

        api.failNextSends(42001);
        assertThat(sender.sendText("zhangsan", "第二条")).isTrue();

        assertThat(api.tokenRequests()).isEqualTo(2);
        assertThat(api.deliveredMessages()).extracting(r -> r.json().get("text").get("content").asText())
                .containsExactly("第一条", "第二条");
    }

    @Test
    void rateLimitedAndBusyAreRetriedWithBackoff() {
        WeComSender sender = sender(instance());
        api.failNextSends(45009, -1, 45009);

        assertThat(sender.sendText("zhangsan", "稍后送达")).isTrue();

        assertThat(api.deliveredMessages()).hasSize(1);
        assertThat(api.requests("/cgi-bin/message/send")).hasSize(4);
    }

    @Test
    void anUntrustedIpIsNotRetried() {
        WeComSender sender = sender(instance());
        api.failNextSends(60020);

        assertThat(sender.sendText("zhangsan", "不会送达")).isFalse();

        assertThat(api.requests("/cgi-bin/message/send")).hasSize(1);
        assertThat(api.deliveredMessages()).isEmpty();
    }

    @Test
    void noMoreThanThirtyMessagesAMinuteToOneMember() {
        WeComSender sender = sender(instance());
        for (int i = 0; i < 32; i++) {
            sender.sendText("zhangsan", "第" + i + "条");
        }
        sender.sendText("wangwu", "别人的");

        assertThat(api.deliveredMessages()).hasSize(31);
        assertThat(api.deliveredMessages().stream().filter(r -> r.body().contains("wangwu"))).hasSize(1);
    }

    @Test
    void messagesAreTextForTheAgent() {
        sender(instance()).sendText("zhangsan", "你好");

        var json = api.deliveredMessages().get(0).json();
        assertThat(json.get("msgtype").asText()).isEqualTo("text");
        assertThat(json.get("touser").asText()).isEqualTo("zhangsan");
        assertThat(json.get("agentid").asInt()).isEqualTo(WeComTestClient.AGENT_ID);
    }
}
