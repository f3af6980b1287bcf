package cn.duban.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A terminal command beside the running service on the same data folder (the README's system-cron {@code push-daily},
 * an operator's {@code console}) uses the service's embedded Redis instead of refusing to start, and so sees and
 * writes the same ledger; the service keeps its server.
 */
class CommandBesideServiceProcessTest {

    @TempDir
    Path data;



    @Test
    void consoleAndPushDailyRunBesideTheServiceOnItsRedis() throws Exception {
        int port = AssistantProcess.freePort();
        try (AssistantProcess service = AssistantProcess.start("--server.port=" + port, "--server.address=127.0.0.1",
                "--assistant.data-dir=" + data, "--assistant.today=2023-06-30", "--assistant.digest.enabled=false")) {
            AssistantProcess.awaitHealthy(port);

            var report = AssistantProcess.run("新增城镇就业5人\n", "console", "--user=lisi",
                    "--assistant.data-dir=" + data, "--assistant.today=2023-06-30");
            var progress = AssistantProcess.run("就业进度\n", "console", "--user=zhangsan",
                    "--assistant.data-dir=" + data, "--assistant.today=2023-06-30");
            var push = AssistantProcess.run("", "push-daily", "--assistant.data-dir=" + data, "--assistant.today=2023-06-30");

            assertThat(report.exit()).as(report.stderr()).isZero();
            assertThat(report.stdout()).contains("已记录");
            assertThat(progress.stdout()).contains("常家镇 5人");
            assertThat(push.stderr()).doesNotContain("正由另一个运行中的督办助手").contains("未配置企业微信");
            assertThat(push.exit()).isEqualTo(2);
            assertThat(service.handle().isAlive()).isTrue();
            AssistantProcess.awaitHealthy(port);
        }
    }
}
