package cn.duban.assistant.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.duban.assistant.files.MalformedFileException;

class VocabularyTest {

    @Test
    void wordsAreFoundAndRemovedLongestFirst() {
        Vocabulary vocabulary = Vocabulary.bundled();

        assertThat(vocabulary.foundIn("withdraw", "请撤回刚才那条")).isTrue();
        assertThat(vocabulary.foundIn("withdraw", "新增城镇就业120人")).isFalse();
        assertThat(vocabulary.without("politeness", "麻烦你撤回吧").strip()).isEqualTo("撤回");
        assertThat(vocabulary.spans("running-total", "本周新增30人，累计350人")).singleElement()
                .satisfies(span -> assertThat(span).containsExactly(8, 10));
    }

    @Test
    void aCountyReplacesAWholeKey(@TempDir Path config) throws IOException {
        Files.writeString(config.resolve("vocabulary.properties"), "greeting=老铁、在不\n", StandardCharsets.UTF_8);
        Vocabulary vocabulary = Vocabulary.withOverridesIn(config);

        assertThat(vocabulary.set("greeting")).containsExactlyInAnyOrder("老铁", "在不");
        assertThat(vocabulary.set("thanks")).contains("谢谢");
    }

    @Test
    void anUnknownKeyOrABrokenPatternStopsStartNamingIt(@TempDir Path config) throws IOException {
        Files.writeString(config.resolve("vocabulary.properties"), "greting=你好\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Vocabulary.withOverridesIn(config)).isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("greting");

        Files.writeString(config.resolve("vocabulary.properties"), "asking.pattern=(几\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Vocabulary.withOverridesIn(config)).isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("asking.pattern").hasMessageContaining("正则");
    }
}
