package cn.duban.assistant.channel.wecom;

import java.nio.charset.StandardCharsets;

/**
 * The outer XML of a POST callback, {@code <xml><ToUserName/><Encrypt/><AgentID/></xml>}, read by {@link CallbackXml},
 * which knows no DTD, so no external entity is ever resolved.
 *
 * @param encrypt the ciphertext
 */
record CallbackEnvelope(String encrypt) {

    static CallbackEnvelope parse(byte[] body) {
        String encrypt = CallbackXml.read(new String(body, StandardCharsets.UTF_8)).get("Encrypt");
        if (encrypt == null || encrypt.isBlank()) {
            throw new CallbackXml.Malformed("no <Encrypt> element");
        }
        return new CallbackEnvelope(encrypt.strip());
    }
}
