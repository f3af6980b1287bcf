package cn.duban.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of the assistant leaves its redis-server running; the next start on the same data folder stops
 * it, so that one server serves the folder, and every report confirmed before the kill is still there.
 */
@EnabledOnOs(OS.LINUX)
class KilledAssistantProcessTest {

    @TempDir
    Path data;

    private String[] console(String user) {
        return new String[] {"console", "--user=" + user, "--assistant.data-dir=" + data, "--assistant.today=2023-06-30"};
    }

    @Test
    void theNextStartStopsTheLeftOverRedisServerAndKeepsTheLedger() throws Exception {
        List<ProcessHandle> redisServers = new ArrayList<>();
        try {
            ProcessHandle leftOver;
            try (AssistantProcess first = AssistantProcess.start(console("lisi"))) {
                assertThat(first.say("新增城镇就业120人")).contains("已记录");
                leftOver = first.handle().children().filter(KilledAssistantProcessTest::isRedisServer).findFirst().orElseThrow();
                redisServers.add(leftOver);
                leftOver.info().command().map(Path::of).map(Path::getParent).ifPresent(binaries::add);

                first.handle().destroyForcibly();
                first.handle().onExit().get(30, TimeUnit.SECONDS);
            }
            assertThat(leftOver.isAlive()).as("the redis-server outlives kill -9 of the assistant").isTrue();

            try (AssistantProcess second = AssistantProcess.start(console("zhangsan"))) {
                String progress = second.say("就业进度");
                List<ProcessHandle> serving = ProcessHandle.allProcesses().filter(KilledAssistantProcessTest::isRedisServer)
                        .filter(server -> server.pid() == leftOver.pid() || servesFolder(server, data.resolve("redis"))).toList();
                redisServers.addAll(serving);

                assertThat(leftOver.isAlive()).isFalse();
                assertThat(serving).singleElement().satisfies(server ->
                        assertThat(server.parent().map(ProcessHandle::pid)).contains(second.handle().pid()));
                assertThat(progress).contains("累计120人", "常家镇 120人");
                assertThat(second.finish()).isZero();
                assertThat(second.stderr()).contains("上次异常退出", "进程 " + leftOver.pid());
            }
        } finally {
            redisServers.forEach(ProcessHandle::destroyForcibly);
            // the killed assistant could not remove the copy of the redis-server binary it ran (9 MB in the temp folder)
            binaries.forEach(KilledAssistantProcessTest::deleteQuietly);
        }
    }

    private final List<Path> binaries = new ArrayList<>();

    private static void deleteQuietly(Path folder) {
        try (var files = java.nio.file.Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            // left in the temp folder: harmless
        }
    }

    private static boolean isRedisServer(ProcessHandle process) {
        return process.info().command().map(command -> command.contains("redis-server")).orElse(false);
    }

    /** Whether the process runs in this folder (its working directory), as the embedded redis-server does. */
    private static boolean servesFolder(ProcessHandle process, Path folder) {
        try {
            return Files.readSymbolicLink(Path.of("/proc", Long.toString(process.pid()), "cwd")).equals(folder.toRealPath());
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
