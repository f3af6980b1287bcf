package cn.duban.assistant.conversation;

import static cn.duban.assistant.conversation.ReloadTest.ROSTER;
import static cn.duban.assistant.conversation.ReloadTest.replace;
import static cn.duban.assistant.knowledge.BundledKnowledge.read;
import static cn.duban.assistant.knowledge.BundledKnowledge.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import cn.duban.assistant.AssistantApplication;
import cn.duban.assistant.knowledge.BundledKnowledge;
import cn.duban.assistant.redis.TestRedis;

/** The service as it starts: it watches its knowledge folder and roster (unless told not to) until it stops. */
class ReloadingServiceTest {

    @TempDir
    Path dir;
    Path knowledge;
    Path roster;

    @BeforeEach
    void copyKnowledge() {
        knowledge = dir.resolve("knowledge");
        roster = dir.resolve("roster.yml");
        BundledKnowledge.copyTo(knowledge);
        write(roster, ROSTER);
    }

    private ConfigurableApplicationContext start(String... more) {
        String[] args = {"--assistant.data-dir=" + dir.resolve("data"), "--assistant.redis.url=" + TestRedis.url(),
                "--assistant.today=2023-06-30", "--assistant.digest.enabled=false",
                "--assistant.knowledge-dir=" + knowledge, "--assistant.roster=" + roster};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return AssistantApplication.startQuietly(all);
    }

    private static String ask(ConfigurableApplicationContext service, String user, String text) {
        return service.getBean(ConversationCore.class)
                .handle(new InboundMessage("m-" + System.nanoTime(), user, text, Instant.now())).text();
    }

    @Test
    void aSavedEditIsAnsweredAndTheWatcherStopsWithTheService() throws InterruptedException {
        KnowledgeWatcher watcher;
        try (ConfigurableApplicationContext service = start()) {
            watcher = service.getBean(KnowledgeWatcher.class);
            assertThat(watcher.running()).isTrue();
            assertThat(ask(service, "zhangsan", "新增城镇就业目标")).startsWith("争取新增城镇就业2800人以上");

            replace(knowledge.resolve("reports/qingyun-2023.txt"), "就业2800人", "就业3000人");
            replace(knowledge.resolve("targets.yml"), "2800", "3000");

            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!ask(service, "zhangsan", "新增城镇就业目标").startsWith("争取新增城镇就业3000人以上")) {
                assertThat(System.nanoTime()).as("waited 30 s for the edit to be loaded").isLessThan(deadline);
                Thread.sleep(100);
            }
        }
        assertThat(watcher.running()).isFalse();
    }

    @Test
    void withoutWatchingAnOfficialReloads() {
        try (ConfigurableApplicationContext service = start("--assistant.knowledge.watch=false")) {
            assertThat(service.getBean(KnowledgeWatcher.class).running()).isFalse();
            replace(knowledge.resolve("reports/qingyun-2023.txt"), "就业2800人", "就业3000人");
            replace(knowledge.resolve("targets.yml"), "2800", "3000");

            assertThat(ask(service, "zhangsan", "重新加载")).startsWith("已重新加载：1篇报告，6个目标");
            assertThat(ask(service, "zhangsan", "新增城镇就业目标")).startsWith("争取新增城镇就业3000人以上");
        }
    }
}
