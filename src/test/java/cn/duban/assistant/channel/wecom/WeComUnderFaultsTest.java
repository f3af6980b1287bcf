package cn.duban.assistant.channel.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.duban.assistant.ledger.Ledger;
import cn.duban.assistant.redis.FreezableRedis;

/**
 * The callback while its Redis stalls (SIGSTOP) and under copies of one message arriving at once: questions are
 * still answered in the callback's own reply; 汇总 sent several times at once goes out once; copies of 是 and a
 * retried 否 get the first copy's reply and act once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WeComUnderFaultsTest {

    static final FakeWeComApi API;
    static final FreezableRedis REDIS;
    static final Path DIR;

    static {
        try {
            API = new FakeWeComApi();
            REDIS = FreezableRedis.start();
            DIR = Files.createTempDirectory("wecom-faults");
        } catch (java.io.IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("assistant.data-dir", () -> DIR.resolve("data").toString());
        registry.add("assistant.redis.url", REDIS::url);
        registry.add("assistant.today", () -> "2023-06-30");
        WeComTestClient.registerApp(registry, API);
    }

    @AfterAll
    static void stop() {
        API.close();
        REDIS.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    Ledger ledger;

    private WeComTestClient client() {
        return new WeComTestClient("http://127.0.0.1:" + port + "/wecom/callback");
    }

    @Test
    void aQuestionWhileRedisIsFrozenIsAnsweredInTheCallbacksOwnReply() throws Exception {
        assertThat(client().send(WeComTestClient.textXml("zhangsan", "技改投资目标", 9_100_000_001L)).text())
                .contains("技改投资");
        REDIS.freeze();
        try {
            var answer = client().send(WeComTestClient.textXml("zhangsan", "新增城镇就业目标", 9_100_000_002L));

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.text()).startsWith("争取新增城镇就业2800人以上").contains("暂时无法读取");
            var passage = client().send(WeComTestClient.textXml("wangwu", "津潍高铁", 9_100_000_003L));
            assertThat(passage.text()).contains("津潍高铁", "出处");
        } finally {
            REDIS.thaw();
            awaitRedis();
        }
    }

    /** Waits (at most 5 s) until the service reaches Redis again after a stall. */
    private void awaitRedis() throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            try {
                ledger.entryCount();
                return;
            } catch (RuntimeException e) {
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the service does not reach Redis again");
    }

    @Test
    void copiesOfOneOverviewArrivingAtOnceSendTheDigestAndChartOnce() throws Exception {
        String xml = WeComTestClient.textXml("zhangsan", "汇总", 9_200_000_001L);
        List<WeComTestClient.Answer> answers = all(8, () -> client().send(xml));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.body()).isEmpty());
        assertThat(API.awaitDelivered("zhangsan", 2)).hasSize(2);
        Thread.sleep(500);
        List<String> types = API.deliveredMessages().stream()
                .filter(message -> message.json().get("touser").asText().equals("zhangsan"))
                .map(message -> message.json().get("msgtype").asText()).toList();
        assertThat(types).containsExactly("text", "image");
    }

    @Test
    void copiesOfYesArrivingAtOnceRecordOnceAndAllGetTheSameReply() throws Exception {
        var asked = client().send(WeComTestClient.textXml("lisi", "新增城镇就业3000人", 9_300_000_002L));
        assertThat(asked.text()).contains("超过了全年目标", "回复“是”");
        long before = ledger.entryCount();

        String yes = WeComTestClient.textXml("lisi", "是", 9_300_000_003L);
        List<WeComTestClient.Answer> answers = all(6, () -> client().send(yes));

        assertThat(answers).extracting(WeComTestClient.Answer::text).allSatisfy(text -> assertThat(text).startsWith("已记录"))
                .containsOnly(answers.get(0).text());
        assertThat(ledger.entryCount()).isEqualTo(before + 1);
        assertThat(client().send(yes).text()).isEqualTo(answers.get(0).text());
    }

    @Test
    void aRetriedNoGetsTheFirstReply() throws Exception {
        var asked = client().send(WeComTestClient.textXml("zhaoliu", "新增城镇就业5000人", 9_400_000_001L));
        assertThat(asked.text()).contains("超过了全年目标", "回复“是”");
        String no = WeComTestClient.textXml("zhaoliu", "否", 9_400_000_002L);

        String first = client().send(no).text();
        String retried = client().send(no).text();

        assertThat(first).isNotBlank().doesNotContain("没有待确认");
        assertThat(retried).isEqualTo(first);
    }

    private static <T> List<T> all(int copies, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                futures.add(pool.submit(call));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
