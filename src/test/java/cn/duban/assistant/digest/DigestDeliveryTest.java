package cn.duban.assistant.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.duban.assistant.channel.wecom.FakeWeComApi;
import cn.duban.assistant.channel.wecom.WeComDigestChannel;
import cn.duban.assistant.channel.wecom.WeComSender;
import cn.duban.assistant.channel.wecom.WeComTestClient;
import cn.duban.assistant.channel.wecom.WeComTestServices;
import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.config.TestProperties;
import cn.duban.assistant.conversation.TestAssistant;
import cn.duban.assistant.knowledge.BundledKnowledge;
import cn.duban.assistant.redis.TestRedis;
import cn.duban.assistant.roster.RosterLoader;
import redis.clients.jedis.UnifiedJedis;

/** At most one digest per recipient per day, across instances and runs; failures delivered by a later run. */
class DigestDeliveryTest {

    private static final LocalDate TODAY = LocalDate.of(2023, 6, 30);
    private FakeWeComApi api;
    private UnifiedJedis redis;
    private TestAssistant assistant;

    @BeforeEach
    void start() throws IOException {
        api = new FakeWeComApi();
        redis = TestRedis.fresh();
        assistant = new TestAssistant(redis, TODAY);
        assistant.say("lisi", "新增城镇就业120人");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    /** An instance of the app's delivery: its own WxJava service and sender, the shared Redis. */
    private DigestDelivery instance() {
        WeComSender sender = new WeComSender(WeComTestServices.service(redis, api.baseUrl()), redis, WeComTestClient.AGENT_ID,
                Duration.ofMillis(10), 2, 30, Clock.systemUTC());
        return new DigestDelivery(assistant.digest(), assistant.wording().digestWriter(), channel(sender),
                RosterLoader.load(TestAssistant.ROSTER, BundledKnowledge.knowledge()), TestProperties.withToday(TODAY),
                new AssistantClock(TestProperties.withToday(TODAY)), redis, assistant.ledger());
    }

    private static DigestChannel channel(WeComSender sender) {
        return new WeComDigestChannel(sender);
    }

    /** Who received a digest's text (each is followed by its chart). */
    private List<String> deliveredTo() {
        return api.deliveredMessages().stream().filter(request -> request.json().get("msgtype").asText().equals("text"))
                .map(request -> request.json().get("touser").asText()).toList();
    }

    @Test
    void twoInstancesAtTheSameScheduledRunSendOneDigestPerRecipient() {
        DigestDelivery first = instance();
        DigestDelivery second = instance();

        var a = CompletableFuture.supplyAsync(first::deliverToday);
        var b = CompletableFuture.supplyAsync(second::deliverToday);
        a.join();
        b.join();

        assertThat(deliveredTo()).containsExactlyInAnyOrder("zhangsan", "wangwu");
        assertThat(api.deliveredMessages()).allSatisfy(message -> {
            if (message.json().get("msgtype").asText().equals("text")) {
                assertThat(message.json().get("text").get("content").asText()).contains("督办日报", "6月30日");
            }
            assertThat(message.json().get("enable_duplicate_check").asInt()).isEqualTo(1);
        });
    }

    @Test
    void theChartFollowsTheTextAsAnUploadedImage() {
        instance().deliverToday();

        var messages = api.deliveredMessages().stream().filter(m -> m.json().get("touser").asText().equals("zhangsan")).toList();
        assertThat(messages).extracting(m -> m.json().get("msgtype").asText()).containsExactly("text", "image");
        assertThat(messages.get(1).json().get("image").get("media_id").asText()).startsWith("media-");
        assertThat(api.requests("/cgi-bin/media/upload")).hasSize(2)
                .allSatisfy(upload -> assertThat(upload.query()).contains("type=image"));
    }

    @Test
    void pushingTwiceTheSameDaySendsOnce() {
        OncePerDay.Result first = instance().deliverToday();
        OncePerDay.Result second = instance().deliverToday();

        assertThat(first.sentNow()).containsExactly("zhangsan", "wangwu");
        assertThat(second.sentNow()).isEmpty();
        assertThat(second.sentBefore()).containsExactly("zhangsan", "wangwu");
        assertThat(second.complete()).isTrue();
        assertThat(deliveredTo()).hasSize(2);
    }

    @Test
    void aFailedSendIsDeliveredByTheNextRunAndNothingIsRepeated() {
        api.failNextSends(60020);

        OncePerDay.Result first = instance().deliverToday();
        assertThat(first.failed()).containsExactly("zhangsan");
        assertThat(first.sentNow()).containsExactly("wangwu");
        assertThat(first.complete()).isFalse();

        OncePerDay.Result retry = instance().deliverToday();

        assertThat(retry.sentNow()).containsExactly("zhangsan");
        assertThat(retry.sentBefore()).containsExactly("wangwu");
        assertThat(deliveredTo()).containsExactlyInAnyOrder("zhangsan", "wangwu");
    }

    /** errcode 0 with {@code invaliduser}: WeChat Work did not deliver to him, so he failed and the next run retries. */
    @Test
    void aMemberNamedInvalidInAnAcceptedSendIsFailedAndRetriedByTheNextRun() {
        api.invalidUsers("wangwu");

        OncePerDay.Result first = instance().deliverToday();
        assertThat(first.failed()).containsExactly("wangwu");
        assertThat(first.sentNow()).containsExactly("zhangsan");
        assertThat(first.complete()).as("push-daily exits 1").isFalse();

        api.invalidUsers();
        OncePerDay.Result retry = instance().deliverToday();

        assertThat(retry.sentNow()).containsExactly("wangwu");
        assertThat(retry.sentBefore()).containsExactly("zhangsan");
        assertThat(api.requests("/cgi-bin/message/send")).filteredOn(m -> m.json().path("touser").asText().equals("wangwu")
                && m.json().has("text")).hasSize(2);
        assertThat(deliveredTo()).containsExactlyInAnyOrder("zhangsan", "wangwu");
    }

    @Test
    void aReporterNamedInvalidIsNotCountedAsReminded() {
        api.invalidUsers("zhouba");
        WeComSender sender = new WeComSender(WeComTestServices.service(redis, api.baseUrl()), redis, WeComTestClient.AGENT_ID,
                Duration.ofMillis(10), 2, 30, Clock.systemUTC());
        AssistantClock clock = new AssistantClock(TestProperties.withToday(TODAY));
        var roster = RosterLoader.load(TestAssistant.ROSTER, BundledKnowledge.knowledge());
        var progress = new cn.duban.assistant.progress.ProgressService(BundledKnowledge.knowledge(), assistant.ledger(), roster,
                clock, TestProperties.withToday(TODAY));
        ReminderDelivery reminders = new ReminderDelivery(progress, roster, assistant.wording().digestWriter(),
                channel(sender), new OncePerDay(redis, clock));

        OncePerDay.Result first = reminders.remindToday();
        api.invalidUsers();
        OncePerDay.Result second = reminders.remindToday();

        assertThat(first.failed()).containsExactly("zhouba");
        assertThat(first.sentNow()).doesNotContain("zhouba");
        assertThat(second.sentNow()).containsExactly("zhouba");
    }

    @Test
    void reportsAreCountedSinceTheLastDigestSent() {
        instance().deliverToday();
        assistant.say("zhouba", "新增城镇就业30人");

        assertThat(assistant.say("zhangsan", "汇总")).contains("收到上报1条", "渤海路街道");
    }

    @Test
    void aDigestWithManyTargetsArrivesInOrderedPiecesOfAtMost2048Bytes() {
        StringBuilder longDigest = new StringBuilder();
        for (int i = 1; i <= 120; i++) {
            longDigest.append("· 第").append(i).append("项指标:完成12.5%,序时进度49.6%\n");
        }
        WeComSender sender = new WeComSender(WeComTestServices.service(redis, api.baseUrl()), redis, WeComTestClient.AGENT_ID,
                Duration.ofMillis(10), 2, 30, Clock.systemUTC());
        OncePerDay once = new OncePerDay(redis, new AssistantClock(TestProperties.withToday(TODAY)));

        once.deliver("digest", List.of("zhangsan"), user -> longDigest.toString(), channel(sender));

        List<String> pieces = api.deliveredMessages().stream().filter(m -> m.json().has("text"))
                .map(m -> m.json().get("text").get("content").asText()).toList();
        assertThat(pieces).hasSizeGreaterThan(1)
                .allSatisfy(piece -> assertThat(piece.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(2048));
        assertThat(String.join("", pieces)).isEqualTo(longDigest.toString());
    }

    @Test
    void recipientsMayBeADepartmentOrATag() {
        WeComSender sender = new WeComSender(WeComTestServices.service(redis, api.baseUrl()), redis, WeComTestClient.AGENT_ID,
                Duration.ofMillis(10), 2, 30, Clock.systemUTC());

        sender.sendText("party:7", "日报", true);
        sender.sendText("tag:3", "日报", true);

        assertThat(api.deliveredMessages()).extracting(m -> m.json().has("toparty") ? "party " + m.json().get("toparty").asText()
                : "tag " + m.json().get("totag").asText()).containsExactly("party 7", "tag 3");
    }

    @Test
    void reportersOfSilentUnitsAreRemindedOnceWithAnExample() {
        WeComSender sender = new WeComSender(WeComTestServices.service(redis, api.baseUrl()), redis, WeComTestClient.AGENT_ID,
                Duration.ofMillis(10), 2, 30, Clock.systemUTC());
        AssistantClock clock = new AssistantClock(TestProperties.withToday(TODAY));
        var roster = RosterLoader.load(TestAssistant.ROSTER, BundledKnowledge.knowledge());
        var progress = new cn.duban.assistant.progress.ProgressService(BundledKnowledge.knowledge(), assistant.ledger(), roster,
                clock, TestProperties.withToday(TODAY));
        ReminderDelivery reminders = new ReminderDelivery(progress, roster, assistant.wording().digestWriter(),
                channel(sender), new OncePerDay(redis, clock));

        OncePerDay.Result first = reminders.remindToday();
        OncePerDay.Result second = reminders.remindToday();

        assertThat(first.sentNow()).contains("zhouba", "sunjiu", "liwu", "lisi", "zhaoliu").doesNotContain("zhangsan");
        assertThat(second.sentNow()).isEmpty();
        String toZhouba = api.deliveredMessages().stream().filter(m -> m.json().get("touser").asText().equals("zhouba"))
                .filter(m -> m.json().has("text"))
                .findFirst().orElseThrow().json().get("text").get("content").asText();
        assertThat(toZhouba).contains("催报", "周八", "渤海路街道", "7天", "引进过亿元项目", "新增城镇就业", "例如“引进过亿元项目10个”");
        String toLisi = reminders.reminders().get("lisi");
        assertThat(toLisi).contains("引进过亿元项目").doesNotContain("新增城镇就业");
    }
}
