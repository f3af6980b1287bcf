package cn.duban.assistant.channel.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.duban.assistant.ledger.Ledger;

/**
 * The callback end to end on a random port: a client that encrypts and signs as WeChat Work does, the roster's
 * users, the embedded Redis, the fake WeChat Work API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WeComCallbackTest {

    static final FakeWeComApi API;
    private static final AtomicLong MSG_IDS = new AtomicLong(7_000_000_000L);

    static {
        try {
            API = new FakeWeComApi();
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("assistant.data-dir", data::toString);
        registry.add("assistant.today", () -> "2023-06-30");
        WeComTestClient.registerApp(registry, API);
        registry.add("assistant.wecom.retry-sleep", () -> "10ms");
    }

    @AfterAll
    static void stopApi() {
        API.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    Ledger ledger;

    WeComTestClient client;

    @BeforeEach
    void client() {
        client = new WeComTestClient("http://127.0.0.1:" + port + "/wecom/callback");
    }

    private static long nextMsgId() {
        return MSG_IDS.incrementAndGet();
    }

    @Test
    void urlVerificationAnswersTheBarePlaintext() throws Exception {
        var answer = client.get(client.verificationQuery("1616140317555161061"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("1616140317555161061");
    }

    @Test
    void verificationWithAWrongSignatureOrMissingParametersIsRefused() throws Exception {
        String query = client.verificationQuery("123");
        assertThat(client.get(query.replaceFirst("msg_signature=[0-9a-f]+", "msg_signature=0000000000000000000000000000000000000000")).status()).isEqualTo(403);
        assertThat(client.get("?timestamp=1&nonce=2").status()).isEqualTo(403);
        assertThat(client.get(query.replaceFirst("&echostr=[^&]*", "")).status()).isEqualTo(403);
    }

    @Test
    void aQuestionGetsThePassiveEncryptedAnswer() throws Exception {
        var answer = client.send(WeComTestClient.textXml("zhangsan", "过亿元项目要引进多少个?", nextMsgId()));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text()).startsWith("力争全年引进过亿元项目35个以上").contains("出处");
    }

    @Test
    void theSameMsgIdThreeTimesMakesOneEntryAndThreeIdenticalReplies() throws Exception {
        long before = ledger.entryCount();
        String xml = WeComTestClient.textXml("lisi", "新增城镇就业120人", nextMsgId());

        var first = client.send(xml);
        var second = client.send(xml);
        var third = client.send(xml);

        assertThat(first.text()).startsWith("已记录").contains("常家镇", "+120人");
        assertThat(second.text()).isEqualTo(first.text());
        assertThat(third.text()).isEqualTo(first.text());
        assertThat(ledger.entryCount()).isEqualTo(before + 1);
    }

    @Test
    void theSameMsgIdArrivingFourTimesAtOnceMakesOneEntryAndFourIdenticalReplies() throws Exception {
        long before = ledger.entryCount();
        String xml = WeComTestClient.textXml("lisi", "新增城镇就业30人", nextMsgId());
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> replies = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                replies.add(senders.submit(() -> {
                    start.await();
                    return client.send(xml).text();
                }));
            }
            start.countDown();
            Set<String> distinct = new HashSet<>();
            for (Future<String> reply : replies) {
                distinct.add(reply.get());
            }

            assertThat(distinct).singleElement().asString().startsWith("已记录").contains("+30人");
            assertThat(ledger.entryCount()).isEqualTo(before + 1);
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void twoReportersWithTheSameMsgIdEachGetTheirOwnConfirmationAndBothFiguresAreRecorded() throws Exception {
        long before = ledger.entryCount();
        long msgId = nextMsgId();

        var lisi = client.send(WeComTestClient.textXml("lisi", "新增城镇就业61人", msgId));
        var zhouba = client.send(WeComTestClient.textXml("zhouba", "新增城镇就业62人", msgId));
        var lisiAgain = client.send(WeComTestClient.textXml("lisi", "新增城镇就业61人", msgId));

        assertThat(lisi.text()).startsWith("已记录").contains("常家镇", "+61人");
        assertThat(zhouba.text()).startsWith("已记录").contains("渤海路街道", "+62人").doesNotContain("常家镇");
        assertThat(lisiAgain.text()).isEqualTo(lisi.text());
        assertThat(ledger.entryCount()).isEqualTo(before + 2);
        assertThat(ledger.entry(ledger.lastReportId("lisi")).orElseThrow().unit()).isEqualTo("常家镇");
        assertThat(ledger.entry(ledger.lastReportId("zhouba")).orElseThrow().unit()).isEqualTo("渤海路街道");
    }

    @Test
    void textsWithoutMsgIdAreTheSameMessageOnlyForTheSameSenderTimeAndContent() throws Exception {
        long before = ledger.entryCount();
        String lisi = WeComTestClient.xml("lisi", "text", "<Content><![CDATA[新增城镇就业71人]]></Content>");

        var first = client.send(lisi);
        var again = client.send(lisi);
        var other = client.send(WeComTestClient.xml("zhouba", "text", "<Content><![CDATA[新增城镇就业72人]]></Content>"));

        assertThat(first.text()).startsWith("已记录").contains("+71人");
        assertThat(again.text()).isEqualTo(first.text());
        assertThat(other.text()).startsWith("已记录").contains("渤海路街道", "+72人");
        assertThat(ledger.entryCount()).isEqualTo(before + 2);
    }

    @Test
    void aVoiceMessageWithRecognitionIsHandledAsItsText() throws Exception {
        long before = ledger.entryCount();

        var answer = client.send(WeComTestClient.xml("lisi", "voice", "<MediaId><![CDATA[voice-media-1]]></MediaId>"
                + "<Format><![CDATA[amr]]></Format><Recognition><![CDATA[新增城镇就业45人]]></Recognition><MsgId>"
                + nextMsgId() + "</MsgId>"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text()).startsWith("已记录").contains("常家镇", "+45人");
        assertThat(ledger.entryCount()).isEqualTo(before + 1);
    }

    @Test
    void aVoiceMessageWithoutRecognitionIsAskedToBeSentAsText() throws Exception {
        long before = ledger.entryCount();

        var answer = client.send(WeComTestClient.xml("lisi", "voice", "<MediaId><![CDATA[voice-media-2]]></MediaId>"
                + "<Format><![CDATA[amr]]></Format><MsgId>" + nextMsgId() + "</MsgId>"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text()).contains("语音", "文字").doesNotContain("只看得懂文字");
        assertThat(ledger.entryCount()).isEqualTo(before);
    }

    @Test
    void anOfficialsDigestComesThroughTheApiTextFirstThenTheChart() throws Exception {
        var answer = client.send(WeComTestClient.textXml("wangwu", "汇总", nextMsgId()));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEmpty();
        var delivered = API.awaitDelivered("wangwu", 2);
        Thread.sleep(300);
        delivered = API.awaitDelivered("wangwu", 2);
        assertThat(delivered).hasSize(2);
        assertThat(delivered.get(0).json().get("msgtype").asText()).isEqualTo("text");
        assertThat(delivered.get(0).json().get("text").get("content").asText()).contains("序时进度");
        assertThat(delivered.get(1).json().get("msgtype").asText()).isEqualTo("image");
    }

    @Test
    void aWrongOrMissingSignatureIsRefusedAndNothingIsStored() throws Exception {
        long before = ledger.entryCount();
        String encrypt = "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo";
        var answer = client.post(WeComTestClient.query("0000", WeComTestClient.now(), "2", null),
                "<xml><Encrypt><![CDATA[" + encrypt + "]]></Encrypt></xml>");
        var unsigned = client.post("", "<xml><Encrypt><![CDATA[" + encrypt + "]]></Encrypt></xml>");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.body()).doesNotContain("Exception", "at cn.");
        assertThat(unsigned.status()).isEqualTo(403);
        assertThat(ledger.entryCount()).isEqualTo(before);
    }

    @Test
    void aMessageEncryptedForAnotherCorpIsRefused() throws Exception {
        long before = ledger.entryCount();
        WeComTestClient otherCorp = new WeComTestClient("http://127.0.0.1:" + port + "/wecom/callback", "wwanothercorp");

        var answer = otherCorp.send(WeComTestClient.textXml("lisi", "新增城镇就业120人", nextMsgId()));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(ledger.entryCount()).isEqualTo(before);
    }

    @Test
    void malformedRequestsGetFourHundreds() throws Exception {
        assertThat(client.postSigned("@@not-base64@@", "<xml><Encrypt>@@not-base64@@</Encrypt></xml>").status()).isEqualTo(400);
        assertThat(client.postSigned("QUJD", "<xml><Encrypt>QUJD</Encrypt></xml>").status()).isEqualTo(400);
        assertThat(client.postSigned("x", "not xml").status()).isEqualTo(400);
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xml><Encrypt>&e;</Encrypt></xml>";
        var refused = client.postSigned("x", xxe);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).doesNotContain("root:");
    }

    @Test
    void aBodyOverSixtyFourKilobytesIs413() throws Exception {
        String big = "<xml><Encrypt>" + "A".repeat(70 * 1024) + "</Encrypt></xml>";

        assertThat(client.postSigned("A", big).status()).isEqualTo(413);
        assertThat(chunked(big).statusCode()).isEqualTo(413);
    }

    /** Posts a body without a Content-Length (chunked), as a client that does not say how long it is. */
    private HttpResponse<String> chunked(String body) throws IOException, InterruptedException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/wecom/callback" + WeComTestClient.query("0", WeComTestClient.now(), "1", null)))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void otherMessageTypesAreToldWhatTheAssistantUnderstands() throws Exception {
        var image = client.send(WeComTestClient.xml("zhangsan", "image",
                "<PicUrl><![CDATA[http://example/p.jpg]]></PicUrl><MediaId><![CDATA[m1]]></MediaId><MsgId>" + nextMsgId() + "</MsgId>"));
        var location = client.send(WeComTestClient.xml("zhangsan", "location",
                "<Location_X>23.1</Location_X><Location_Y>113.3</Location_Y><Scale>20</Scale><Label><![CDATA[x]]></Label><MsgId>"
                        + nextMsgId() + "</MsgId>"));

        assertThat(image.text()).contains("只看得懂文字");
        assertThat(location.text()).contains("只看得懂文字");
    }

    @Test
    void enteringTheAppGetsHelpAndOtherEventsAreAcknowledgedSilently() throws Exception {
        var enter = client.send(WeComTestClient.xml("zhangsan", "event", "<Event><![CDATA[enter_agent]]></Event><EventKey><![CDATA[]]></EventKey>"));
        var subscribe = client.send(WeComTestClient.xml("wangwu", "event", "<Event><![CDATA[subscribe]]></Event>"));
        var other = client.send(WeComTestClient.xml("zhangsan", "event", "<Event><![CDATA[LOCATION]]></Event><Latitude>23</Latitude>"));

        assertThat(enter.text()).contains("督办助手");
        assertThat(subscribe.text()).contains("督办助手");
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.body()).isEmpty();
    }
}
