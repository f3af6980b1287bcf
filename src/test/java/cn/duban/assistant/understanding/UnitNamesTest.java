package cn.duban.assistant.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.duban.assistant.roster.Reporter;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.vocabulary.Vocabulary;

/** A roster unit said in a message, and a county that starts like it (青山县 is not 青山镇). */
class UnitNamesTest {

    private final UnitNames names = new UnitNames(
            new Roster(List.of(), List.of(new Reporter("wang", "王五", "青山镇", List.of()))), List.of("青山县"), Vocabulary.bundled());

    @Test
    void aUnitIsNamedWithOrWithoutItsSuffixButNotByTheCountyThatStartsLikeIt() {
        assertThat(names.rosterUnitIn("青山镇报了多少")).contains("青山镇");
        assertThat(names.rosterUnitIn("青山报了多少")).contains("青山镇");
        assertThat(names.rosterUnitIn("青山县固投增长多少")).isEmpty();
        assertThat(names.rosterUnitIn("青山县就业多少人了")).isEmpty();
    }
}
