package cn.duban.assistant.conversation;

import java.util.Optional;

/**
 * A file that came with a message (so far: a photo), as the channel downloaded it. Only images are taken — JPEG, PNG,
 * GIF and WEBP, told by their first bytes, never by a name or a declared type — of at most {@link #MOST_BYTES}.
 *
 * @param bytes the file's bytes
 */
public record Attachment(byte[] bytes) {

    /** The largest file taken (10 MB); channels stop downloading past it. */
    public static final int MOST_BYTES = 10 * 1024 * 1024;

    /** The image's file extension ({@code jpg}, {@code png}, {@code gif}, {@code webp}); empty when not an image. */
    public Optional<String> imageType() {
        byte[] b = bytes;
        if (b == null || b.length > MOST_BYTES || b.length < 12) {
            return Optional.empty();
        }
        if ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of("jpg");
        }
        if ((b[0] & 0xFF) == 0x89 && starts(b, 1, "PNG\r\n\u001a\n")) {
            return Optional.of("png");
        }
        if (starts(b, 0, "GIF87a") || starts(b, 0, "GIF89a")) {
            return Optional.of("gif");
        }
        if (starts(b, 0, "RIFF") && starts(b, 8, "WEBP")) {
            return Optional.of("webp");
        }
        return Optional.empty();
    }

    /** Whether it is an image the assistant takes. */
    public boolean isImage() {
        return imageType().isPresent();
    }

    private static boolean starts(byte[] bytes, int at, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            if (bytes[at + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "Attachment[" + bytes.length + " bytes]";
    }
}
