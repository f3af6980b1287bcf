package cn.duban.assistant.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.duban.assistant.config.TestProperties;
import cn.duban.assistant.conversation.Attachment;
import cn.duban.assistant.conversation.InboundMessage;
import cn.duban.assistant.conversation.TestAssistant;
import cn.duban.assistant.redis.TestRedis;
import redis.clients.jedis.UnifiedJedis;

/** Photos sent after a note become its 佐证材料: through the conversation core, on a real Redis and a data folder. */
class EvidenceTest {

    private static final Path ROSTER = Path.of("src/test/resources/tasks/roster.yml");
    private static final String NOTE = "津潍高铁：庆云段桥梁桩基完成八成，下月架梁";

    @TempDir
    Path data;
    private final UnifiedJedis redis = TestRedis.fresh();
    private TestAssistant assistant;

    private TestAssistant assistant() {
        if (assistant == null) {
            assistant = new TestAssistant(redis, TestProperties.withData(LocalDate.of(2023, 6, 30), data), ROSTER);
        }
        return assistant;
    }

    private String photo(String messageId, String user, byte[] bytes, Instant at) {
        return assistant().core().handle(new InboundMessage(messageId, user, "", at, new Attachment(bytes))).text();
    }

    private Instant now() {
        return assistant().clock().now().toInstant();
    }

    @Test
    void aPhotoRightAfterANoteIsAttachedAndTheCardCountsIt() {
        assistant().say("lisi", NOTE);
        byte[] png = TestPhotos.png(1);

        assertThat(photo("p1", "lisi", png, now().plusSeconds(30))).isEqualTo("已作为佐证材料附在 津潍高铁建设 的进展(6月30日)上");
        assertThat(photo("p2", "lisi", TestPhotos.png(2), now().plusSeconds(60))).startsWith("已作为佐证材料附在 津潍高铁建设");

        assertThat(assistant().say("zhangsan", "津潍高铁进展")).contains("庆云段桥梁桩基完成八成，下月架梁", "佐证材料2张");
        assertThat(TestPhotos.kept(data)).hasSize(2).allSatisfy(file -> {
            assertThat(data.relativize(file).toString()).matches("evidence/jinwei-railway/\\d+-[12]\\.png");
        });
        assertThat(TestPhotos.kept(data)).anySatisfy(file -> assertThat(TestPhotos.read(file)).isEqualTo(png));
    }

    @Test
    void aPhotoLongAfterTheNoteAsksForTheNoteFirst() {
        assistant().say("lisi", NOTE);
        String reply = photo("late", "lisi", TestPhotos.png(1), now().plus(Duration.ofMinutes(11)));

        assertThat(reply).contains("先发进展", "再在10分钟内发照片").doesNotContain("已作为");
        assertThat(photo("none", "kaifa", TestPhotos.png(1), now())).contains("先发进展");
        assertThat(assistant().say("zhangsan", "津潍高铁进展")).doesNotContain("佐证材料");
        assertThat(TestPhotos.kept(data)).isEmpty();
    }

    @Test
    void anOfficialsPhotoGetsTheTextOnlyReply() {
        assistant().say("lisi", NOTE);
        assertThat(photo("o1", "zhangsan", TestPhotos.png(1), now())).contains("只看得懂文字消息");
        assertThat(photo("v1", "visitor", TestPhotos.png(1), now())).contains("只看得懂文字消息");
        assertThat(TestPhotos.kept(data)).isEmpty();
    }

    @Test
    void theSameMessageAgainIsStoredOnce() {
        assistant().say("lisi", NOTE);
        byte[] png = TestPhotos.png(3);
        String first = photo("same", "lisi", png, now());
        String again = photo("same", "lisi", png, now().plusSeconds(5));

        assertThat(again).isEqualTo(first).startsWith("已作为佐证材料");
        assertThat(TestPhotos.kept(data)).hasSize(1);
        assertThat(assistant().say("zhangsan", "津潍高铁进展")).contains("佐证材料1张");
    }

    @Test
    void bytesThatAreNoImageAreRefused() {
        assistant().say("lisi", NOTE);
        byte[] pdf = "%PDF-1.4 not a photo at all".getBytes(StandardCharsets.US_ASCII);

        assertThat(photo("pdf", "lisi", pdf, now())).contains("只看得懂文字消息").doesNotContain("佐证材料");
        assertThat(new Attachment(new byte[Attachment.MOST_BYTES + 1]).isImage()).isFalse();
        assertThat(TestPhotos.kept(data)).isEmpty();
    }

    @Test
    void wordsWithAPhotoRecordTheNoteThenAttachThePhotoAndAnOfficialsWordsAreAnsweredAlone() {
        String reply = assistant().core().handle(new InboundMessage("mixed-1", "lisi", NOTE, now(),
                new Attachment(TestPhotos.png(6)))).text();
        assertThat(reply).startsWith("已记录 津潍高铁建设").contains("已作为佐证材料附在 津潍高铁建设 的进展(6月30日)上");

        String official = assistant().core().handle(new InboundMessage("mixed-2", "zhangsan", "津潍高铁进展", now(),
                new Attachment(TestPhotos.png(7)))).text();
        assertThat(official).contains("佐证材料1张").doesNotContain("只看得懂文字");
        assertThat(TestPhotos.kept(data)).hasSize(1);
    }

    @Test
    void aPhotoAfterACorrectionStillCountsOnTheCard() {
        assistant().say("lisi", NOTE);
        photo("c1", "lisi", TestPhotos.png(4), now());
        assistant().say("lisi", "更正：庆云段桥梁桩基完成九成");
        photo("c2", "lisi", TestPhotos.png(5), now());

        assertThat(assistant().say("zhangsan", "津潍高铁进展")).contains("完成九成", "佐证材料2张");
    }
}
