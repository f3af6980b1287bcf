package cn.duban.assistant.channel.wecombot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

import cn.duban.assistant.channel.wecom.LongHelp;
import cn.duban.assistant.channel.wecom.TextSplitter;
import cn.duban.assistant.conversation.CurrentKnowledge;

/**
 * The 智能机器人 channel against a fake of WeChat Work's long-connection server on loopback: subscribe, questions and
 * reports from single and group chats, a retried message, message types, heartbeat loss, a dropped and a replaced
 * connection, a long answer and the digest pushed to a group chat. Timings are shortened (heartbeat 300 ms, replaced
 * pause 2 s); the help text is overridden with a 30,000-byte text for the long answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WeComBotChannelTest {

    static final FakeBotServer BOT = FakeBotServer.started();
    static final Path DIR;
    static final String LONG_HELP;
    static final Duration WAIT = Duration.ofSeconds(10);
    static final AtomicInteger IDS = new AtomicInteger();

    static {
        try {
            DIR = Files.createTempDirectory("wecombot");
            LONG_HELP = LongHelp.write(DIR, 30_000);
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("assistant.data-dir", () -> DIR.resolve("data").toString());
        registry.add("assistant.config-dir", DIR::toString);
        registry.add("assistant.today", () -> "2023-06-30");
        registry.add("assistant.digest.enabled", () -> "false");
        registry.add("assistant.digest.recipients", () -> "chat:wr-duban,zhangsan");
        registry.add("assistant.wecom-bot.bot-id", () -> FakeBotServer.BOT_ID);
        registry.add("assistant.wecom-bot.secret", () -> FakeBotServer.SECRET);
        registry.add("assistant.wecom-bot.url", BOT::url);
        registry.add("assistant.wecom-bot.heartbeat", () -> "300ms");
        registry.add("assistant.wecom-bot.first-retry", () -> "200ms");
        registry.add("assistant.wecom-bot.longest-retry", () -> "1s");
        registry.add("assistant.wecom-bot.replaced-pause", () -> "2s");
        registry.add("assistant.wecom-bot.lease", () -> "2s");
        registry.add("assistant.wecom-bot.send-timeout", () -> "5s");
    }

    @AfterAll
    static void stop() {
        BOT.close();
    }

    @Autowired
    LongConnection link;
    @Autowired
    HealthEndpoint health;
    @Autowired
    CurrentKnowledge current;

    @BeforeEach
    void connected() throws InterruptedException {
        BOT.answerPings(true);
        awaitState("connected", Duration.ofSeconds(15));
    }

    private void awaitState(String state, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!link.status().state().equals(state)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the long connection is " + link.status() + ", not " + state);
            }
            Thread.sleep(20);
        }
    }

    private static String id() {
        return "msg-" + IDS.incrementAndGet();
    }

    private static String answer(String reqId) {
        List<JsonNode> replies = BOT.awaitReplies(reqId, 1, WAIT);
        assertThat(replies).hasSize(1);
        assertThat(replies.get(0).path("cmd").asText()).isEqualTo("aibot_respond_msg");
        assertThat(replies.get(0).path("body").path("stream").path("finish").asBoolean()).isTrue();
        return FakeBotServer.textOf(replies.get(0));
    }

    @Test
    void aQuestionInASingleChatIsAnsweredOnItsReqId() {
        String reply = answer(BOT.text("zhangsan", id(), "过亿元项目要引进多少个?"));

        assertThat(reply).contains("35个", "出处").doesNotStartWith("@");
    }

    @Test
    void aReportInAGroupIsRecordedAndTheAnswerNamesTheSender() {
        String reply = answer(BOT.groupText("wr-changjia", "zhouba", id(), "@督办助手 新增城镇就业15人"));

        assertThat(reply).startsWith("@周八 ").contains("已记录", "15人");
        assertThat(answer(BOT.groupText("wr-changjia", "zhangsan", id(), "@督办助手\u2005就业进度")))
                .startsWith("@张三 ").contains("渤海路街道 15人");
    }

    @Test
    void aGroupMessageThatIsOnlyTheMentionGetsTheHelp() {
        String reply = answer(BOT.groupText("wr-changjia", "lisi", id(), "@督办助手"));

        assertThat(reply).startsWith("@李四 第1条说明");
    }

    @Test
    void aRefusedReplyReachesTheReporterAsAPushSoARecordedReportIsConfirmed() {
        BOT.failNextReplies(846609, 1);
        String reqId = BOT.text("fengyi", id(), "新增城镇就业4人");

        List<JsonNode> pushed = BOT.awaitSends("fengyi", 1, WAIT);
        assertThat(FakeBotServer.textOf(pushed.get(0))).contains("已记录", "4人");
        assertThat(BOT.replies(reqId)).isEmpty();
    }

    @Test
    void theSameMessageAgainHasNoSecondEffectAndGetsTheSameReply() {
        String msgId = id();
        String first = answer(BOT.text("wujiu", msgId, "新增城镇就业30人"));
        String again = answer(BOT.text("wujiu", msgId, "新增城镇就业30人"));
        String otherMembersSameId = answer(BOT.text("zhengshi", msgId, "新增城镇就业7人"));

        assertThat(first).contains("已记录", "30人");
        assertThat(again).isEqualTo(first);
        assertThat(otherMembersSameId).contains("已记录", "7人");
        assertThat(answer(BOT.text("zhangsan", id(), "就业进度"))).contains("尚堂镇 30人", "崔口镇 7人");
    }

    @Test
    void mixedAndVoiceAreReadByTheirTextAndAnImageIsToldTheAssistantReadsText() {
        assertThat(answer(BOT.mixed("zhangsan", id(), "技改投资", "增长目标是多少"))).contains("15%");
        assertThat(answer(BOT.voice("zhangsan", id(), "高新技术企业新增几家"))).contains("11家");
        assertThat(answer(BOT.voice("zhangsan", id(), ""))).isEqualTo(current.get().wording().voiceNotRecognised());
        assertThat(answer(BOT.image("zhangsan", id()))).isEqualTo(current.get().wording().notText());
    }

    @Test
    void enteringTheChatGetsTheHelpAsWelcomeContinuedWithinTheLimit() {
        List<JsonNode> replies = BOT.awaitReplies(BOT.enterChat("lisi"), 1, WAIT);
        List<String> expected = TextSplitter.split(LONG_HELP, BotInbox.CONTENT_BYTES);

        assertThat(replies).singleElement().satisfies(frame -> {
            assertThat(frame.path("cmd").asText()).isEqualTo("aibot_respond_welcome_msg");
            assertThat(FakeBotServer.textOf(frame)).startsWith("第1条说明");
        });
        assertThat(BOT.awaitSends("lisi", expected.size() - 1, WAIT)).hasSize(expected.size() - 1);
    }

    @Test
    void aLongAnswerIsTheStreamReplyThenOrderedPushesEachWithinTheLimit() {
        String reqId = BOT.text("wangwu", id(), "帮助");
        String first = answer(reqId);
        List<String> expected = TextSplitter.split(LONG_HELP, BotInbox.CONTENT_BYTES);
        List<JsonNode> rest = BOT.awaitSends("wangwu", expected.size() - 1, WAIT);

        assertThat(expected.size()).isGreaterThan(1);
        assertThat(first).startsWith("第1条说明");
        StringBuilder whole = new StringBuilder(first);
        rest.forEach(frame -> whole.append(FakeBotServer.textOf(frame)));
        assertThat(whole.toString()).contains(LONG_HELP.strip());
        rest.forEach(frame -> assertThat(FakeBotServer.textOf(frame).getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(BotInbox.CONTENT_BYTES));
    }

    @Test
    void unansweredPingsMeanADeadConnectionAndANewOneIsMade() throws Exception {
        int before = BOT.subscriptions();
        BOT.answerPings(false);

        BOT.awaitSubscriptions(before + 1, WAIT);
        BOT.answerPings(true);
        awaitState("connected", WAIT);
        assertThat(answer(BOT.text("zhangsan", id(), "新增高新技术企业目标"))).contains("11家");
    }

    @Test
    void aDroppedConnectionIsMadeAgain() throws Exception {
        int before = BOT.subscriptions();
        BOT.dropAll();

        BOT.awaitSubscriptions(before + 1, WAIT);
        awaitState("connected", WAIT);
        assertThat(answer(BOT.text("zhangsan", id(), "电商网络零售额目标"))).contains("20亿元");
    }

    @Test
    void aReplacedConnectionWaitsBeforeTryingAgainAndHealthSaysSo() throws Exception {
        int before = BOT.subscriptions();
        BOT.replaceLiveConnection();

        awaitState("replaced", WAIT);
        Health wecom = (Health) health.healthForPath("wecom");
        assertThat(wecom.getStatus()).isEqualTo(Status.DOWN);
        assertThat(wecom.getDetails().get("longConnection").toString()).contains("replaced", "disconnected_event");
        Thread.sleep(1000);
        assertThat(BOT.subscriptions()).as("no reconnect storm").isEqualTo(before);
        awaitState("connected", WAIT);
        assertThat(BOT.subscriptions()).isEqualTo(before + 1);
        assertThat(((Health) health.healthForPath("wecom")).getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void theDigestGoesToTheGroupChatWithItsChartAndToAnOfficial() {
        var result = current.get().digest().delivery().orElseThrow().deliverToday();

        assertThat(result.failed()).isEmpty();
        assertThat(result.sentNow()).contains("chat:wr-duban", "zhangsan");
        List<JsonNode> group = BOT.awaitSends("wr-duban", 2, WAIT);
        assertThat(group.get(0).path("body").path("msgtype").asText()).isEqualTo("markdown");
        assertThat(FakeBotServer.textOf(group.get(0))).contains("序时进度");
        JsonNode image = group.get(group.size() - 1).path("body");
        assertThat(image.path("msgtype").asText()).isEqualTo("image");
        byte[] png = BOT.uploaded(image.path("image").path("media_id").asText());
        assertThat(png).isNotNull();
        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        assertThat(BOT.sends("zhangsan")).isNotEmpty();
    }
}
