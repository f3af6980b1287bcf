package cn.duban.assistant.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.duban.assistant.knowledge.BundledKnowledge;
import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.redis.TestRedis;

/**
 * Settling a change that got no answer: it is found recorded, or made void for good; a resend naming the earlier
 * message is that message's report, or takes its place so that the earlier one, arriving late, records nothing.
 */
class LedgerSettleTest {

    private final Ledger ledger = new Ledger(TestRedis.fresh(), Duration.ofHours(48));
    private final Target jobs = BundledKnowledge.knowledge().target("new-urban-jobs").orElseThrow();

    private Ledger.Outcome report(String messageId, String earlier) {
        return ledger.record(messageId, Instant.now(), "lisi", "常家镇", List.of(new Ledger.Change(jobs, LedgerEntry.ADD,
                BigDecimal.valueOf(120))), "新增城镇就业120人", "", Duration.ZERO, false, earlier);
    }

    @Test
    void aMessageThatRanIsFoundRecorded() {
        Ledger.Outcome first = report("m-1", "");

        assertThat(ledger.settle("m-1", Instant.now(), "lisi")).isInstanceOfSatisfying(Ledger.Outcome.AlreadyRecorded.class,
                again -> assertThat(again.entries()).extracting(LedgerEntry::id)
                        .containsExactlyElementsOf(((Ledger.Outcome.Recorded) first).entries().stream().map(LedgerEntry::id).toList()));
    }

    @Test
    void aMessageSettledAsNotRecordedNeverRecordsAfterwards() {
        assertThat(ledger.settle("m-2", Instant.now(), "lisi")).isInstanceOf(Ledger.Outcome.NotRecorded.class);

        assertThat(report("m-2", "")).isInstanceOf(Ledger.Outcome.NotRecorded.class);
        assertThat(ledger.entriesForMessage("m-2")).isEmpty();
        assertThat(ledger.countyFigure(jobs)).isNull();
        assertThat(ledger.settle("m-2", Instant.now(), "lisi")).isInstanceOf(Ledger.Outcome.NotRecorded.class);
    }

    @Test
    void aResendOfARecordedMessageIsThatMessagesReport() {
        report("m-3", "");

        assertThat(report("m-4", "m-3")).isInstanceOf(Ledger.Outcome.AlreadyRecorded.class);
        assertThat(ledger.countyFigure(jobs)).isEqualByComparingTo("120");
        assertThat(ledger.entryCount()).isEqualTo(1);
    }

    @Test
    void aResendThatArrivesFirstTakesTheEarlierMessagesPlace() {
        assertThat(report("m-6", "m-5")).isInstanceOf(Ledger.Outcome.Recorded.class);

        assertThat(report("m-5", "")).as("the earlier message, arriving late").isInstanceOf(Ledger.Outcome.AlreadyRecorded.class);
        assertThat(ledger.countyFigure(jobs)).isEqualByComparingTo("120");
        assertThat(ledger.entryCount()).isEqualTo(1);
    }

    @Test
    void aResendAfterTheEarlierWasSettledVoidIsRecorded() {
        ledger.settle("m-7", Instant.now(), "lisi");

        assertThat(report("m-8", "m-7")).isInstanceOf(Ledger.Outcome.Recorded.class);
        assertThat(ledger.countyFigure(jobs)).isEqualByComparingTo("120");
    }
}
