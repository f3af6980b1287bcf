package cn.duban.assistant.channel.wecom;

import java.time.Instant;

/** The plaintext XML of a passive text reply, before WxJava encrypts and signs it. */
final class PassiveReply {

    private PassiveReply() {
    }

    static String textXml(String toUser, String corpId, String content) {
        return "<xml><ToUserName>" + cdata(toUser) + "</ToUserName><FromUserName>" + cdata(corpId)
                + "</FromUserName><CreateTime>" + Instant.now().getEpochSecond() + "</CreateTime><MsgType>" + cdata("text")
                + "</MsgType><Content>" + cdata(content) + "</Content></xml>";
    }

    /** CDATA that survives a "]]>" inside the text. */
    static String cdata(String text) {
        return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }
}
