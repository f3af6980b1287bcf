package cn.duban.assistant.channel.wecom;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import me.chanjar.weixin.common.util.crypto.PKCS7Encoder;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;

/**
 * WxJava's callback crypto, plus two checks WxJava leaves out. The decrypted block is {@code random(16) ‖ length(4) ‖
 * content ‖ receiveid}: its length field is checked against the block before anything is allocated for it (WxJava
 * trusts it, so a ciphertext decrypted with the wrong key — an EncodingAESKey regenerated in the admin console —
 * made it allocate up to 2 GB), and the receiveid must be our CorpID. The key is the one WxJava derived, the
 * cipher the one it uses (AES-256-CBC, the IV the key's first 16 bytes, no padding but WeChat Work's PKCS#7 to
 * 32 bytes: {@link PKCS7Encoder}); signatures and encryption of replies are WxJava's ({@link SHA1},
 * {@link WxCryptUtil}). Tencent's sample vector checks this in the tests.
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

    private final String corpId;

    CorpCheckingCrypt(String token, String aesKey, String corpId) {
        super(token, aesKey, corpId);
        this.corpId = corpId;
    }

    void verify(String signature, String timestamp, String nonce, String encrypted) {
        if (!SHA1.gen(token, timestamp, nonce, encrypted).equals(signature)) {
            throw new BadSignature();
        }
    }

    /** The plaintext of a verified ciphertext, after checking that it was meant for our corp. */
    String open(String encrypted) {
        byte[] block = decryptBlock(encrypted);
        if (block.length < HEADER_BYTES) {
            throw new Undecryptable("decrypted block of " + block.length + " bytes is shorter than its header", true);
        }
        int length = ByteBuffer.wrap(block, 16, 4).getInt();
        if (length < 0 || length > block.length - HEADER_BYTES) {
            throw new Undecryptable("length field " + length + " does not fit the decrypted block of " + block.length + " bytes",
                    true);
        }
        String receiveId = new String(block, HEADER_BYTES + length, block.length - HEADER_BYTES - length, StandardCharsets.UTF_8);
        if (!corpId.equals(receiveId)) {
            throw new WrongCorp();
        }
        return new String(block, HEADER_BYTES, length, StandardCharsets.UTF_8);
    }

    private byte[] decryptBlock(String encrypted) {
        byte[] ciphertext;
        try {
            ciphertext = Base64.getMimeDecoder().decode(encrypted);
        } catch (IllegalArgumentException e) {
            throw new Undecryptable("ciphertext is not Base64: " + e.getMessage(), false);
        }
        if (ciphertext.length == 0 || ciphertext.length % 16 != 0) {
            throw new Undecryptable("ciphertext of " + ciphertext.length + " bytes is not a whole number of AES blocks", false);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(aesKey, "AES"), new IvParameterSpec(Arrays.copyOfRange(aesKey, 0, 16)));
            return PKCS7Encoder.decode(cipher.doFinal(ciphertext));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new Undecryptable("AES: " + e, true);
        }
    }
}
