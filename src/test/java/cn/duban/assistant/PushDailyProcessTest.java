package cn.duban.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.duban.assistant.channel.wecom.FakeWeComApi;
import cn.duban.assistant.channel.wecom.WeComTestClient;

/** {@code push-daily} as an operator's cron runs it: a separate process, the fake WeChat Work API, twice a day. */
class PushDailyProcessTest {

    @TempDir
    Path data;

    private String[] args(FakeWeComApi api) {
        return new String[] {"push-daily", "--assistant.data-dir=" + data, "--assistant.today=2023-06-30",
                "--assistant.wecom.corp-id=" + WeComTestClient.CORP_ID, "--assistant.wecom.agent-id=" + WeComTestClient.AGENT_ID,
                "--assistant.wecom.secret=s", "--assistant.wecom.token=" + WeComTestClient.TOKEN,
                "--assistant.wecom.aes-key=" + WeComTestClient.AES_KEY, "--assistant.wecom.api-base-url=" + api.baseUrl(),
                "--assistant.wecom.retry-sleep=10ms"};
    }

    @Test
    void pushingTwiceTheSameDaySendsOneDigestPerOfficialAndExitsZero() throws Exception {
        try (FakeWeComApi api = new FakeWeComApi()) {
            ConsoleProcessTest.Run first = ConsoleProcessTest.run("", args(api));
            ConsoleProcessTest.Run second = ConsoleProcessTest.run("", args(api));

            assertThat(first.exit()).isZero();
            assertThat(second.exit()).isZero();
            assertThat(first.stdout()).contains("本次发出 2");
            assertThat(second.stdout()).contains("本次发出 0", "今天已发过 2");
            assertThat(api.deliveredMessages()).extracting(m -> m.json().get("touser").asText() + " " + m.json().get("msgtype").asText())
                    .containsExactlyInAnyOrder("zhangsan text", "zhangsan image", "wangwu text", "wangwu image");
        }
    }

    @Test
    void aFailedDeliveryExitsNonZero() throws Exception {
        try (FakeWeComApi api = new FakeWeComApi()) {
            api.failNextSends(60020, 60020);

            ConsoleProcessTest.Run run = ConsoleProcessTest.run("", args(api));

            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.stdout()).contains("失败 2");
        }
    }

    @Test
    void withoutWeChatWorkItSaysSoAndExitsTwo() throws Exception {
        ConsoleProcessTest.Run run = ConsoleProcessTest.run("", "push-daily", "--assistant.data-dir=" + data);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderr()).contains("未配置企业微信");
    }
}
