package cn.duban.assistant.channel.wecom;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;

/** Sends callbacks to the assistant as WeChat Work does: encrypted and signed; decrypts its passive replies. */
public final class WeComTestClient {

    public static final String TOKEN = "QDG6eK";
    public static final String AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    public static final String CORP_ID = "wx5823bf96d3bd56c7";
    public static final int AGENT_ID = 1000002;
    private static final String NONCE = "263014780";

    /** A callback's answer: status, body, and the decrypted reply text when there is one. */
    public record Answer(int status, String body, String text) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final String callbackUrl;
    private final WxCryptUtil crypt;

    public WeComTestClient(String callbackUrl) {
        this(callbackUrl, CORP_ID);
    }

    /** A client that encrypts for {@code corpId} (another corp's id to test the check). */
    public WeComTestClient(String callbackUrl, String corpId) {
        this.callbackUrl = callbackUrl;
        this.crypt = new WxCryptUtil(TOKEN, AES_KEY, corpId);
    }

    /** The test app's settings for a Spring Boot test: the sample Token and key, the fake API, no schedules. */
    public static void registerApp(org.springframework.test.context.DynamicPropertyRegistry registry, FakeWeComApi api) {
        registry.add("assistant.digest.enabled", () -> "false");
        registry.add("assistant.wecom.corp-id", () -> CORP_ID);
        registry.add("assistant.wecom.agent-id", () -> AGENT_ID);
        registry.add("assistant.wecom.secret", () -> "app-secret");
        registry.add("assistant.wecom.token", () -> TOKEN);
        registry.add("assistant.wecom.aes-key", () -> AES_KEY);
        registry.add("assistant.wecom.api-base-url", api::baseUrl);
    }

    /** A member's text message written long ago (its CreateTime), as a retry of it is: old enough to be one. */
    public static String textXml(String user, String content, long msgId) {
        return textXml(user, content, msgId, 1409659813L);
    }

    /** A member's text message written just now, as WeChat Work delivers it the first time. */
    public static String freshTextXml(String user, String content, long msgId) {
        return textXml(user, content, msgId, System.currentTimeMillis() / 1000);
    }

    private static String textXml(String user, String content, long msgId, long createTime) {
        return "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><FromUserName><![CDATA[" + user
                + "]]></FromUserName><CreateTime>" + createTime + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA["
                + content + "]]></Content><MsgId>" + msgId + "</MsgId><AgentID>" + AGENT_ID + "</AgentID></xml>";
    }

    public static String xml(String user, String msgType, String inner) {
        return "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><FromUserName><![CDATA[" + user
                + "]]></FromUserName><CreateTime>1409659813</CreateTime><MsgType><![CDATA[" + msgType + "]]></MsgType>"
                + inner + "<AgentID>" + AGENT_ID + "</AgentID></xml>";
    }

    /** Sends a message encrypted and signed as WeChat Work does, stamped with the current time. */
    public Answer send(String plainXml) throws IOException, InterruptedException {
        WxCryptUtil.EncryptContext context = crypt.encryptContext(plainXml);
        return post(query(context.getSignature(), context.getTimeStamp(), context.getNonce(), null),
                envelope(context.getEncrypt()));
    }

    /** The query string and the body of a message encrypted and signed as WeChat Work does, stamped now. */
    public String[] sealed(String plainXml) {
        WxCryptUtil.EncryptContext context = crypt.encryptContext(plainXml);
        return new String[] {query(context.getSignature(), context.getTimeStamp(), context.getNonce(), null),
                envelope(context.getEncrypt())};
    }

    /** The text of a passive reply's body, decrypted; null when it is none. */
    public String replyText(String body) {
        return decryptReply(body);
    }

    /** Sends a message encrypted and signed as WeChat Work does, but stamped {@code timestamp}. */
    public Answer sendStamped(String plainXml, String timestamp) throws IOException, InterruptedException {
        String encrypt = crypt.encrypt("0123456789abcdef", plainXml);
        return post(query(sign(timestamp, encrypt), timestamp, NONCE, null), envelope(encrypt));
    }

    /** Posts a body with a signature made over {@code encrypt} (so garbage can be signed too), stamped now. */
    public Answer postSigned(String encrypt, String body) throws IOException, InterruptedException {
        String timestamp = now();
        return post(query(SHA1.gen(TOKEN, timestamp, NONCE, encrypt), timestamp, NONCE, null), body);
    }

    /** The outer XML WeChat Work posts around a ciphertext. */
    public static String envelope(String encrypt) {
        return "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><Encrypt><![CDATA[" + encrypt
                + "]]></Encrypt><AgentID><![CDATA[" + AGENT_ID + "]]></AgentID></xml>";
    }

    /** The current Unix time in seconds, as WeChat Work stamps its callbacks (the real time, whatever assistant.today says). */
    public static String now() {
        return String.valueOf(Instant.now().getEpochSecond());
    }

    public Answer post(String query, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(callbackUrl + query))
                .header("Content-Type", "text/xml").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body(), decryptReply(response.body()));
    }

    public Answer get(String query) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(callbackUrl + query)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body(), null);
    }

    /** The query string of a verification request for a plaintext echostr, signed as WeChat Work signs it. */
    public String verificationQuery(String echo) {
        WxCryptUtil.EncryptContext context = crypt.encryptContext(echo);
        return query(context.getSignature(), context.getTimeStamp(), context.getNonce(), context.getEncrypt());
    }

    /** The same, stamped {@code timestamp}. */
    public String verificationQuery(String echo, String timestamp) {
        String encrypt = crypt.encrypt("0123456789abcdef", echo);
        return query(sign(timestamp, encrypt), timestamp, NONCE, encrypt);
    }

    /** WeChat Work's signature; WxJava signs no empty timestamp, so an empty one gets a signature that cannot match. */
    private static String sign(String timestamp, String encrypt) {
        return timestamp.isEmpty() ? "0" : SHA1.gen(TOKEN, timestamp, NONCE, encrypt);
    }

    public static String query(String signature, String timestamp, String nonce, String echostr) {
        String query = "?msg_signature=" + signature + "&timestamp=" + timestamp + "&nonce=" + nonce;
        return echostr == null ? query : query + "&echostr=" + URLEncoder.encode(echostr, StandardCharsets.UTF_8);
    }

    private String decryptReply(String body) {
        if (body == null || !body.contains("<Encrypt>")) {
            return null;
        }
        String signature = between(body, "MsgSignature");
        String timestamp = between(body, "TimeStamp");
        String nonce = between(body, "Nonce");
        String plain = crypt.decryptXml(signature, timestamp, nonce, body);
        return between(plain, "Content");
    }

    static String between(String xml, String tag) {
        Matcher matcher = Pattern.compile("<" + tag + ">(?:<!\\[CDATA\\[)?(.*?)(?:]]>)?</" + tag + ">", Pattern.DOTALL).matcher(xml);
        return matcher.find() ? matcher.group(1) : null;
    }
}
