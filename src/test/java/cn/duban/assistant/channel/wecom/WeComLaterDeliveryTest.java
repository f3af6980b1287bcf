package cn.duban.assistant.channel.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Answers that miss the reply budget, or do not fit one text message, come back through message/send: an empty
 * 200 at once, then ordered messages of at most 2,048 bytes. The budget here is 1 ms, so every answer is late; the
 * help text is overridden in {@code config/replies.properties} with a 5,000-byte text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WeComLaterDeliveryTest {

    static final FakeWeComApi API;
    static final Path DIR;
    static final String LONG_HELP;

    static {
        try {
            API = new FakeWeComApi();
            DIR = Files.createTempDirectory("wecom-later");
            LONG_HELP = LongHelp.write(DIR, 5000);
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("assistant.data-dir", () -> DIR.resolve("data").toString());
        registry.add("assistant.config-dir", DIR::toString);
        WeComTestClient.registerApp(registry, API);
        registry.add("assistant.wecom.reply-budget", () -> "0s");
    }

    @AfterAll
    static void stopApi() {
        API.close();
    }

    @org.springframework.beans.factory.annotation.Autowired
    redis.clients.jedis.UnifiedJedis redis;

    @LocalServerPort
    int port;

    private WeComTestClient client() {
        return new WeComTestClient("http://127.0.0.1:" + port + "/wecom/callback");
    }

    private static List<FakeWeComApi.Request> deliveredTo(String user, int atLeast) throws InterruptedException {
        return API.awaitDelivered(user, atLeast);
    }

    @Test
    void aSlowAnswerIsAnEmptyReplyThenMessageSend() throws Exception {
        var answer = client().send(WeComTestClient.textXml("wangwu", "津潍高铁", 8_000_000_001L));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEmpty();
        var delivered = deliveredTo("wangwu", 1);
        assertThat(delivered).singleElement().satisfies(message ->
                assertThat(message.json().get("text").get("content").asText()).contains("津潍高铁", "出处"));
    }

    @Test
    void aRetryOfAMessageGoingByTheApiGetsAnEmptyReplyAndNoSecondMessage() throws Exception {
        String xml = WeComTestClient.textXml("zhangsan", "医保基金", 8_000_000_002L);
        client().send(xml);
        deliveredTo("zhangsan", 1);

        var retry = client().send(xml);
        Thread.sleep(300);

        assertThat(retry.body()).isEmpty();
        assertThat(deliveredTo("zhangsan", 1)).hasSize(1);
    }

    @Test
    void aCopyOfAMessageJustWrittenWhoseAnswerWentByTheApiGetsAnEmptyReplyToo() throws Exception {
        String xml = WeComTestClient.freshTextXml("liuliu", "医保基金", 8_000_000_004L);
        client().send(xml);
        deliveredTo("liuliu", 1);

        var copy = client().send(xml);
        Thread.sleep(300);

        assertThat(copy.body()).isEmpty();
        assertThat(deliveredTo("liuliu", 1)).hasSize(1);
    }

    @Test
    void aRetryOfAMessageAnotherInstanceAnsweredByTheApiGetsAnEmptyReply() throws Exception {
        redis.set("duban:{ledger}:wecom:message:wecom-qianqi/8000000005", "api:another-instance:1");

        var retry = client().send(WeComTestClient.textXml("qianqi", "医保基金", 8_000_000_005L));
        Thread.sleep(300);

        assertThat(retry.body()).isEmpty();
        assertThat(API.deliveredMessages()).noneMatch(message -> message.json().get("touser").asText().equals("qianqi"));
    }

    @Test
    void aLongAnswerArrivesInOrderedPiecesOfAtMost2048Bytes() throws Exception {
        var answer = client().send(WeComTestClient.textXml("liwu", "帮助", 8_000_000_003L));

        assertThat(answer.body()).isEmpty();
        var delivered = deliveredTo("liwu", 3);
        List<String> pieces = delivered.stream().map(message -> message.json().get("text").get("content").asText()).toList();
        assertThat(pieces).allSatisfy(piece -> assertThat(piece.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(2048));
        assertThat(String.join("", pieces).strip()).startsWith(LONG_HELP.strip()).contains("撤回", "更正");
    }
}
