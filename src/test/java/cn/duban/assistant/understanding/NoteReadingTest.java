package cn.duban.assistant.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.duban.assistant.vocabulary.Vocabulary;

/** The percent of a progress note: exact forms are read, unsure ones are given back as said, never guessed. */
class NoteReadingTest {

    private final NoteReading reading = new NoteReading(Vocabulary.bundled());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "一期厂房主体完工 进度60%      | 60",
            "一期厂房主体完工 进度６０％    | 60",
            "完成百分之七十五              | 75",
            "庆云段桥梁桩基完成八成，下月架梁 | 80",
            "桩基完成八成五                | 85",
            "桩基完成十成                  | 100",
            "桩基完成一半                  | 50",
            "完成62.5%                     | 62.5",
    })
    void exactPercentsAreRead(String note, String percent) {
        NoteDraft draft = reading.draft(note);
        assertThat(draft.unsure()).isNull();
        assertThat(draft.percent()).isEqualByComparingTo(percent);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "桩基完成过半", "桩基完成大半", "桩基约60%", "进度60%左右", "桩基完成七八成", "桩基完成八成多",
            "一期完成80%，二期完成30%", "完成120%", "大部分已完工",
    })
    void unsurePercentsAreNotGuessed(String note) {
        NoteDraft draft = reading.draft(note);
        assertThat(draft.unsure()).isNotBlank();
        assertThat(draft.percent()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "已全面完成 | true", "主体已竣工 | true", "全部完成 | true", "已完成80% | false", "尚未完成 | false",
            "新植苗木3万株 | false", "建成投用一批 | false",
    })
    void theWordsOfAFinishedTaskWithoutAPercentMarkItDone(String note, boolean done) {
        assertThat(reading.draft(note).done()).isEqualTo(done);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "更正 进度90%           | 进度90%      | 90",
            "更正：桩基完成九成     | 桩基完成九成 | 90",
            "更正为开始架梁         | 开始架梁     | ",
    })
    void aCorrectionKeepsTheNewWords(String message, String text, String percent) {
        NoteDraft draft = reading.correction(message);
        assertThat(draft.text()).isEqualTo(text);
        if (percent == null) {
            assertThat(draft.percent()).isNull();
        } else {
            assertThat(draft.percent()).isEqualByComparingTo(percent);
        }
    }
}
