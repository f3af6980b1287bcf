package cn.duban.assistant.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.duban.assistant.AssistantApplication;
import cn.duban.assistant.conversation.Attachment;
import cn.duban.assistant.conversation.ConversationCore;
import cn.duban.assistant.conversation.InboundMessage;

/**
 * A photo kept as 佐证材料 survives a restart: the application is started, given a note and a photo, stopped, and
 * started again on the same data folder (its embedded Redis on the same AOF); the card still counts the photo and
 * the file is there with the same SHA-256.
 */
class EvidenceAfterRestartTest {

    @TempDir
    Path data;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(AssistantApplication.class).web(WebApplicationType.NONE).logStartupInfo(false)
                .run("--assistant.data-dir=" + data, "--assistant.today=2023-06-30", "--assistant.digest.enabled=false",
                        "--assistant.knowledge.watch=false");
    }

    private static String say(ConversationCore core, String id, String user, String text, byte[] photo) {
        return core.handle(new InboundMessage(id, user, text, Instant.now(), photo == null ? null : new Attachment(photo))).text();
    }

    @Test
    void theCardStillCountsThePhotoAndTheFileIsUnchangedAfterARestart() {
        byte[] png = TestPhotos.png(21);
        try (ConfigurableApplicationContext first = start()) {
            ConversationCore core = first.getBean(ConversationCore.class);
            assertThat(say(core, "r1", "lisi", "津潍高铁：庆云段桥梁桩基完成八成，下月架梁", null)).startsWith("已记录");
            assertThat(say(core, "r2", "lisi", "", png)).startsWith("已作为佐证材料附在 津潍高铁建设");
        }
        List<Path> kept = TestPhotos.kept(data);
        assertThat(kept).hasSize(1);

        try (ConfigurableApplicationContext second = start()) {
            ConversationCore core = second.getBean(ConversationCore.class);
            assertThat(say(core, "r3", "zhangsan", "津潍高铁进展", null)).contains("桩基完成八成", "佐证材料1张");
            assertThat(say(core, "r2", "lisi", "", png)).startsWith("已作为佐证材料附在 津潍高铁建设");
        }
        assertThat(TestPhotos.kept(data)).isEqualTo(kept);
        assertThat(TestPhotos.sha256(TestPhotos.read(kept.get(0)))).isEqualTo(TestPhotos.sha256(png));
    }
}
