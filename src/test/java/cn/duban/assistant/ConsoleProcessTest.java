package cn.duban.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.duban.assistant.knowledge.BundledKnowledge;

/** The console command as a person runs it: a separate process, questions on stdin, replies on stdout. */
public class ConsoleProcessTest {

    public record Run(int exit, String stdout, String stderr) {
    }

    public static Run run(String input, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AssistantApplication.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        var stdout = process.getInputStream().readAllBytes();
        var stderr = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(stdout, StandardCharsets.UTF_8), new String(stderr, StandardCharsets.UTF_8));
    }

    @TempDir
    Path data;

    @Test
    void stdoutCarriesRepliesOnlyEachEndedByThreeDashes() throws Exception {
        Run run = run("过亿元项目要引进多少个?\n今年招商引资到位资金目标多少亿\n/as lisi\n" + "长".repeat(10_000) + "\n",
                "console", "--user=zhangsan", "--assistant.data-dir=" + data);

        assertThat(run.exit()).isZero();
        String[] blocks = run.stdout().split("(?m)^---$\\n?");
        assertThat(blocks).hasSize(4);
        assertThat(blocks[0]).startsWith("力争全年引进过亿元项目35个以上").contains("出处");
        assertThat(blocks[1]).startsWith("未找到");
        assertThat(blocks[2]).contains("lisi");
        assertThat(blocks[3]).contains("太长");
        assertThat(run.stdout()).doesNotContain("INFO", "WARN", "Exception", "at cn.");
    }

    @Test
    void figuresSurviveStoppingEverythingAndStartingAgain() throws Exception {
        Run first = run("新增城镇就业120人\n累计新增城镇就业350人\n", "console", "--user=lisi",
                "--assistant.data-dir=" + data, "--assistant.today=2023-06-30");
        assertThat(first.exit()).isZero();
        assertThat(first.stdout()).contains("累计350人");

        Run second = run("就业进度\n", "console", "--user=zhangsan", "--assistant.data-dir=" + data,
                "--assistant.today=2023-06-30");

        assertThat(second.stdout()).contains("累计350人", "常家镇 350人");
    }

    @Test
    void aMalformedKnowledgeFileStopsStartupNamingFileLineAndField(@TempDir Path dir) throws Exception {
        BundledKnowledge.write(dir.resolve("reports/r.txt"), BundledKnowledge.reportFile("报告", 2023, "一、产业。力争新增就业100人以上。\n"));
        BundledKnowledge.write(dir.resolve("targets.yml"), """
                targets:
                  - id: jobs
                    name: 新增就业
                    value: 一百
                    unit: 人
                    comparator: ">="
                    aggregation: sum
                    quote: 力争新增就业100人以上
                """);

        Run run = run("就业\n", "console", "--assistant.knowledge-dir=" + dir, "--assistant.data-dir=" + data);

        assertThat(run.exit()).isNotZero();
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains(dir.resolve("targets.yml").toString(), "第4行", "targets[1].value", "一百");
    }
}
