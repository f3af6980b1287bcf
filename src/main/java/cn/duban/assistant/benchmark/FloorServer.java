package cn.duban.assistant.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.Executors;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The protocol floor {@code benchmark-wecom --external} compares the service with: the least a WeChat Work callback
 * server must do, on the JDK alone (its HttpServer and javax.crypto) — verify the signature, decrypt the message and
 * check its CorpID, answer a fixed encrypted reply. No conversation, no Redis. Run as its own process:
 * {@code FloorServer PORT TOKEN AESKEY CORPID}.
 */
public final class FloorServer {

    private final String token;
    private final String corpId;
    private final SecretKeySpec key;
    private final IvParameterSpec iv;
    private final ThreadLocal<Cipher> ciphers;
    private final ThreadLocal<MessageDigest> sha1 = ThreadLocal.withInitial(FloorServer::sha1);
    private final byte[] reply;

    private FloorServer(String token, String aesKey, String corpId) throws GeneralSecurityException {
        this.token = token;
        this.corpId = corpId;
        byte[] keyBytes = Base64.getDecoder().decode(aesKey + "=");
        key = new SecretKeySpec(keyBytes, "AES");
        iv = new IvParameterSpec(keyBytes, 0, 16);
        ciphers = ThreadLocal.withInitial(() -> {
            try {
                return Cipher.getInstance("AES/CBC/NoPadding");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
        reply = fixedReply();
    }

    /** Starts the floor server on 127.0.0.1:PORT with 16 worker threads, and prints {@code ready} when it listens. */
    public static void main(String[] args) throws Exception {
        FloorServer floor = new FloorServer(args[1], args[2], args[3]);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 256);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/wecom/callback", floor::handle);
        server.start();
        System.out.println("ready");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int start = body.indexOf("<Encrypt><![CDATA[");
            int end = start < 0 ? -1 : body.indexOf("]]>", start);
            if (end < 0) {
                answer(exchange, out, 400, "no Encrypt".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String encrypted = body.substring(start + 18, end);
            if (!signature(query.get("timestamp"), query.get("nonce"), encrypted).equals(query.get("msg_signature"))) {
                answer(exchange, out, 403, "bad signature".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (!forUs(encrypted)) {
                answer(exchange, out, 400, "cannot decrypt".getBytes(StandardCharsets.UTF_8));
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/xml;charset=UTF-8");
            answer(exchange, out, 200, reply);
        }
    }

    private static void answer(HttpExchange exchange, OutputStream out, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length);
        out.write(body);
    }

    /** Whether the ciphertext decrypts to a well-formed block for our CorpID. */
    private boolean forUs(String encrypted) {
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, key, iv);
            byte[] block = cipher.doFinal(Base64.getDecoder().decode(encrypted));
            int pad = block[block.length - 1];
            int length = ByteBuffer.wrap(block, 16, 4).getInt();
            int end = block.length - pad;
            if (pad < 1 || pad > 32 || length < 0 || length > end - 20) {
                return false;
            }
            return corpId.equals(new String(block, 20 + length, end - 20 - length, StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private String signature(String timestamp, String nonce, String encrypted) {
        if (timestamp == null || nonce == null) {
            return "";
        }
        String[] parts = {token, timestamp, nonce, encrypted};
        Arrays.sort(parts);
        MessageDigest digest = sha1.get();
        return HexFormat.of().formatHex(digest.digest(String.join("", parts).getBytes(StandardCharsets.UTF_8)));
    }

    /** A text reply to a member, encrypted and signed once: the floor answers every callback with it. */
    private byte[] fixedReply() throws GeneralSecurityException {
        String xml = "<xml><ToUserName><![CDATA[member]]></ToUserName><FromUserName><![CDATA[" + corpId
                + "]]></FromUserName><CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType>"
                + "<Content><![CDATA[力争全年引进过亿元项目35个以上。]]></Content></xml>";
        byte[] content = xml.getBytes(StandardCharsets.UTF_8);
        byte[] corp = corpId.getBytes(StandardCharsets.UTF_8);
        int unpadded = 20 + content.length + corp.length;
        int pad = 32 - unpadded % 32;
        ByteBuffer plain = ByteBuffer.allocate(unpadded + pad);
        plain.put("0123456789abcdef".getBytes(StandardCharsets.US_ASCII)).putInt(content.length).put(content).put(corp);
        while (plain.hasRemaining()) {
            plain.put((byte) pad);
        }
        Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, iv);
        String encrypted = Base64.getEncoder().encodeToString(cipher.doFinal(plain.array()));
        String timestamp = "1700000000";
        String nonce = "floor";
        return ("<xml><Encrypt><![CDATA[" + encrypted + "]]></Encrypt><MsgSignature><![CDATA["
                + signature(timestamp, nonce, encrypted) + "]]></MsgSignature><TimeStamp>" + timestamp
                + "</TimeStamp><Nonce><![CDATA[" + nonce + "]]></Nonce></xml>").getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
