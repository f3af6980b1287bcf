package cn.duban.assistant.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import cn.duban.assistant.AssistantApplication;
import cn.duban.assistant.channel.wecom.FakeWeComApi;
import cn.duban.assistant.channel.wecom.WeComTestClient;
import cn.duban.assistant.redis.TestRedis;

/** Two whole app instances on one Redis reach the same scheduled run: each official gets one digest. */
class TwoInstancesDigestTest {

    @TempDir
    Path data;

    private ConfigurableApplicationContext instance(FakeWeComApi api, String name) {
        return AssistantApplication.startQuietly(new String[] {"--assistant.data-dir=" + data.resolve(name),
                "--assistant.redis.url=" + TestRedis.url(), "--assistant.today=2023-06-30",
                "--assistant.digest.enabled=true", "--assistant.digest.cron=0 0 3 1 1 *",
                "--assistant.wecom.corp-id=" + WeComTestClient.CORP_ID, "--assistant.wecom.agent-id=" + WeComTestClient.AGENT_ID,
                "--assistant.wecom.secret=s", "--assistant.wecom.token=" + WeComTestClient.TOKEN,
                "--assistant.wecom.aes-key=" + WeComTestClient.AES_KEY, "--assistant.wecom.api-base-url=" + api.baseUrl()});
    }

    @Test
    void theSameScheduledRunOnTwoInstancesSendsOneDigestPerOfficial() throws Exception {
        TestRedis.fresh();
        try (FakeWeComApi api = new FakeWeComApi();
             ConfigurableApplicationContext first = instance(api, "a");
             ConfigurableApplicationContext second = instance(api, "b")) {

            CompletableFuture.allOf(
                    CompletableFuture.runAsync(() -> first.getBean(DigestSchedule.class).onSchedule()),
                    CompletableFuture.runAsync(() -> second.getBean(DigestSchedule.class).onSchedule())).join();

            List<String> texts = api.deliveredMessages().stream().filter(m -> m.json().get("msgtype").asText().equals("text"))
                    .map(m -> m.json().get("touser").asText()).toList();
            assertThat(texts).containsExactlyInAnyOrder("zhangsan", "wangwu");
            assertThat(api.tokenRequests()).isEqualTo(1);
        }
    }
}
