package cn.duban.assistant.channel.wecombot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

import cn.duban.assistant.tasks.TestPhotos;

/**
 * Photos through the 智能机器人: the fake long-connection server sends image (and mixed) callbacks whose files are
 * served encrypted from a loopback HTTP server — AES-256-CBC, IV the key's first 16 bytes, PKCS#7 padding to 32, as
 * WeChat Work's SDK documents — and the assistant keeps them as 佐证材料 of the reporter's note.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WeComBotEvidenceTest {

    static final FakeBotServer BOT = FakeBotServer.started();
    static final Duration WAIT = Duration.ofSeconds(15);
    static final AtomicInteger IDS = new AtomicInteger();
    static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();
    static final HttpServer FILE_SERVER;
    static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("wecombot-evidence");
            FILE_SERVER = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FILE_SERVER.createContext("/file/", exchange -> {
                byte[] bytes = FILES.get(exchange.getRequestURI().getPath().substring("/file/".length()));
                exchange.sendResponseHeaders(bytes == null ? 404 : 200, bytes == null ? -1 : bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    if (bytes != null) {
                        out.write(bytes);
                    }
                }
            });
            FILE_SERVER.start();
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("assistant.data-dir", () -> DIR.resolve("data").toString());
        registry.add("assistant.today", () -> "2023-06-30");
        registry.add("assistant.digest.enabled", () -> "false");
        registry.add("assistant.wecom-bot.bot-id", () -> FakeBotServer.BOT_ID);
        registry.add("assistant.wecom-bot.secret", () -> FakeBotServer.SECRET);
        registry.add("assistant.wecom-bot.url", BOT::url);
    }

    @AfterAll
    static void stop() {
        BOT.close();
        FILE_SERVER.stop(0);
    }

    @Autowired
    LongConnection link;

    /** Encrypts as WeChat Work does and serves the result; returns its URL. */
    private static String serve(String name, byte[] plain, String aesKey) throws GeneralSecurityException {
        byte[] key = Base64.getDecoder().decode(aesKey);
        int pad = 32 - plain.length % 32;
        byte[] padded = Arrays.copyOf(plain, plain.length + pad);
        Arrays.fill(padded, plain.length, padded.length, (byte) pad);
        Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
        FILES.put(name, cipher.doFinal(padded));
        return "http://127.0.0.1:" + FILE_SERVER.getAddress().getPort() + "/file/" + name;
    }

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().withoutPadding().encodeToString(key);
    }

    private static String answer(String reqId) {
        List<JsonNode> replies = BOT.awaitReplies(reqId, 1, WAIT);
        return FakeBotServer.textOf(replies.get(0));
    }

    private void connected() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!link.status().state().equals("connected")) {
            assertThat(System.nanoTime()).as("connected in time").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static String id() {
        return "ev-" + IDS.incrementAndGet();
    }

    @Test
    void anEncryptedPhotoAfterANoteIsAttachedAndAMixedMessageCarriesBoth() throws Exception {
        connected();
        byte[] png = TestPhotos.png(11);
        String key = newKey();
        assertThat(answer(BOT.text("lisi", id(), "津潍高铁：庆云段桥梁桩基完成八成，下月架梁"))).startsWith("已记录 津潍高铁建设");
        assertThat(answer(BOT.image("lisi", id(), serve("bridge", png, key), key)))
                .isEqualTo("已作为佐证材料附在 津潍高铁建设 的进展(6月30日)上");

        byte[] second = TestPhotos.png(12);
        String mixed = answer(BOT.mixedWithImage("lisi", id(), "津潍高铁：架梁开始", serve("beam", second, key), key));
        assertThat(mixed).contains("已记录 津潍高铁建设", "架梁开始", "已作为佐证材料附在 津潍高铁建设");

        assertThat(answer(BOT.text("zhangsan", id(), "津潍高铁进展"))).contains("架梁开始（佐证材料1张）", "桩基完成八成", "佐证材料1张");
        assertThat(TestPhotos.kept(DIR.resolve("data"))).extracting(file -> TestPhotos.sha256(TestPhotos.read(file)))
                .containsExactlyInAnyOrder(TestPhotos.sha256(png), TestPhotos.sha256(second));
    }

    @Test
    void aPhotoDecryptedWithTheWrongKeyOrNotFoundGetsTheTextOnlyNote() throws Exception {
        connected();
        assertThat(answer(BOT.text("lisi", id(), "津潍高铁：桩基验收"))).startsWith("已记录");
        String url = serve("wrong-key", TestPhotos.png(13), newKey());

        assertThat(answer(BOT.image("lisi", id(), url, newKey()))).contains("只看得懂文字");
        assertThat(answer(BOT.image("lisi", id(), url.replace("wrong-key", "missing"), newKey()))).contains("只看得懂文字");
    }
}
