package cn.duban.assistant.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    @Test
    void copiesMadeInTheSameSecondGetDifferentNamesAndNoneIsOverwritten(@TempDir Path dir) throws Exception {
        Path first = Backups.freeName(dir, "tasks");
        Files.writeString(first, "first");
        Path second = Backups.freeName(dir, "tasks");
        Files.writeString(second, "second");
        Path third = Backups.freeName(dir, "tasks");

        assertThat(first.getFileName().toString()).matches("tasks\\.\\d{8}-\\d{6}\\.yml");
        assertThat(second).isNotEqualTo(first);
        assertThat(third).isNotIn(first, second);
        assertThat(Files.readString(first)).isEqualTo("first");
    }
}
