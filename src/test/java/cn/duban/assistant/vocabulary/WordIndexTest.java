package cn.duban.assistant.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Finding a key's words at a place in a message, the longest first, with characters that share a filter bit. */
class WordIndexTest {

    @Test
    void theLongestWordAtAPlaceIsFoundAndOtherPlacesFindNone() {
        WordIndex index = WordIndex.of(List.of("新增城镇就业", "新增", "就业", "专精特新"));
        String text = "常家镇新增城镇就业120人,专精特新2家";

        assertThat(index.wordAt(text, 3)).isEqualTo("新增城镇就业");
        assertThat(index.wordAt(text, 7)).isEqualTo("就业");
        assertThat(index.wordAt(text, 14)).isEqualTo("专精特新");
        assertThat(index.wordAt(text, 0)).isNull();
        assertThat(index.wordAt(text, 9)).isNull();
    }

    @Test
    void aCharacterSharingAFirstCharactersFilterBitStartsNoWord() {
        // 'A' (65) and '\u0081' (129) share bit 1 of the 64-bit filter: only the word's own first character starts it
        WordIndex index = WordIndex.of(List.of("A1", "新增"));

        assertThat(index.wordAt("\u0081" + "1", 0)).isNull();
        assertThat(index.wordAt("A1", 0)).isEqualTo("A1");
        assertThat(index.wordAt("A2", 0)).isNull();
        assertThat(index.wordAt("新增", 0)).isEqualTo("新增");
    }

    @Test
    void noWordsFindNothingAndEmptyWordsAreLeftOut() {
        assertThat(WordIndex.of(List.of()).wordAt("新增", 0)).isNull();
        assertThat(WordIndex.of(List.of("", "新增")).wordAt("新增", 0)).isEqualTo("新增");
    }
}
