package cn.duban.assistant.digest;

/** Where digests go (WeChat Work); the digest knows nothing about the channel. */
public interface DigestChannel {

    /**
     * Sends a digest to one recipient, asking the channel to drop an identical copy sent shortly before.
     *
     * @return whether the channel accepted all of it
     */
    boolean sendDigest(String userId, String text);

    /** Sends a PNG image to one recipient; returns whether the channel accepted it. */
    boolean sendImage(String userId, byte[] png);
}
