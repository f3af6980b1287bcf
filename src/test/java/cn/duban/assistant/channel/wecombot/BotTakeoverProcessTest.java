package cn.duban.assistant.channel.wecombot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.duban.assistant.AssistantProcess;
import cn.duban.assistant.redis.TestRedis;

/**
 * Two service processes on one Redis and one bot: only one holds the long connection (WeChat Work would let the
 * second replace the first, back and forth); after {@code kill -9} of the holder, which cannot release its lease,
 * the other takes over within 30 s and answers; {@code push-daily} then sends the digest through it.
 */
class BotTakeoverProcessTest {

    private final FakeBotServer bot = FakeBotServer.started();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        bot.close();
    }

    private AssistantProcess service(String name, int port) throws IOException {
        return AssistantProcess.start(settings(name, "--server.port=" + port, "--server.address=127.0.0.1",
                "--assistant.digest.enabled=false", "--assistant.knowledge.watch=false"));
    }

    private String[] settings(String name, String... more) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(more));
        all.addAll(java.util.List.of("--assistant.data-dir=" + dir.resolve(name), "--assistant.redis.url=" + TestRedis.url(),
                "--assistant.today=2023-06-30", "--assistant.wecom-bot.bot-id=" + FakeBotServer.BOT_ID,
                "--assistant.wecom-bot.secret=" + FakeBotServer.SECRET, "--assistant.wecom-bot.url=" + bot.url(),
                "--assistant.wecom-bot.lease=20s"));
        return all.toArray(String[]::new);
    }



    @Test
    void theOtherInstanceTakesOverWithin30SecondsOfAKillOfTheHolder() throws Exception {
        TestRedis.fresh();
        try (AssistantProcess first = service("first", AssistantProcess.freePort())) {
            bot.awaitSubscriptions(1, Duration.ofSeconds(60));
            int secondPort = AssistantProcess.freePort();
            try (AssistantProcess second = service("second", secondPort)) {
                AssistantProcess.awaitHealthy(secondPort);
                Thread.sleep(2000);
                assertThat(bot.subscriptions()).as("the second instance waits on standby").isEqualTo(1);
                assertThat(bot.replacements()).isZero();

                first.handle().destroyForcibly();
                first.handle().onExit().get(30, TimeUnit.SECONDS);
                long killed = System.nanoTime();
                bot.awaitSubscriptions(2, Duration.ofSeconds(30));
                long takeover = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - killed);

                assertThat(takeover).isLessThanOrEqualTo(30);
                assertThat(bot.replacements()).isZero();
                String reqId = bot.text("zhangsan", "after-kill-1", "新增城镇就业目标是多少");
                assertThat(FakeBotServer.textOf(bot.awaitReplies(reqId, 1, Duration.ofSeconds(15)).get(0))).contains("2800人");

                // push-daily opens no connection of its own: the digest goes out through the instance holding it
                var push = AssistantProcess.run("", settings("push", "push-daily",
                        "--assistant.digest.recipients=chat:wr-duban"));
                assertThat(push.exit()).as(push.stderr()).isZero();
                assertThat(push.stdout()).contains("本次发出 1");
                var group = bot.awaitSends("wr-duban", 2, Duration.ofSeconds(10));
                assertThat(FakeBotServer.textOf(group.get(0))).contains("序时进度");
                assertThat(group.get(1).path("body").path("msgtype").asText()).isEqualTo("image");
                assertThat(bot.subscriptions()).isEqualTo(2);
                assertThat(bot.replacements()).isZero();
            }
        }
    }
}
