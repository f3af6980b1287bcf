package cn.duban.assistant.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DigestScheduleTest {

    @ParameterizedTest
    @CsvSource({
            "2023-06-30T09:15+08:00[Asia/Shanghai], true",   // a Friday, after 08:30: missed, send now
            "2023-06-30T08:29+08:00[Asia/Shanghai], false",  // before the run: the schedule will send it
            "2023-07-01T10:00+08:00[Asia/Shanghai], false",  // Saturday: no digest
            "2023-06-30T08:30+08:00[Asia/Shanghai], true"})
    void aDigestMissedEarlierTodayIsSentAtStartup(ZonedDateTime now, boolean missed) {
        assertThat(DigestSchedule.wasDueEarlierToday("0 30 8 * * MON-FRI", now)).isEqualTo(missed);
    }
}
