package cn.duban.assistant.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import cn.duban.assistant.redis.TestRedis;
import redis.clients.jedis.UnifiedJedis;

/** The task notes on a real Redis: append-only, exactly once per message id, 撤回/更正 keep history, 核实 closes. */
class TaskNotesTest {

    private static final Instant T0 = Instant.parse("2023-06-30T02:00:00Z");
    private final UnifiedJedis redis = TestRedis.fresh();
    private final TaskNotes notes = new TaskNotes(redis, Duration.ofHours(48));

    @Test
    void aNoteIsKeptOnceAndReadNewestFirst() {
        notes.note("m1", T0, "lisi", "常家镇", "jinwei-railway", "桩基完成八成", "津潍高铁：桩基完成八成", new BigDecimal("80"), false);
        TaskNotes.Result again = notes.note("m1", T0, "lisi", "常家镇", "jinwei-railway", "桩基完成八成", "x", new BigDecimal("80"), false);
        notes.note("m2", T0.plusSeconds(60), "jiaotong", "县交通运输局", "jinwei-railway", "开始架梁", "津潍高铁 开始架梁", null, false);

        assertThat(again.status()).isEqualTo("duplicate");
        assertThat(again.entry().raw()).isEqualTo("津潍高铁：桩基完成八成");
        assertThat(notes.notes("jinwei-railway", 3)).extracting(TaskNote::text).containsExactly("开始架梁", "桩基完成八成");
        assertThat(notes.notes("jinwei-railway", 3).get(1).percent()).isEqualByComparingTo("80");
        assertThat(notes.history("jinwei-railway")).hasSize(2);
        assertThat(redis.keys("duban:{ledger}:tn:*")).allMatch(key -> key.startsWith("duban:{ledger}:tn:"));
    }

    @Test
    void withdrawAndCorrectAppendEntriesAndKeepTheOriginal() {
        TaskNote first = notes.note("m1", T0, "lisi", "常家镇", "jinwei-railway", "桩基完成八成", "r", new BigDecimal("80"), false).entry();
        TaskNote second = notes.note("m2", T0, "lisi", "常家镇", "jinwei-railway", "桩基完成九成", "r", new BigDecimal("90"), false).entry();

        TaskNotes.Result corrected = notes.correct("m3", T0, "lisi", second.id(), "桩基完成九成五", "更正", new BigDecimal("95"), false);
        assertThat(corrected.entry().ref()).isEqualTo(second.id());
        assertThat(notes.entry(second.id()).orElseThrow().status()).isEqualTo("corrected");
        assertThat(notes.notes("jinwei-railway", 3)).extracting(TaskNote::text).containsExactly("桩基完成九成五", "桩基完成八成");

        notes.withdraw("m4", T0, "lisi", corrected.entry().id(), "撤回");
        assertThat(notes.notes("jinwei-railway", 3)).extracting(TaskNote::text).containsExactly("桩基完成八成");
        assertThat(notes.lastNote("lisi")).hasValueSatisfying(note -> assertThat(note.id()).isEqualTo(first.id()));
        assertThat(notes.withdraw("m5", T0, "lisi", 999, "撤回").status()).isEqualTo("changed");
        assertThat(notes.history("jinwei-railway")).extracting(TaskNote::kind).containsExactly("note", "note", "correct", "withdraw");
    }

    @Test
    void aFinishedNoteWaitsForAnOfficialsVerification() {
        assertThat(notes.verify("v0", T0, "zhangsan", "jinwei-railway", "核实").status()).isEqualTo("notdone");
        TaskNote done = notes.note("m1", T0, "lisi", "常家镇", "jinwei-railway", "已全面完成", "r", null, true).entry();
        assertThat(notes.state("jinwei-railway").state()).isEqualTo(TaskState.State.DONE_UNVERIFIED);

        notes.withdraw("m2", T0, "lisi", done.id(), "撤回");
        assertThat(notes.state("jinwei-railway").state()).isEqualTo(TaskState.State.OPEN);

        notes.note("m3", T0, "lisi", "常家镇", "jinwei-railway", "已竣工", "r", null, true);
        assertThat(notes.verify("v1", T0.plusSeconds(5), "zhangsan", "jinwei-railway", "核实").status()).isEqualTo("ok");
        assertThat(notes.verify("v1", T0.plusSeconds(5), "zhangsan", "jinwei-railway", "核实").status()).isEqualTo("duplicate");
        assertThat(notes.verify("v2", T0, "zhangsan", "jinwei-railway", "核实").status()).isEqualTo("verified");
        TaskState state = notes.state("jinwei-railway");
        assertThat(state.state()).isEqualTo(TaskState.State.VERIFIED);
        assertThat(state.userId()).isEqualTo("zhangsan");
        assertThat(state.at()).isEqualTo(T0.plusSeconds(5));
    }
}
