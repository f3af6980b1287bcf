package cn.duban.assistant.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import cn.duban.assistant.tasks.TaskNotes;
import redis.clients.jedis.UnifiedJedis;

/** A script run by its SHA1 on a real Redis is loaded again after Redis forgot it (a restart, SCRIPT FLUSH). */
class LuaScriptTest {

    @Test
    void aFlushedScriptIsLoadedAgain() {
        UnifiedJedis redis = TestRedis.fresh();
        TaskNotes notes = new TaskNotes(redis, Duration.ofHours(1));
        Instant now = Instant.parse("2023-06-30T02:00:00Z");
        notes.note("m1", now, "lisi", "常家镇", "jinwei-railway", "桩基完成六成", "津潍高铁:桩基完成六成", null, false);

        redis.scriptFlush();
        notes.note("m2", now, "lisi", "常家镇", "jinwei-railway", "桩基完成八成", "津潍高铁:桩基完成八成", null, false);

        assertThat(notes.notes("jinwei-railway", 5)).hasSize(2);
    }

    @Test
    void aMissingScriptIsABrokenBuildNamedAtOnce() {
        assertThatThrownBy(() -> new LuaScript("/no/such.lua", "k")).hasMessageContaining("/no/such.lua");
    }
}
