package cn.duban.assistant.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.duban.assistant.files.MalformedFileException;

class RepliesTest {

    @Test
    void placeholdersTakeTheArgumentsAsText() {
        assertThat(Replies.bundled().text("reporting.recorded", "常家镇", "新增城镇就业", "+12000人"))
                .isEqualTo("已记录：常家镇 新增城镇就业 +12000人");
        assertThat(Replies.bundled().text("format.date", 2023, 1, 1)).isEqualTo("2023年1月1日");
    }

    @Test
    void aCountysFileReplacesTheKeysItNames(@TempDir Path config) throws IOException {
        Files.writeString(config.resolve("replies.properties"), "talk.THANKS=不用谢，{0}！\n", StandardCharsets.UTF_8);
        Replies replies = Replies.withOverridesIn(config.toString());

        assertThat(replies.text("talk.THANKS", "李四")).isEqualTo("不用谢，李四！");
        assertThat(replies.text("talk.GOODBYE")).isEqualTo(Replies.bundled().text("talk.GOODBYE"));
    }

    @Test
    void quotesFollowMessageFormat(@TempDir Path config) throws IOException {
        Files.writeString(config.resolve("replies.properties"), "talk.THANKS=it''s '{0}' {0}\n", StandardCharsets.UTF_8);

        assertThat(Replies.withOverridesIn(config.toString()).text("talk.THANKS", "x")).isEqualTo("it's {0} x");
    }

    @Test
    void aBrokenPlaceholderStopsStartNamingTheKey(@TempDir Path config) throws IOException {
        Files.writeString(config.resolve("replies.properties"), "talk.THANKS=谢谢{0\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Replies.withOverridesIn(config.toString())).isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("talk.THANKS").hasMessageContaining("replies.properties");
    }

    @Test
    void aClosingBraceWithoutItsOpeningStopsStartNamingTheKey(@TempDir Path config) throws IOException {
        Files.writeString(config.resolve("replies.properties"), "talk.THANKS=谢谢0}\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Replies.withOverridesIn(config.toString())).isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("talk.THANKS").hasMessageContaining("多了一个 }");
        Files.writeString(config.resolve("replies.properties"), "talk.THANKS=谢谢'}'\n", StandardCharsets.UTF_8);
        assertThat(Replies.withOverridesIn(config.toString()).text("talk.THANKS")).isEqualTo("谢谢}");
    }

    @Test
    void aKeyTheBundleDoesNotHaveStopsStart(@TempDir Path config) throws IOException {
        Files.writeString(config.resolve("replies.properties"), "talk.THANK=谢谢\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Replies.withOverridesIn(config.toString())).isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("talk.THANK");
    }

    @Test
    void aCountysFileInAnotherEncodingOrWithABrokenEscapeIsToldInChinese(@TempDir Path config) throws IOException {
        Files.write(config.resolve("replies.properties"), "talk.THANKS=不用谢，{0}！\n".getBytes(java.nio.charset.Charset.forName("GB18030")));
        assertThatThrownBy(() -> Replies.withOverridesIn(config.toString())).isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("不是 UTF-8 编码").hasMessageNotContaining("Input length");

        Files.writeString(config.resolve("replies.properties"), "talk.THANKS=\\u4e0g\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Replies.withOverridesIn(config.toString())).isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("转义").hasMessageNotContaining("Malformed");
    }
}
