package cn.duban.assistant.channel.wecombot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.duban.assistant.conversation.Attachment;

/**
 * Downloads the photo of a bot message ({@code image.url}) and decrypts it with its {@code image.aeskey} as WeChat
 * Work's SDK does (aibot-node-sdk {@code decryptFile}): AES-256-CBC, the key the base64-decoded aeskey, the IV its
 * first 16 bytes, PKCS#7 padding to a multiple of 32 bytes. Anything but an image of at most
 * {@link Attachment#MOST_BYTES}, and any failure, is logged and gives null (the message is answered as before).
 */
class BotImages {

    private static final Logger log = LoggerFactory.getLogger(BotImages.class);
    private static final int BLOCK = 32;

    private final HttpClient http;
    private final Duration timeout;

    BotImages(Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        this.timeout = timeout;
    }

    /** The photo of an image message or the first image item of a {@code mixed} one ({@code url}, {@code aeskey}). */
    static com.fasterxml.jackson.databind.JsonNode picture(com.fasterxml.jackson.databind.JsonNode body) {
        if ("image".equals(body.path("msgtype").asText())) {
            return body.path("image");
        }
        for (com.fasterxml.jackson.databind.JsonNode item : body.path("mixed").path("msg_item")) {
            if ("image".equals(item.path("msgtype").asText())) {
                return item.path("image");
            }
        }
        return null;
    }

    /** The photo at {@code url}, or null when it cannot be had or is no image. */
    Attachment fetch(String url, String aesKey) {
        try {
            URI uri = URI.create(url);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
                log.warn("智能机器人图片地址无效: {}", url);
                return null;
            }
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            byte[] encrypted;
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    log.warn("智能机器人图片下载失败: HTTP {}", response.statusCode());
                    return null;
                }
                encrypted = readAtMost(body, Attachment.MOST_BYTES + BLOCK);
            }
            if (encrypted == null) {
                log.warn("智能机器人图片超过 {} 字节,不保存", Attachment.MOST_BYTES);
                return null;
            }
            Attachment image = new Attachment(decrypt(encrypted, aesKey));
            if (!image.isImage()) {
                log.warn("智能机器人发来的文件不是 JPEG/PNG/GIF/WEBP 图片,不保存");
                return null;
            }
            return image;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            log.warn("智能机器人图片下载或解密失败: {}", e.toString());
            return null;
        }
    }

    /** Decrypts a downloaded file: AES-256-CBC, IV = the key's first 16 bytes, PKCS#7 padding to 32. */
    static byte[] decrypt(byte[] encrypted, String aesKey) throws GeneralSecurityException {
        byte[] key = Base64.getDecoder().decode(aesKey.strip());
        if (key.length != 32 || encrypted.length == 0 || encrypted.length % 16 != 0) {
            throw new GeneralSecurityException("aeskey 应为 32 字节, 密文应为 16 字节的整数倍");
        }
        Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
        byte[] padded = cipher.doFinal(encrypted);
        int pad = padded[padded.length - 1] & 0xFF;
        if (pad < 1 || pad > BLOCK || pad > padded.length) {
            throw new GeneralSecurityException("PKCS#7 填充无效");
        }
        for (int i = padded.length - pad; i < padded.length; i++) {
            if ((padded[i] & 0xFF) != pad) {
                throw new GeneralSecurityException("PKCS#7 填充无效");
            }
        }
        return Arrays.copyOf(padded, padded.length - pad);
    }

    /** The whole stream, or null when it is longer than {@code most}. */
    private static byte[] readAtMost(InputStream in, int most) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) > 0; ) {
            if (out.size() + n > most) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
