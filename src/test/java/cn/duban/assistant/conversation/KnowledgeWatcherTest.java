package cn.duban.assistant.conversation;

import static cn.duban.assistant.conversation.ReloadTest.ROSTER;
import static cn.duban.assistant.conversation.ReloadTest.replace;
import static cn.duban.assistant.knowledge.BundledKnowledge.read;
import static cn.duban.assistant.knowledge.BundledKnowledge.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import cn.duban.assistant.config.TestProperties;
import cn.duban.assistant.knowledge.BundledKnowledge;
import cn.duban.assistant.redis.TestRedis;

/** A saved file is loaded without a word from anyone; a broken save logs one warning and changes nothing. */
@ExtendWith(OutputCaptureExtension.class)
class KnowledgeWatcherTest {

    /** Far longer than the watcher's second of quiet and a reload: only a watcher that never reloads takes this long. */
    private static final Duration GENEROUS = Duration.ofSeconds(30);

    @TempDir
    Path dir;
    Path knowledge;
    Path targets;
    Path report;
    Path roster;
    TestAssistant assistant;
    KnowledgeWatcher watcher;

    @BeforeEach
    void watchACopy() {
        knowledge = dir.resolve("knowledge");
        report = knowledge.resolve("reports/qingyun-2023.txt");
        targets = knowledge.resolve("targets.yml");
        roster = dir.resolve("config/roster.yml");
        BundledKnowledge.copyTo(knowledge);
        write(roster, ROSTER);
        assistant = TestAssistant.fromFiles(TestRedis.fresh(),
                TestProperties.withFiles(LocalDate.of(2023, 6, 30), knowledge, roster));
        watcher = new KnowledgeWatcher(assistant.current(), knowledge, roster);
        watcher.start();
    }

    @AfterEach
    void stop() {
        watcher.close();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + GENEROUS.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s for %s", GENEROUS, what).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private String ask(String text) {
        return assistant.say("zhangsan", text);
    }

    @Test
    void anEditedTargetIsAnsweredOnceSaved() throws InterruptedException {
        assertThat(ask("新增城镇就业目标")).startsWith("争取新增城镇就业2800人以上");

        replace(report, "争取新增城镇就业2800人以上", "争取新增城镇就业3000人以上");
        replace(targets, "value: 2800", "value: 3000");
        replace(targets, "quote: 争取新增城镇就业2800人以上", "quote: 争取新增城镇就业3000人以上");

        await("the new value", () -> ask("新增城镇就业目标").startsWith("争取新增城镇就业3000人以上"));
    }

    @Test
    void aNewReportFileIsSearchedOnceSaved() throws InterruptedException {
        write(knowledge.resolve("reports/qingyun-2023-parking.txt"), BundledKnowledge.reportFile("停车设施建设方案", 2023,
                "一、建设任务\n全年建成智慧停车场8处，新增停车泊位1200个。\n"));
        replace(targets, "    period: {start: 2023-01-01, end: 2023-12-31}\n",
                "    period: {start: 2023-01-01, end: 2023-12-31}\n    report: qingyun-2023\n");

        await("the new report", () -> ask("智慧停车场").contains("全年建成智慧停车场8处"));
        assertThat(assistant.current().get().knowledge().reports()).hasSize(2);
    }

    @Test
    void aSavedRosterIsLoadedWithTheKnowledge() throws InterruptedException {
        write(roster, ROSTER.replace("officials:\n", "officials:\n  - userid: zhaoyi\n    name: 赵一\n"));

        await("the new official", () -> assistant.roster().official("zhaoyi").isPresent());
    }

    @Test
    void aBrokenSaveLogsOneWarningAndTheOldKnowledgeKeepsAnswering(CapturedOutput output) throws InterruptedException {
        Snapshot before = assistant.current().get();
        String original = read(targets);
        replace(targets, "value: 2800", "value: 两千八");

        // logs go to standard error once a Spring context of another test has configured logging
        await("the warning", () -> output.getAll().contains("重新加载失败"));
        assertThat(output.getAll().lines().filter(line -> line.contains("重新加载失败")))
                .singleElement().asString().contains("WARN", targets.toString(), "targets[6].value", "两千八");
        assertThat(assistant.current().get()).isSameAs(before);
        assertThat(ask("新增城镇就业目标")).startsWith("争取新增城镇就业2800人以上");

        write(targets, original);
        await("the mended file", () -> assistant.current().get() != before);
        assertThat(ask("新增城镇就业目标")).startsWith("争取新增城镇就业2800人以上");
    }

    @Test
    void otherFilesInTheFoldersAreNotKnowledge() throws InterruptedException {
        Snapshot before = assistant.current().get();
        write(knowledge.resolve("reports/notes.md"), "草稿");
        write(knowledge.resolve(".targets.yml.swp"), "x");
        write(dir.resolve("config/application.yml"), "assistant:\n  today:\n");

        Thread.sleep(KnowledgeWatcher.QUIET.multipliedBy(3).toMillis());

        assertThat(assistant.current().get()).isSameAs(before);
    }

    @Test
    void closingStopsTheWatcher() {
        assertThat(watcher.running()).isTrue();

        watcher.close();

        assertThat(watcher.running()).isFalse();
    }
}
