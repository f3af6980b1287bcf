package cn.duban.assistant.benchmark;

import java.util.List;

import me.chanjar.weixin.common.util.crypto.WxCryptUtil;

/**
 * The WeChat Work app the benchmarks play: Tencent's sample Token, EncodingAESKey and CorpID, the service's settings
 * for it, and the callback texts WeChat Work would send.
 */
final class SampleApp {

    static final String TOKEN = "QDG6eK";
    static final String AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    static final String CORP_ID = "wx5823bf96d3bd56c7";

    private SampleApp() {
    }

    /** The service's settings for this app, its API at {@code apiBaseUrl}. */
    static List<String> settings(String apiBaseUrl) {
        return List.of("--assistant.wecom.corp-id=" + CORP_ID, "--assistant.wecom.agent-id=1000002",
                "--assistant.wecom.secret=benchmark", "--assistant.wecom.token=" + TOKEN, "--assistant.wecom.aes-key=" + AES_KEY,
                "--assistant.wecom.api-base-url=" + apiBaseUrl);
    }

    static WxCryptUtil crypt() {
        return new WxCryptUtil(TOKEN, AES_KEY, CORP_ID);
    }

    /** A member's text message as WeChat Work writes it before encrypting, sent now (its CreateTime). */
    static String textMessage(String user, String content, long msgId) {
        return "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><FromUserName><![CDATA[" + user
                + "]]></FromUserName><CreateTime>" + System.currentTimeMillis() / 1000
                + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[" + content + "]]></Content><MsgId>" + msgId + "</MsgId><AgentID>1000002</AgentID></xml>";
    }

    /** The callback body around an encrypted message. */
    static String envelope(String encrypted) {
        return "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><Encrypt><![CDATA[" + encrypted
                + "]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>";
    }
}
