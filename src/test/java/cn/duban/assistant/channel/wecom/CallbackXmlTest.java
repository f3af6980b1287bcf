package cn.duban.assistant.channel.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class CallbackXmlTest {

    @Test
    void readsTheEncryptElementOfAnEnvelope() {
        assertThat(CallbackEnvelope.parse("<xml><ToUserName>x</ToUserName><Encrypt><![CDATA[abc=]]></Encrypt></xml>"
                .getBytes(StandardCharsets.UTF_8)).encrypt()).isEqualTo("abc=");
    }

    @Test
    void readsATextMessageAsWeChatWorkSendsIt() {
        CallbackMessage message = CallbackMessage.parse("""
                <xml><ToUserName><![CDATA[ww1]]></ToUserName>
                   <FromUserName><![CDATA[zhangsan]]></FromUserName>
                   <CreateTime>1348831860</CreateTime>
                   <MsgType><![CDATA[text]]></MsgType>
                   <Content><![CDATA[常家镇新增城镇就业120人 <b>&amp;</b>]]></Content>
                   <MsgId>1234567890123456</MsgId>
                   <AgentID>1</AgentID>
                </xml>""");
        assertThat(message).isEqualTo(new CallbackMessage("text", "zhangsan", "常家镇新增城镇就业120人 <b>&amp;</b>",
                "1234567890123456", "", "1348831860"));
    }

    @Test
    void decodesEntitiesCharacterReferencesAndMixedCdata() {
        Map<String, String> fields = CallbackXml.read(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- note --><xml a=\"1\">"
                        + "<Content>a&lt;b&gt;&amp;&quot;&apos;&#20013;&#x6587;<![CDATA[<x>]]>!</Content><Empty/><Blank></Blank></xml>");
        assertThat(fields).containsEntry("Content", "a<b>&\"'中文<x>!").containsEntry("Empty", "").containsEntry("Blank", "");
        assertThat(CallbackXml.read("\uFEFF<xml><MsgId>1</MsgId></xml>")).containsEntry("MsgId", "1");
    }

    @Test
    void nestedElementsOfEventsAreReadAndTheFirstOfANameIsKept() {
        Map<String, String> fields = CallbackXml.read("<xml><MsgType>event</MsgType><Event>pic_sysphoto</Event>"
                + "<SendPicsInfo><Count>1</Count><PicList><item><PicMd5Sum><![CDATA[1b5f]]></PicMd5Sum></item></PicList>"
                + "</SendPicsInfo><Event>second</Event></xml>");
        assertThat(fields).containsEntry("Event", "pic_sysphoto").containsEntry("Count", "1").containsEntry("PicMd5Sum", "1b5f")
                .doesNotContainKey("SendPicsInfo");
    }

    @Test
    void readsWhatTheJdkParserReadsFromTheSameDocument() throws Exception {
        String xml = "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName><FromUserName>li&amp;si</FromUserName>"
                + "<Content> 两行\n文字 &#x1F600; </Content><MsgId>42</MsgId></xml>";
        Document dom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Map<String, String> fields = CallbackXml.read(xml);
        for (String name : new String[] {"ToUserName", "FromUserName", "Content", "MsgId"}) {
            assertThat(fields.get(name)).as(name)
                    .isEqualTo(dom.getDocumentElement().getElementsByTagName(name).item(0).getTextContent());
        }
    }

    @Test
    void externalEntitiesAreRefusedWithoutBeingResolved() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<xml><Encrypt>&e;</Encrypt></xml>";
        assertThatThrownBy(() -> CallbackEnvelope.parse(xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CallbackXml.Malformed.class).hasMessageContaining("DOCTYPE");
        assertThatThrownBy(() -> CallbackXml.read("<xml><Encrypt>&e;</Encrypt></xml>"))
                .isInstanceOf(CallbackXml.Malformed.class).hasMessageContaining("&e;");
        assertThatThrownBy(() -> CallbackXml.read("<xml><!ENTITY e \"x\"><Encrypt>a</Encrypt></xml>"))
                .isInstanceOf(CallbackXml.Malformed.class).hasMessageContaining("ENTITY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hello", "<xml>", "<xml><Encrypt>a</xml>", "<xml><Encrypt>a</Encrypt>", "<xml></xml><xml></xml>",
            "<xml><Encrypt><![CDATA[a</Encrypt></xml>", "<xml><Encrypt>a & b</Encrypt></xml>", "<xml><Encrypt>&#0;</Encrypt></xml>",
            "<xml><Encrypt>&#xZZ;</Encrypt></xml>", "<xml><!-- open </xml>", "<xml a=\"<\">x</xml>", "<>x</>", "<?xml version=\"1.0\"",
            "<xml><?pi x?></xml>", "text<xml></xml>"})
    void malformedDocumentsAreRefused(String xml) {
        assertThatThrownBy(() -> CallbackXml.read(xml)).isInstanceOf(CallbackXml.Malformed.class);
    }

    @Test
    void deeplyNestedDocumentsAreRefusedNotFollowed() {
        String deep = "<a>".repeat(20_000) + "x" + "</a>".repeat(20_000);
        assertThatThrownBy(() -> CallbackEnvelope.parse(deep.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CallbackXml.Malformed.class).hasMessageContaining("nested");
        String selfClosing = "<xml>" + "<a><b/></a>".repeat(1000) + "<Encrypt>e</Encrypt></xml>";
        assertThat(CallbackEnvelope.parse(selfClosing.getBytes(StandardCharsets.UTF_8)).encrypt()).isEqualTo("e");
    }

    @Test
    void anEnvelopeWithoutEncryptIsMalformed() {
        assertThatThrownBy(() -> CallbackEnvelope.parse("<xml><ToUserName>x</ToUserName></xml>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CallbackXml.Malformed.class).hasMessageContaining("Encrypt");
    }
}
