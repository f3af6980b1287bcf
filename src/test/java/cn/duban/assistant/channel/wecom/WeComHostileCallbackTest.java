package cn.duban.assistant.channel.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.duban.assistant.ledger.Ledger;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;

/**
 * Callbacks signed with the right Token that must still change nothing: encrypted with another EncodingAESKey (the
 * key was regenerated in the admin console), or stamped outside the accepted clock skew (a captured callback replayed
 * later). The app runs as on 2023-06-30, so the timestamps checked are the real time's, not {@code assistant.today}'s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class WeComHostileCallbackTest {

    static final FakeWeComApi API;
    private static final AtomicLong MSG_IDS = new AtomicLong(9_100_000_000L);
    /** An EncodingAESKey other than the app's: the one the admin console generated after the app was configured. */
    private static final String NEW_AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

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

    @Test
    void aCallbackEncryptedWithAnotherKeyIsA400WithoutAllocatingWhatItsLengthFieldClaims(CapturedOutput output)
            throws Exception {
        String encrypt = encryptedWithTheNewKeyClaimingAtLeastAGigabyte();
        long allocatedBefore = allocatedBytes();
        long start = System.nanoTime();

        for (int i = 0; i < 5; i++) {
            var answer = client.postSigned(encrypt, WeComTestClient.envelope(encrypt));
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.body()).isEqualTo("ciphertext cannot be decrypted");
        }

        long millis = (System.nanoTime() - start) / 1_000_000;
        long allocatedMegabytes = (allocatedBytes() - allocatedBefore) >> 20;
        assertThat(millis).as("five refusals, ms").isLessThan(2_000);
        assertThat(allocatedMegabytes).as("allocated by every thread of the JVM meanwhile, MB").isLessThan(64);
        var normal = client.send(WeComTestClient.textXml("zhangsan", "过亿元项目要引进多少个?", MSG_IDS.incrementAndGet()));
        assertThat(normal.text()).startsWith("力争全年引进过亿元项目35个以上");
        assertThat(output.getAll().lines().filter(line -> line.contains("EncodingAESKey"))).singleElement().asString()
                .contains("WARN", "管理后台", "assistant.wecom.aes-key");
    }

    @Test
    void callbacksStampedOutsideFiveMinutesAreRefusedAndNothingIsRecordedOrAnswered() throws Exception {
        long now = Instant.now().getEpochSecond();
        List<String> stamps = List.of(String.valueOf(now - 7 * 24 * 3600), "978307200", "4102444800", "abc", "-5", "",
                String.valueOf(now - 6 * 60), String.valueOf(now + 6 * 60));
        long before = ledger.entryCount();

        for (String stamp : stamps) {
            var report = client.sendStamped(WeComTestClient.textXml("lisi", "新增城镇就业120人", MSG_IDS.incrementAndGet()), stamp);
            var verification = client.get(client.verificationQuery("8461230", stamp));

            assertThat(report.status()).as("POST stamped '%s'", stamp).isEqualTo(403);
            assertThat(report.body()).as("POST stamped '%s'", stamp).doesNotContain("Encrypt", "Exception").hasLineCount(1);
            assertThat(verification.status()).as("GET stamped '%s'", stamp).isEqualTo(403);
            assertThat(verification.body()).doesNotContain("8461230");
        }
        assertThat(ledger.entryCount()).isEqualTo(before);
        assertThat(API.deliveredMessages()).isEmpty();
    }

    @Test
    void callbacksStampedAMinuteOffTheRealTimeAreAnswered() throws Exception {
        long now = Instant.now().getEpochSecond();
        for (long stamp : new long[] {now - 60, now + 60}) {
            var question = client.sendStamped(WeComTestClient.textXml("zhangsan", "过亿元项目要引进多少个?",
                    MSG_IDS.incrementAndGet()), String.valueOf(stamp));
            var verification = client.get(client.verificationQuery("8461231", String.valueOf(stamp)));

            assertThat(question.text()).startsWith("力争全年引进过亿元项目35个以上");
            assertThat(verification.status()).isEqualTo(200);
            assertThat(verification.body()).isEqualTo("8461231");
        }
    }

    /**
     * A message encrypted, as WeChat Work would after the key was regenerated, with {@link #NEW_AES_KEY}; chosen so
     * that decrypting it with the app's old key gives a length field between 1 GB and 2 GB.
     */
    private static String encryptedWithTheNewKeyClaimingAtLeastAGigabyte() throws GeneralSecurityException {
        WxCryptUtil newKey = new WxCryptUtil(WeComTestClient.TOKEN, NEW_AES_KEY, WeComTestClient.CORP_ID);
        String plain = WeComTestClient.textXml("lisi", "新增城镇就业120人", 9_099_999_999L);
        for (int i = 0; ; i++) {
            String encrypt = newKey.encrypt(String.format("%016d", i), plain);
            int length = ByteBuffer.wrap(decryptWithTheAppsKey(encrypt), 16, 4).getInt();
            if (length >= 1 << 30 && length < Integer.MAX_VALUE - 64) {
                return encrypt;
            }
        }
    }

    private static byte[] decryptWithTheAppsKey(String encrypt) throws GeneralSecurityException {
        byte[] key = Base64.getDecoder().decode(WeComTestClient.AES_KEY + "=");
        Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOf(key, 16)));
        return cipher.doFinal(Base64.getDecoder().decode(encrypt));
    }

    /** Bytes allocated so far by the JVM's live threads (the server's workers among them). */
    private static long allocatedBytes() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return Arrays.stream(threads.getThreadAllocatedBytes(threads.getAllThreadIds())).filter(bytes -> bytes > 0).sum();
    }
}
