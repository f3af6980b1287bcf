package cn.duban.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.duban.assistant.ConsoleProcessTest.Run;
import cn.duban.assistant.knowledge.BundledKnowledge;

/**
 * A setting or file that cannot work stops startup with one Chinese line on standard error naming it and the fix,
 * and a non-zero exit: never a start that fails every request, never a stack trace.
 */
class BrokenConfigurationTest {

    @TempDir
    Path dir;

    private Run console(String... settings) throws Exception {
        List<String> args = new ArrayList<>(List.of("console", "--assistant.data-dir=" + dir.resolve("data")));
        args.addAll(List.of(settings));
        return AssistantProcess.run("就业\n", args.toArray(String[]::new));
    }

    /** The one line the operator sees; fails unless the run stopped with exactly that line and nothing else. */
    private static String oneLine(Run run) {
        assertThat(run.exit()).as(run.stderr()).isNotZero();
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).doesNotContain("\tat ", "APPLICATION FAILED", "Exception");
        assertThat(run.stderr().lines()).as(run.stderr()).hasSize(1);
        assertThat(run.stderr()).startsWith("启动失败: ");
        return run.stderr().strip();
    }

    @Test
    void aMissingRoster() throws Exception {
        Path roster = dir.resolve("roster.yml");

        assertThat(oneLine(console("--assistant.roster=" + roster))).contains(roster.toString(), "找不到", "assistant.roster");
    }

    @Test
    void aMissingTargetsFile() throws Exception {
        BundledKnowledge.write(dir.resolve("knowledge/reports/r.txt"), BundledKnowledge.reportFile("报告", 2023, "一、产业。力争新增就业100人以上。\n"));

        assertThat(oneLine(console("--assistant.knowledge-dir=" + dir.resolve("knowledge"))))
                .contains(dir.resolve("knowledge/targets.yml").toString(), "找不到", "targets: []");
    }

    @Test
    void aTargetInAUnitTheAssistantCannotRead() throws Exception {
        BundledKnowledge.write(dir.resolve("knowledge/reports/r.txt"), BundledKnowledge.reportFile("报告", 2023, "一、农业。力争生猪出栏5000头以上。\n"));
        BundledKnowledge.write(dir.resolve("knowledge/targets.yml"), """
                targets:
                  - id: pigs
                    name: 生猪出栏
                    value: 5000
                    unit: 头
                    comparator: ">="
                    aggregation: sum
                    quote: 力争生猪出栏5000头以上
                """);

        assertThat(oneLine(console("--assistant.knowledge-dir=" + dir.resolve("knowledge"))))
                .contains("targets.yml", "第5行", "targets[1].unit", "“头”", "units", "vocabulary.properties");
    }

    @Test
    void anAesKeyThatIsNot43Base64Characters() throws Exception {
        assertThat(oneLine(console("--assistant.wecom.aes-key=abc123"))).contains("assistant.wecom.aes-key", "43", "EncodingAESKey")
                .doesNotContain("abc123");
    }

    @Test
    void aNegativeReplyBudget() throws Exception {
        assertThat(oneLine(console("--assistant.wecom.reply-budget=-1s"))).contains("assistant.wecom.reply-budget", "-1s", "3s");
    }

    @Test
    void aZeroRedisTimeout() throws Exception {
        assertThat(oneLine(console("--assistant.redis.timeout=0s"))).contains("assistant.redis.timeout", "0s", "2s");
    }

    @Test
    void aNegativeConfirmTimeout() throws Exception {
        assertThat(oneLine(console("--assistant.ledger.confirm-timeout=-10m"))).contains("assistant.ledger.confirm-timeout", "-10m");
    }

    @Test
    void aDurationWrittenInWords() throws Exception {
        assertThat(oneLine(console("--assistant.ledger.reply-memory=两天"))).contains("assistant.ledger.reply-memory", "两天", "48h");
    }

    @Test
    void aDigestTimeThatIsNotACronExpression() throws Exception {
        assertThat(oneLine(console("--assistant.digest.cron=0 30 8 * *"))).contains("assistant.digest.cron", "0 30 8 * *",
                "0 30 8 * * MON-FRI");
    }

    @Test
    void aReplyTemplateWithUnbalancedBraces() throws Exception {
        BundledKnowledge.write(dir.resolve("config/replies.properties"), "talk.THANKS=不客气{0\n");

        assertThat(oneLine(console("--assistant.config-dir=" + dir.resolve("config"))))
                .contains(dir.resolve("config/replies.properties").toString(), "talk.THANKS", "{0}");
    }

    @Test
    void aDataFolderThatIsAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("data.txt"), "x");

        assertThat(oneLine(AssistantProcess.run("", "console", "--assistant.data-dir=" + file)))
                .contains("assistant.data-dir", file.toString(), "文件夹");
    }

    @Test
    void aDataFolderNobodyMayWriteTo() throws Exception {
        Path folder = readOnlyFolder();
        try {
            assertThat(oneLine(AssistantProcess.run("", "console", "--assistant.data-dir=" + folder)))
                    .contains("assistant.data-dir", folder.toString(), "写入");
        } finally {
            Files.setPosixFilePermissions(dir.resolve("read-only"), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** A folder made read-only; when the tests run as root, who writes anywhere, /sys, where no one creates files. */
    private Path readOnlyFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("read-only"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Files.delete(Files.createTempFile(folder, "probe", ""));
        } catch (IOException e) {
            return folder;
        }
        return Path.of("/sys");
    }

    @Test
    void aDamagedAppendOnlyFile() throws Exception {
        Path aof = dir.resolve("data/redis/appendonly.aof");
        BundledKnowledge.write(aof, "*2\r\n$6\r\nSELECT\r\n$1\r\n0\r\ngarbage\r\n*3\r\n$3\r\nSET\r\n");

        assertThat(oneLine(console())).contains(aof.toString(), "redis-check-aof --fix", "备份");
        assertThat(aof).hasContent("*2\r\n$6\r\nSELECT\r\n$1\r\n0\r\ngarbage\r\n*3\r\n$3\r\nSET\r\n");
    }

    @Test
    void aRedisUrlThatIsNotAUrl() throws Exception {
        assertThat(oneLine(console("--assistant.redis.url=not a url"))).contains("assistant.redis.url", "“not a url”", "redis://");
    }

    @Test
    void aServicePortInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run run = AssistantProcess.run("", "--server.address=127.0.0.1", "--server.port=" + taken.getLocalPort(),
                    "--assistant.data-dir=" + dir.resolve("data"));

            assertThat(run.exit()).isNotZero();
            assertThat(run.stderr()).doesNotContain("\tat ", "APPLICATION FAILED", "Exception");
            List<String> lines = run.stderr().lines().toList();
            assertThat(lines.get(lines.size() - 1)).startsWith("启动失败: ").contains("server.port", "端口 " + taken.getLocalPort());
        }
    }

    @Test
    void theServiceStopsTheSameWayAfterItsStartupLog() throws Exception {
        Path roster = dir.resolve("roster.yml");
        Run run = AssistantProcess.run("", "--server.port=0", "--assistant.data-dir=" + dir.resolve("data"),
                "--assistant.roster=" + roster);

        assertThat(run.exit()).isNotZero();
        assertThat(run.stderr()).doesNotContain("\tat ", "APPLICATION FAILED", "Exception");
        List<String> lines = run.stderr().lines().toList();
        assertThat(lines).filteredOn(line -> line.contains("启动失败")).hasSize(1);
        assertThat(lines.get(lines.size() - 1)).startsWith("启动失败: ").contains(roster.toString());
    }

    @Test
    void aSettingsFileThatIsNotYaml() throws Exception {
        Path settings = dir.resolve("application.yml");
        Files.writeString(settings, "assistant:\n\tdata-dir: x\n");

        assertThat(oneLine(console("--spring.config.additional-location=file:" + settings)))
                .contains(settings.toString(), "第2行", "YAML", "Tab");
    }

    @Test
    void aBotIdWithoutItsSecretOrAUrlThatIsNoWebSocketStopsStartup() throws Exception {
        assertThat(oneLine(console("--assistant.wecom-bot.bot-id=bot1")))
                .contains("assistant.wecom-bot.secret", "未设置", "assistant.wecom-bot.bot-id");
        assertThat(oneLine(console("--assistant.wecom-bot.bot-id=bot1", "--assistant.wecom-bot.secret=s",
                "--assistant.wecom-bot.url=https://openws.work.weixin.qq.com")))
                .contains("assistant.wecom-bot.url", "wss://", "https://openws.work.weixin.qq.com");
        assertThat(oneLine(console("--assistant.wecom-bot.bot-id=bot1", "--assistant.wecom-bot.secret=s",
                "--assistant.wecom-bot.heartbeat=0s"))).contains("assistant.wecom-bot.heartbeat", "30s");
    }

    @Test
    void zeroWhereOnlyATimeMakesSense() throws Exception {
        assertThat(oneLine(console("--assistant.wecom.body-timeout=0s"))).contains("assistant.wecom.body-timeout", "0s", "5s");
        assertThat(oneLine(console("--assistant.wecom.max-clock-skew=0s"))).contains("assistant.wecom.max-clock-skew", "5m");
    }

    @Test
    void aPortOutOfRangeIsOneLineToo() throws Exception {
        Run run = AssistantProcess.run("", "--server.address=127.0.0.1", "--server.port=99999",
                "--assistant.data-dir=" + dir.resolve("data"));

        assertThat(run.exit()).isNotZero();
        assertThat(run.stdout() + run.stderr()).doesNotContain("\tat ", "APPLICATION FAILED");
        List<String> lines = run.stderr().lines().toList();
        assertThat(lines.get(lines.size() - 1)).startsWith("启动失败: ").contains("99999", "duban-startup-error-");
    }

    @Test
    void aRedisThatRefusesThePassword() throws Exception {
        try (cn.duban.assistant.redis.EmbeddedRedis redis = cn.duban.assistant.redis.EmbeddedRedis.start(dir.resolve("other-redis"));
             redis.clients.jedis.Jedis admin = new redis.clients.jedis.Jedis("127.0.0.1", redis.port())) {
            admin.configSet("requirepass", "secret");

            assertThat(oneLine(console("--assistant.redis.url=redis://:wrong@127.0.0.1:" + redis.port())))
                    .contains("拒绝登录", "assistant.redis.url").doesNotContain("wrong");
        }
    }
}
