package cn.duban.assistant.channel.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CallbackEnvelopeTest {

    @Test
    void readsTheEncryptElement() {
        assertThat(CallbackEnvelope.parse("<xml><ToUserName>x</ToUserName><Encrypt><![CDATA[abc=]]></Encrypt></xml>"
                .getBytes(StandardCharsets.UTF_8)).encrypt()).isEqualTo("abc=");
    }

    @Test
    void externalEntitiesAreRefusedWithoutBeingResolved() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<xml><Encrypt>&e;</Encrypt></xml>";
        assertThatThrownBy(() -> CallbackEnvelope.parse(xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CallbackEnvelope.Malformed.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void notXmlOrNoEncryptIsMalformed() {
        assertThatThrownBy(() -> CallbackEnvelope.parse("hello".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CallbackEnvelope.Malformed.class);
        assertThatThrownBy(() -> CallbackEnvelope.parse("<xml><ToUserName>x</ToUserName></xml>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CallbackEnvelope.Malformed.class);
    }
}
