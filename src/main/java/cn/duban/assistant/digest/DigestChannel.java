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

    /**
     * Whether this channel can reach the recipient as {@code assistant.digest.recipients} names it (a UserID,
     * {@code party:ID}, {@code tag:ID}, {@code chat:ID}); with several channels the first that can is used.
     */
    default boolean reaches(String recipient) {
        return true;
    }

    /**
     * The channels as one: each recipient through the first channel that reaches it (the app before the bot).
     *
     * @return null without channels (WeChat Work not configured)
     */
    static DigestChannel firstReaching(java.util.List<DigestChannel> channels) {
        if (channels.isEmpty()) {
            return null;
        }
        return new DigestChannel() {
            @Override
            public boolean sendDigest(String recipient, String text) {
                DigestChannel channel = reaching(recipient);
                return channel != null && channel.sendDigest(recipient, text);
            }

            @Override
            public boolean sendImage(String recipient, byte[] png) {
                DigestChannel channel = reaching(recipient);
                return channel != null && channel.sendImage(recipient, png);
            }

            @Override
            public boolean reaches(String recipient) {
                return reaching(recipient) != null;
            }

            private DigestChannel reaching(String recipient) {
                return channels.stream().filter(channel -> channel.reaches(recipient)).findFirst().orElse(null);
            }
        };
    }
}
