package cn.duban.assistant.channel.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;


/** Tencent's official callback sample (wecom/tencent-sample-vector.properties) verifies and decrypts exactly. */
class TencentSampleVectorTest {

    private static Properties sample;
    private static CorpCheckingCrypt crypt;

    @BeforeAll
    static void load() throws IOException {
        sample = new Properties();
        try (var in = new InputStreamReader(TencentSampleVectorTest.class.getResourceAsStream("/wecom/tencent-sample-vector.properties"),
                StandardCharsets.UTF_8)) {
            sample.load(in);
        }
        crypt = new CorpCheckingCrypt(sample.getProperty("token"), sample.getProperty("aeskey"), sample.getProperty("receiveid"));
    }

    @Test
    void urlVerificationDecryptsTheEchoString() {
        String echo = sample.getProperty("vecho");
        crypt.verify(sample.getProperty("vsig"), sample.getProperty("vts"), sample.getProperty("vnonce"), echo);

        assertThat(crypt.open(echo)).isEqualTo("1616140317555161061");
    }

    @Test
    void theSampleMessageIsHelloFromMycreate() {
        String body = sample.getProperty("pbody").replace("\\n", "\n");
        CallbackEnvelope envelope = CallbackEnvelope.parse(body.getBytes(StandardCharsets.UTF_8));
        crypt.verify(sample.getProperty("psig"), sample.getProperty("pts"), sample.getProperty("pnonce"), envelope.encrypt());

        CallbackMessage message = CallbackMessage.parse(crypt.open(envelope.encrypt()));

        assertThat(message.msgType()).isEqualTo("text");
        assertThat(message.content()).isEqualTo("hello");
        assertThat(message.fromUser()).isEqualTo("mycreate");
        assertThat(message.msgId()).isEqualTo("4561255354251345929");
        assertThat(message.createTime()).isEqualTo("1409659813");
    }

    @Test
    void aChangedSignatureOrAnotherCorpIsRefused() {
        String echo = sample.getProperty("vecho");
        assertThatThrownBy(() -> crypt.verify("0" + sample.getProperty("vsig").substring(1), sample.getProperty("vts"),
                sample.getProperty("vnonce"), echo)).isInstanceOf(CorpCheckingCrypt.BadSignature.class);

        CorpCheckingCrypt otherCorp = new CorpCheckingCrypt(sample.getProperty("token"), sample.getProperty("aeskey"), "wwother");
        assertThatThrownBy(() -> otherCorp.open(echo)).isInstanceOf(CorpCheckingCrypt.WrongCorp.class);
    }

    @Test
    void garbageIsUndecryptable() {
        assertThatThrownBy(() -> crypt.open("not base64 at all!!")).isInstanceOf(CorpCheckingCrypt.Undecryptable.class);
        assertThatThrownBy(() -> crypt.open("AAAA")).isInstanceOf(CorpCheckingCrypt.Undecryptable.class);
    }
}
