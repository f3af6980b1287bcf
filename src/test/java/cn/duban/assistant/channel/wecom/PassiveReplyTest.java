package cn.duban.assistant.channel.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PassiveReplyTest {

    @Test
    void theReplyIsTextFromTheCorpToTheMemberAndSurvivesCdataEnds() {
        String xml = PassiveReply.textXml("lisi", WeComTestClient.CORP_ID, "原文:“a]]>b”");

        CallbackMessage parsed = CallbackMessage.parse(xml);
        assertThat(parsed.msgType()).isEqualTo("text");
        assertThat(parsed.content()).isEqualTo("原文:“a]]>b”");
        assertThat(WeComTestClient.between(xml, "ToUserName")).isEqualTo("lisi");
        assertThat(WeComTestClient.between(xml, "FromUserName")).isEqualTo(WeComTestClient.CORP_ID);
    }
}
