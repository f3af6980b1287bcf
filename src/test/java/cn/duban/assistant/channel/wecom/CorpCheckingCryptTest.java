package cn.duban.assistant.channel.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;

/**
 * The one place of the callback's crypto against Tencent's sample app (wecom/tencent-sample-vector.properties) and
 * WxJava's own implementation of the same algorithm: what one encrypts the other opens, signatures agree, and a
 * block that is not WeChat Work's is refused without allocating what it claims.
 */
class CorpCheckingCryptTest {

    private static Properties sample;
    private static CorpCheckingCrypt crypt;
    private static WxCryptUtil wxJava;

    @BeforeAll
    static void load() throws IOException {
        sample = new Properties();
        try (var in = new InputStreamReader(CorpCheckingCryptTest.class.getResourceAsStream("/wecom/tencent-sample-vector.properties"),
                StandardCharsets.UTF_8)) {
            sample.load(in);
        }
        crypt = new CorpCheckingCrypt(sample.getProperty("token"), sample.getProperty("aeskey"), sample.getProperty("receiveid"));
        wxJava = new WxCryptUtil(sample.getProperty("token"), sample.getProperty("aeskey"), sample.getProperty("receiveid"));
    }

    @Test
    void theSampleSignatureIsWxJavasAndTencents() {
        String echo = sample.getProperty("vecho");
        String signature = crypt.signature(sample.getProperty("vts"), sample.getProperty("vnonce"), echo);

        assertThat(signature).isEqualTo(sample.getProperty("vsig"))
                .isEqualTo(SHA1.gen(sample.getProperty("token"), sample.getProperty("vts"), sample.getProperty("vnonce"), echo));
    }

    @Test
    void aPassiveReplyOpensWithWxJavaAndItsSignatureChecks() {
        String reply = PassiveReply.textXml("mycreate", sample.getProperty("receiveid"), "力争全年引进过亿元项目35个以上。");

        String xml = crypt.encrypt(reply);
        String signature = WeComTestClient.between(xml, "MsgSignature");
        String timestamp = xml.substring(xml.indexOf("<TimeStamp>") + 11, xml.indexOf("</TimeStamp>"));
        String nonce = WeComTestClient.between(xml, "Nonce");

        assertThat(wxJava.decryptXml(signature, timestamp, nonce, xml)).isEqualTo(reply);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "", "过亿元项目要引进多少个?", "<xml><Content><![CDATA[就业]]></Content></xml>"})
    void whatWxJavaEncryptsOpensAndTheOtherWayRound(String text) {
        assertThat(crypt.open(wxJava.encrypt("0123456789abcdef", text))).isEqualTo(text);
        assertThat(wxJava.decrypt(crypt.encrypt("fedcba9876543210", text))).isEqualTo(text);
        assertThat(crypt.encrypt("fedcba9876543210", text)).isEqualTo(wxJava.encrypt("fedcba9876543210", text));
    }

    @Test
    void threadsShareOneCryptSafely() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 300; i++) {
                        String text = "线程" + thread + "消息" + i + "x".repeat(i % 40);
                        if (!crypt.open(crypt.encrypt("0123456789abcdef", text)).equals(text)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64 at all!!", "AAAA", "", "  ", "中文不是密文", "QUJD\nREVG", "%%%%"})
    void whatIsNotBase64OfWholeBlocksIsRefused(String garbage) {
        assertThatThrownBy(() -> crypt.open(garbage)).isInstanceOfSatisfying(CorpCheckingCrypt.Undecryptable.class,
                e -> assertThat(e.wrongKey()).isFalse());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 33, 64, 200, -1})
    void aBlockWithoutWeChatWorksPaddingIsRefused(int pad) throws GeneralSecurityException {
        byte[] block = block(5, "hello", sample.getProperty("receiveid"));
        block[block.length - 1] = (byte) pad;

        assertThatThrownBy(() -> crypt.open(seal(block))).isInstanceOfSatisfying(CorpCheckingCrypt.Undecryptable.class,
                e -> assertThat(e.wrongKey()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(ints = {-5, 1 << 30, Integer.MAX_VALUE, 64, 26})
    void aLengthFieldBeyondTheBlockIsRefused(int claimed) throws GeneralSecurityException {
        String sealed = seal(block(claimed, "hello", sample.getProperty("receiveid")));

        assertThatThrownBy(() -> crypt.open(sealed)).isInstanceOf(CorpCheckingCrypt.Undecryptable.class);
    }

    @Test
    void aBlockShorterThanItsHeaderIsRefused() throws GeneralSecurityException {
        byte[] block = new byte[32];
        java.util.Arrays.fill(block, 16, 32, (byte) 16);

        assertThatThrownBy(() -> crypt.open(seal(block))).isInstanceOf(CorpCheckingCrypt.Undecryptable.class);
    }

    @Test
    void anotherCorpsBlockIsRefused() throws GeneralSecurityException {
        assertThatThrownBy(() -> crypt.open(seal(block(5, "hello", "wwother")))).isInstanceOf(CorpCheckingCrypt.WrongCorp.class);
    }

    @Test
    void aGigabyteClaimedInsideTheBlockIsNotAllocated() throws GeneralSecurityException {
        String sealed = seal(block(Integer.MAX_VALUE - 8, "hello", sample.getProperty("receiveid")));
        crypt.open(seal(block(5, "hello", sample.getProperty("receiveid"))));
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> crypt.open(sealed)).isInstanceOf(CorpCheckingCrypt.Undecryptable.class);
        }

        assertThat((threads.getCurrentThreadAllocatedBytes() - before) / 10).as("bytes allocated per refused block of %d bytes",
                Base64.getDecoder().decode(sealed).length).isLessThan(64 * 1024);
    }

    /** {@code random(16) ‖ claimed length ‖ content ‖ receiveid ‖ PKCS#7 padding to 32}, as WeChat Work lays it out. */
    private static byte[] block(int claimedLength, String content, String receiveId) {
        byte[] text = content.getBytes(StandardCharsets.UTF_8);
        byte[] corp = receiveId.getBytes(StandardCharsets.UTF_8);
        int unpadded = 20 + text.length + corp.length;
        int pad = 32 - unpadded % 32;
        ByteBuffer block = ByteBuffer.allocate(unpadded + pad);
        block.put("0123456789abcdef".getBytes(StandardCharsets.US_ASCII)).putInt(claimedLength).put(text).put(corp);
        while (block.hasRemaining()) {
            block.put((byte) pad);
        }
        return block.array();
    }

    /** The block encrypted with the sample app's key, as a callback's Encrypt. */
    private static String seal(byte[] block) throws GeneralSecurityException {
        byte[] key = Base64.getDecoder().decode(sample.getProperty("aeskey") + "=");
        Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
        return Base64.getEncoder().encodeToString(cipher.doFinal(block));
    }
}
