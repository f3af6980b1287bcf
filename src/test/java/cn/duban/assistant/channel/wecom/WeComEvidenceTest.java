package cn.duban.assistant.channel.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.duban.assistant.tasks.TestPhotos;

/**
 * A photo sent through the app right after a text note: downloaded by its MediaId from the fake WeChat Work API
 * through WxJava, kept as the note's 佐证材料 and counted on the task's card.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WeComEvidenceTest {

    static final FakeWeComApi API = FakeWeComApi.started();
    private static final AtomicLong MSG_IDS = new AtomicLong(8_100_000_000L);

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("assistant.data-dir", data::toString);
        registry.add("assistant.today", () -> "2023-06-30");
        // few request threads, so that a few slow photos could hold them all
        registry.add("server.tomcat.threads.max", () -> "4");
        WeComTestClient.registerApp(registry, API);
    }

    @AfterAll
    static void stopApi() {
        API.close();
    }

    @LocalServerPort
    int port;
    WeComTestClient client;

    @BeforeEach
    void client() {
        client = new WeComTestClient("http://127.0.0.1:" + port + "/wecom/callback");
    }

    private WeComTestClient.Answer image(String user, String mediaId) throws Exception {
        return client.send(WeComTestClient.xml(user, "image", "<PicUrl><![CDATA[http://example/p.jpg]]></PicUrl><MediaId><![CDATA["
                + mediaId + "]]></MediaId><MsgId>" + MSG_IDS.incrementAndGet() + "</MsgId>"));
    }

    @Test
    void aPhotoSlowerToFetchThanTheReplyBudgetGetsAnEmptyReplyAtOnceThenItsAnswerByTheApi() throws Exception {
        API.serveMedia("media-slow", TestPhotos.png(9));
        assertThat(client.send(WeComTestClient.textXml("zhouba", "城北新区：安置房主体封顶三栋", MSG_IDS.incrementAndGet())).text())
                .startsWith("已记录");
        int servedBefore = API.mediaServed();
        API.slowMedia(java.time.Duration.ofMillis(4500));
        try {
            WeComTestClient.Answer answer = image("zhouba", "media-slow");

            // the callback's answer came while the photo was still on its way (the budget is 3 s, WeChat Work waits 5 s)
            assertThat(API.mediaServed()).isEqualTo(servedBefore);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).isEmpty();
            assertThat(API.awaitDelivered("zhouba", 1)).singleElement().satisfies(message ->
                    assertThat(message.json().get("text").get("content").asText()).startsWith("已作为佐证材料附在"));
        } finally {
            API.slowMedia(java.time.Duration.ZERO);
        }
    }

    @Test
    void photosSlowToFetchDoNotKeepAQuestionWaitingPastTheirBudget() throws Exception {
        API.serveMedia("media-slower", TestPhotos.png(11));
        int servedBefore = API.mediaServed();
        API.slowMedia(java.time.Duration.ofMillis(4500));
        var photos = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            // as many photos at once as the service has request threads (4 here)
            var sent = new java.util.ArrayList<java.util.concurrent.Future<WeComTestClient.Answer>>();
            for (int i = 0; i < 4; i++) {
                String user = "photographer" + i;
                sent.add(photos.submit(() -> image(user, "media-slower")));
            }
            Thread.sleep(500);

            var question = client.send(WeComTestClient.textXml("zhangsan", "技改投资增长目标是多少", MSG_IDS.incrementAndGet()));

            // answered in the callback's own reply while every photo was still on its way
            assertThat(API.mediaServed()).isEqualTo(servedBefore);
            assertThat(question.text()).contains("技改投资");
            for (var photo : sent) {
                assertThat(photo.get().status()).isEqualTo(200);
            }
        } finally {
            photos.shutdown();
            API.slowMedia(java.time.Duration.ZERO);
        }
    }

    @Test
    void aPhotoAfterATextNoteIsAttachedAndShownOnTheCard() throws Exception {
        byte[] png = TestPhotos.png(7);
        API.serveMedia("media-bridge", png);

        assertThat(client.send(WeComTestClient.textXml("lisi", "津潍高铁：庆云段桥梁桩基完成八成，下月架梁", MSG_IDS.incrementAndGet())).text())
                .startsWith("已记录 津潍高铁建设");
        assertThat(image("lisi", "media-bridge").text()).isEqualTo("已作为佐证材料附在 津潍高铁建设 的进展(6月30日)上");

        assertThat(API.requests("/cgi-bin/media/get")).isNotEmpty();
        assertThat(client.send(WeComTestClient.textXml("zhangsan", "津潍高铁进展", MSG_IDS.incrementAndGet())).text())
                .contains("佐证材料1张");
        // the task's own folder: other tests of this class keep photos of other tasks
        assertThat(TestPhotos.kept(data)).filteredOn(file -> file.getParent().getFileName().toString().equals("jinwei-railway"))
                .singleElement().satisfies(file -> assertThat(TestPhotos.sha256(TestPhotos.read(file))).isEqualTo(TestPhotos.sha256(png)));
    }

    @Test
    void aPhotoThatCannotBeDownloadedOrIsNoImageGetsTheTextOnlyNote() throws Exception {
        API.serveMedia("media-pdf", "%PDF-1.4 a scanned file".getBytes(StandardCharsets.US_ASCII));
        client.send(WeComTestClient.textXml("lisi", "津潍高铁：架梁准备就绪", MSG_IDS.incrementAndGet()));
        int before = TestPhotos.kept(data).size();

        assertThat(image("lisi", "media-missing").text()).contains("只看得懂文字");
        assertThat(image("lisi", "media-pdf").text()).contains("只看得懂文字");
        assertThat(TestPhotos.kept(data)).hasSize(before);
    }
}
