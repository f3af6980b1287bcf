package cn.duban.assistant.tasks;

import static cn.duban.assistant.ledger.LedgerUnavailableException.guarded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import redis.clients.jedis.UnifiedJedis;

/**
 * The photos attached to notes (佐证材料): each file under the data folder at
 * {@code evidence/<task-id>/<note-id>-<k>.<ext>}, written to a temporary file and moved into place, and its reference
 * in Redis beside the notes: {@code tn:ev:<note-id>} maps each photo's SHA-256 to {@code k, path, message id, time},
 * written once (HSETNX) and never changed, so the same photo again is not stored twice;
 * {@code tn:evseq:<note-id>} numbers a note's photos.
 */
public class EvidenceStore {

    private final UnifiedJedis redis;
    private final Path dataFolder;

    /** Photos under {@code dataFolder/evidence}, referenced in this Redis. */
    public EvidenceStore(UnifiedJedis redis, Path dataFolder) {
        this.redis = redis;
        this.dataFolder = dataFolder;
    }

    /**
     * What attaching a photo came to.
     *
     * @param path  the file, relative to the data folder
     * @param count the note's photos now
     * @param fresh false when this photo was attached to the note before (nothing stored)
     */
    public record Attached(String path, int count, boolean fresh) {
    }

    /** Attaches a photo to a note, once per photo (its SHA-256). */
    public Attached attach(TaskNote note, byte[] bytes, String extension, String messageId, Instant at) {
        String sha = sha256(bytes);
        String key = TaskNotes.PREFIX + "ev:" + note.id();
        String earlier = guarded(() -> redis.hget(key, sha));
        if (earlier != null) {
            return new Attached(earlier.split("\t")[1], count(note.id()), false);
        }
        long k = guarded(() -> redis.incr(TaskNotes.PREFIX + "evseq:" + note.id()));
        String relative = "evidence/" + note.taskId() + "/" + note.id() + "-" + k + "." + extension;
        Path file = dataFolder.resolve(relative);
        write(file, bytes);
        String value = String.join("\t", Long.toString(k), relative, messageId, Long.toString(at.toEpochMilli()));
        if (guarded(() -> redis.hsetnx(key, sha, value)) == 0) {
            delete(file);
            String first = guarded(() -> redis.hget(key, sha));
            return new Attached(first.split("\t")[1], count(note.id()), false);
        }
        return new Attached(relative, count(note.id()), true);
    }

    /** How many photos a note has (its own entry only). */
    public int count(long noteId) {
        return guarded(() -> redis.hlen(TaskNotes.PREFIX + "ev:" + noteId)).intValue();
    }

    /** The photos of one note (its own entry only), as files under the data folder, in the order they came. */
    public java.util.List<Path> photos(long noteId) {
        java.util.Map<String, String> photos = guarded(() -> redis.hgetAll(TaskNotes.PREFIX + "ev:" + noteId));
        return photos.values().stream().map(value -> value.split("\t"))
                .sorted(java.util.Comparator.comparingLong(fields -> Long.parseLong(fields[0])))
                .map(fields -> dataFolder.resolve(fields[1])).toList();
    }

    /** The data folder the paths are relative to. */
    public Path dataFolder() {
        return dataFolder;
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), ".photo-", ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("佐证材料无法写入 " + file, e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stray copy of a photo already referenced: harmless
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

}
