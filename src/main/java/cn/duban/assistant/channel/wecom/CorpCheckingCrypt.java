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
 * WxJava's callback crypto, plus the check WxJava leaves out: the receiveid at the end of the decrypted text must be
 * our CorpID. Decryption, padding and signatures are WxJava's ({@link WxCryptUtil}, {@link PKCS7Encoder},
 * {@link SHA1}); only the receiveid is read here, with the key WxJava derived.
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

    /** The ciphertext cannot be decrypted. */
    static final class Undecryptable extends RuntimeException {
        Undecryptable(Throwable cause) {
            super("cannot decrypt: " + cause.getMessage(), cause);
        }
    }

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
        String plaintext;
        try {
            plaintext = decrypt(encrypted);
        } catch (RuntimeException e) {
            throw new Undecryptable(e);
        }
        if (!corpId.equals(receiveId(encrypted))) {
            throw new WrongCorp();
        }
        return plaintext;
    }

    private String receiveId(String encrypted) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(aesKey, "AES"), new IvParameterSpec(Arrays.copyOfRange(aesKey, 0, 16)));
            byte[] plain = PKCS7Encoder.decode(cipher.doFinal(Base64.getMimeDecoder().decode(encrypted)));
            int length = ByteBuffer.wrap(plain, 16, 4).getInt();
            return new String(plain, 20 + length, plain.length - 20 - length, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new Undecryptable(e);
        }
    }
}
