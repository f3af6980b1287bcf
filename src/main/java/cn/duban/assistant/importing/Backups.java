package cn.duban.assistant.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Names of the dated copies kept when a knowledge file is replaced ({@code tasks.20230630-101500.yml}). */
final class Backups {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Backups() {
    }

    /**
     * A free name for a copy of {@code stem}.yml in {@code dir}, stamped with the time to the second; a second copy in
     * the same second gets {@code -2}, {@code -3}…, so that no earlier copy is overwritten and no import fails.
     */
    static Path freeName(Path dir, String stem) {
        String stamp = LocalDateTime.now().format(STAMP);
        Path name = dir.resolve(stem + "." + stamp + ".yml");
        for (int n = 2; Files.exists(name); n++) {
            name = dir.resolve(stem + "." + stamp + "-" + n + ".yml");
        }
        return name;
    }
}
