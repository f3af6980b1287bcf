package cn.duban.assistant.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.duban.assistant.files.MalformedFileException;
import cn.duban.assistant.knowledge.BundledKnowledge;

class RosterLoaderTest {

    @TempDir
    Path dir;

    @Test
    void theExampleRosterHasOfficialsAndTheTownshipsReporters() {
        Roster roster = RosterLoader.load(Path.of("config/roster.yml"), BundledKnowledge.knowledge());

        assertThat(roster.official("zhangsan")).hasValueSatisfying(o -> assertThat(o.title()).isEqualTo("副县长"));
        assertThat(roster.reporter("lisi")).hasValueSatisfying(r -> {
            assertThat(r.unit()).isEqualTo("常家镇");
            assertThat(r.mayReport("new-urban-jobs")).isTrue();
            assertThat(r.mayReport("tech-upgrade-investment")).isFalse();
        });
        assertThat(roster.units()).contains("常家镇", "县人社局");
        assertThat(roster.unitsReporting("new-urban-jobs")).contains("常家镇", "县人社局").doesNotContain("县工信局");
        assertThat(roster.knows("nobody")).isFalse();
    }

    @Test
    void targetsMayBeNamedAndAnUnknownOneNamesItsLine() {
        Path file = dir.resolve("roster.yml");
        BundledKnowledge.write(file, "reporters:\n  - userid: a\n    unit: 常家镇\n    targets: [新增城镇就业]\n"
                + "  - userid: b\n    unit: 尚堂镇\n    targets: [招商引资]\n");

        assertThatThrownBy(() -> RosterLoader.load(file, BundledKnowledge.knowledge()))
                .isInstanceOfSatisfying(MalformedFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(7);
                    assertThat(e.field()).isEqualTo("reporters[2].targets");
                    assertThat(e.getMessage()).contains("招商引资");
                });
    }

    @Test
    void aReporterNeedsAUnitAndUserIdsAreUnique() {
        Path file = dir.resolve("roster.yml");
        BundledKnowledge.write(file, "reporters:\n  - userid: a\n    name: 甲\n");
        assertThatThrownBy(() -> RosterLoader.load(file, BundledKnowledge.knowledge()))
                .isInstanceOfSatisfying(MalformedFileException.class, e -> assertThat(e.field()).isEqualTo("reporters[1].unit"));

        BundledKnowledge.write(file, "officials:\n  - userid: a\nreporters:\n  - userid: a\n    unit: 常家镇\n");
        assertThatThrownBy(() -> RosterLoader.load(file, BundledKnowledge.knowledge()))
                .isInstanceOfSatisfying(MalformedFileException.class, e -> assertThat(e.getMessage()).contains("重复"));
    }

    @Test
    void aMissingRosterFileStopsStartNamingTheFileAndTheSetting() {
        assertThatThrownBy(() -> RosterLoader.load(dir.resolve("missing.yml"), BundledKnowledge.knowledge()))
                .isInstanceOfSatisfying(MalformedFileException.class, e -> {
                    assertThat(e.getMessage()).contains("missing.yml", "找不到");
                    assertThat(e.fix()).contains("assistant.roster");
                });
    }

    @Test
    void anEmptyRosterFileMeansNobodyMayReport() {
        Path file = dir.resolve("roster.yml");
        BundledKnowledge.write(file, "");

        assertThat(RosterLoader.load(file, BundledKnowledge.knowledge()).reporters()).isEmpty();
    }
}
