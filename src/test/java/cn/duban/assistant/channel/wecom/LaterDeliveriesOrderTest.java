package cn.duban.assistant.channel.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.duban.assistant.conversation.Reply;
import cn.duban.assistant.redis.TestRedis;
import redis.clients.jedis.UnifiedJedis;

/**
 * Two long answers to one member that go through message/send at the same time arrive one after the other, each
 * answer's pieces together and in order; a slow WeChat Work makes the sends overlap.
 */
class LaterDeliveriesOrderTest {

    private FakeWeComApi api;
    private UnifiedJedis redis;
    private LaterDeliveries deliveries;

    @BeforeEach
    void start() throws IOException {
        api = new FakeWeComApi();
        api.slowSends(Duration.ofMillis(60));
        redis = TestRedis.fresh();
        WeComSender sender = new WeComSender(WeComTestServices.service(redis, api.baseUrl()), redis,
                WeComTestClient.AGENT_ID, Duration.ofMillis(10), 3, 30, Clock.systemUTC());
        deliveries = new LaterDeliveries(sender, Duration.ofMinutes(1));
    }

    @AfterEach
    void stop() {
        deliveries.close();
        api.close();
    }

    /** A text of {@code pieces} pieces of about 1,800 bytes, each line naming its answer and piece. */
    private static String longAnswer(String name, int pieces) {
        StringBuilder text = new StringBuilder();
        for (int piece = 1; piece <= pieces; piece++) {
            String line = name + "第" + piece + "段:常家镇上报的进度已记入台账。\n";
            while (text.length() < piece * 600 - line.length()) {
                text.append(line);
            }
            text.append('\n');
        }
        return text.toString();
    }

    @Test
    void twoLongAnswersToOneMemberDoNotInterleave() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        for (String name : List.of("甲答复", "乙答复")) {
            callers.execute(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                deliveries.deliver("lisi", new Reply(longAnswer(name, 3)));
            });
        }
        go.countDown();
        callers.shutdown();

        int expected = TextSplitter.split(longAnswer("甲答复", 3), TextSplitter.WECOM_TEXT_BYTES).size() * 2;
        List<String> seen = api.awaitDelivered("lisi", expected).stream()
                .map(message -> message.json().get("text").get("content").asText().substring(0, 3)).toList();

        String first = seen.get(0);
        int switches = 0;
        for (int i = 1; i < seen.size(); i++) {
            if (!seen.get(i).equals(seen.get(i - 1))) {
                switches++;
            }
        }
        assertThat(switches).as("pieces in arrival order: %s (first %s)", seen, first).isEqualTo(1);
    }
}
