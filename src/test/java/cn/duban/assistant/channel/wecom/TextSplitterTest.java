package cn.duban.assistant.channel.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextSplitterTest {

    @Test
    void piecesFitTheLimitAndJoinBackToTheText() {
        String text = ("常家镇新增城镇就业120人,完成42.9%。\n" + "😀" + "abc").repeat(120);

        List<String> pieces = TextSplitter.split(text, 2048);

        assertThat(pieces).hasSizeGreaterThan(1).allSatisfy(piece -> assertThat(TextSplitter.utf8Length(piece)).isLessThanOrEqualTo(2048));
        assertThat(String.join("", pieces)).isEqualTo(text);
    }

    @Test
    void aPieceEndsAtALineBreakWhenOneIsInItsSecondHalf() {
        String text = "甲".repeat(500) + "\n" + "乙".repeat(500);

        List<String> pieces = TextSplitter.split(text, 2048);

        assertThat(pieces.get(0)).endsWith("\n");
        assertThat(pieces.get(1)).startsWith("乙");
    }

    @Test
    void shortTextIsOnePiece() {
        assertThat(TextSplitter.split("你好", 2048)).containsExactly("你好");
    }
}
