package cn.duban.assistant.channel.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.duban.assistant.redis.FreezableRedis;

/**
 * An answer that goes through message/send while Redis is frozen — the access token is kept in Redis, so it cannot
 * go out — is sent once Redis answers again, exactly once. The reply budget is 1 ms, so every answer goes that way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WeComDeliveryRetryTest {

    static final FakeWeComApi API;
    static final FreezableRedis REDIS;
    static final Path DIR;

    static {
        try {
            API = new FakeWeComApi();
            REDIS = FreezableRedis.start();
            DIR = Files.createTempDirectory("wecom-retry");
        } catch (java.io.IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("assistant.data-dir", () -> DIR.resolve("data").toString());
        registry.add("assistant.redis.url", REDIS::url);
        registry.add("assistant.wecom.reply-budget", () -> "0s");
        WeComTestClient.registerApp(registry, API);
    }

    @AfterAll
    static void stop() {
        API.close();
        REDIS.close();
    }

    @LocalServerPort
    int port;

    @Test
    void anAnswerThatCannotGoOutWhileRedisIsFrozenGoesOutOnceWhenRedisAnswers() throws Exception {
        REDIS.freeze();
        try {
            var answer = new WeComTestClient("http://127.0.0.1:" + port + "/wecom/callback")
                    .send(WeComTestClient.textXml("wangwu", "津潍高铁", 9_500_000_001L));
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).isEmpty();
            // long enough for every Redis call of the answer and of its sending to time out, one after the other
            Thread.sleep(8000);
            assertThat(API.deliveredMessages()).as("nothing can go out while Redis is frozen").isEmpty();
        } finally {
            REDIS.thaw();
        }

        var delivered = API.awaitDelivered("wangwu", 1);
        assertThat(delivered).singleElement().satisfies(message ->
                assertThat(message.json().get("text").get("content").asText()).contains("津潍高铁", "出处"));
        Thread.sleep(Duration.ofSeconds(2).toMillis());
        assertThat(API.deliveredMessages()).hasSize(1);
    }
}
