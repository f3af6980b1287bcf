package cn.duban.assistant.channel.wecom;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import me.chanjar.weixin.common.util.crypto.PKCS7Encoder;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;

/**
 * WxJava's callback crypto ({@link WxCryptUtil}: its key derivation from the EncodingAESKey, its block layout and
 * {@link PKCS7Encoder}'s padding to 32 bytes), done once per callback and without per-call set-up, plus two checks
 * WxJava leaves out. The decrypted block is {@code random(16) ‖ length(4) ‖ content ‖ receiveid}, AES-256-CBC with
 * the key's first 16 bytes as IV and no padding but WeChat Work's: it is decrypted once, its padding and length field
 * are checked against the block before anything is allocated for the content (WxJava trusts the length, so a
 * ciphertext decrypted with the wrong key — an EncodingAESKey regenerated in the admin console — made it allocate up
 * to 2 GB), and the receiveid must be our CorpID. Each thread keeps its own ciphers (initialised once: CBC resets to
 * its IV after every message) and SHA-1 digest; Base64 is the JDK's. Tencent's sample vector and WxJava's own
 * {@code encrypt}/{@code decrypt} check this in the tests.
 */
final class CorpCheckingCrypt extends WxCryptUtil {

    /** The signature does not match: the request did not come from WeChat Work. */
    static final class BadSignature extends RuntimeException {
        BadSignature() {
            super("msg_signature does not match");
        }
    }

    /** The message was encrypted for another corp. */
    static final class WrongCorp extends RuntimeException {
        WrongCorp() {
            super("receiveid is not our CorpID");
        }
    }

    /**
     * The ciphertext cannot be decrypted: it is not Base64 of whole AES blocks, or ({@code wrongKey}) it decrypts to
     * something that is not a WeChat Work block, as a ciphertext made with another EncodingAESKey does.
     */
    static final class Undecryptable extends RuntimeException {
        private final boolean wrongKey;

        Undecryptable(String reason, boolean wrongKey) {
            super(reason);
            this.wrongKey = wrongKey;
        }

        boolean wrongKey() {
            return wrongKey;
        }
    }

    /** Random bytes and the length field before the content. */
    private static final int HEADER_BYTES = 20;
    /** WeChat Work pads the block to a multiple of 32 bytes (PKCS#7 with 32-byte blocks). */
    private static final int PAD_BLOCK = 32;
    private static final char[] RANDOM_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final byte[] corpBytes;
    private final ThreadLocal<Cipher> decryptors;
    private final ThreadLocal<Cipher> encryptors;
    private final ThreadLocal<MessageDigest> sha1 = ThreadLocal.withInitial(CorpCheckingCrypt::newSha1);

    CorpCheckingCrypt(String token, String aesKey, String corpId) {
        super(token, aesKey, corpId);
        this.corpBytes = corpId.getBytes(StandardCharsets.UTF_8);
        SecretKeySpec key = new SecretKeySpec(this.aesKey, "AES");
        IvParameterSpec iv = new IvParameterSpec(this.aesKey, 0, 16);
        decryptors = ThreadLocal.withInitial(() -> cipher(Cipher.DECRYPT_MODE, key, iv));
        encryptors = ThreadLocal.withInitial(() -> cipher(Cipher.ENCRYPT_MODE, key, iv));
    }

    void verify(String signature, String timestamp, String nonce, String encrypted) {
        if (signature == null || !signature.equals(signature(timestamp, nonce, encrypted))) {
            throw new BadSignature();
        }
    }

    /** WeChat Work's signature: the SHA-1 hex of the token, timestamp, nonce and ciphertext sorted and joined. */
    String signature(String timestamp, String nonce, String encrypted) {
        String[] parts = {token, timestamp, nonce, encrypted};
        Arrays.sort(parts);
        byte[] hash = sha1.get().digest(String.join("", parts).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash);
    }

    /** The plaintext of a verified ciphertext, after checking that it was meant for our corp. */
    String open(String encrypted) {
        byte[] block = decryptBlock(encrypted);
        int pad = block[block.length - 1];
        if (pad < 1 || pad > PAD_BLOCK || pad > block.length) {
            throw new Undecryptable("padding byte " + pad + " is not WeChat Work's", true);
        }
        int end = block.length - pad;
        if (end < HEADER_BYTES) {
            throw new Undecryptable("decrypted block of " + end + " bytes is shorter than its header", true);
        }
        int length = ByteBuffer.wrap(block, 16, 4).getInt();
        if (length < 0 || length > end - HEADER_BYTES) {
            throw new Undecryptable("length field " + length + " does not fit the decrypted block of " + end + " bytes", true);
        }
        if (!Arrays.equals(block, HEADER_BYTES + length, end, corpBytes, 0, corpBytes.length)) {
            throw new WrongCorp();
        }
        return new String(block, HEADER_BYTES, length, StandardCharsets.UTF_8);
    }

    private byte[] decryptBlock(String encrypted) {
        byte[] ciphertext;
        try {
            ciphertext = Base64.getDecoder().decode(encrypted.strip());
        } catch (IllegalArgumentException e) {
            throw new Undecryptable("ciphertext is not Base64: " + e.getMessage(), false);
        }
        if (ciphertext.length == 0 || ciphertext.length % 16 != 0) {
            throw new Undecryptable("ciphertext of " + ciphertext.length + " bytes is not a whole number of AES blocks", false);
        }
        try {
            return decryptors.get().doFinal(ciphertext);
        } catch (GeneralSecurityException | RuntimeException e) {
            decryptors.remove();
            throw new Undecryptable("AES: " + e, true);
        }
    }

    /**
     * The passive reply: {@code plainText} encrypted for our corp, signed, in WeChat Work's reply XML (the same
     * layout as {@link WxCryptUtil#encrypt(String)}).
     */
    @Override
    public String encrypt(String plainText) {
        String encrypted = encrypt(randomString(), plainText);
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        String nonce = randomString();
        return "<xml>\n<Encrypt><![CDATA[" + encrypted + "]]></Encrypt>\n<MsgSignature><![CDATA["
                + signature(timestamp, nonce, encrypted) + "]]></MsgSignature>\n<TimeStamp>" + timestamp
                + "</TimeStamp>\n<Nonce><![CDATA[" + nonce + "]]></Nonce>\n</xml>";
    }

    /** WxJava's block ({@code random ‖ length ‖ content ‖ CorpID ‖ padding}) encrypted and in Base64. */
    @Override
    public String encrypt(String randomStr, String plainText) {
        byte[] random = randomStr.getBytes(StandardCharsets.UTF_8);
        byte[] content = plainText.getBytes(StandardCharsets.UTF_8);
        int unpadded = random.length + 4 + content.length + corpBytes.length;
        byte[] padding = PKCS7Encoder.encode(unpadded);
        ByteBuffer block = ByteBuffer.allocate(unpadded + padding.length);
        block.put(random).putInt(content.length).put(content).put(corpBytes).put(padding);
        try {
            return Base64.getEncoder().encodeToString(encryptors.get().doFinal(block.array()));
        } catch (GeneralSecurityException | RuntimeException e) {
            encryptors.remove();
            throw new IllegalStateException("AES encryption failed", e);
        }
    }

    private static String randomString() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] chars = new char[16];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = RANDOM_CHARS[random.nextInt(RANDOM_CHARS.length)];
        }
        return new String(chars);
    }

    private static Cipher cipher(int mode, SecretKeySpec key, IvParameterSpec iv) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(mode, key, iv);
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/CBC is missing", e);
        }
    }

    private static MessageDigest newSha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-1 is missing", e);
        }
    }
}
