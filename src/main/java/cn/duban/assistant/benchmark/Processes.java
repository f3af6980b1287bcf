package cn.duban.assistant.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The processes a benchmark starts: the CPU they use (from {@code /proc}) and stopping them with what they started. */
final class Processes {

    private Processes() {
    }

    /** {@link #stop}, interrupted or not. */
    static void stopQuietly(Process process) {
        try {
            stop(process);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** User + system time of these processes so far, in clock ticks (those that have exited count nothing). */
    static long cpuTicks(List<ProcessHandle> processes) throws IOException {
        long ticks = 0;
        for (ProcessHandle process : processes) {
            Path stat = Path.of("/proc", String.valueOf(process.pid()), "stat");
            if (Files.exists(stat)) {
                ticks += cpuTicks(Files.readString(stat));
            }
        }
        return ticks;
    }

    /**
     * CPU time so far of a JVM's JIT compiler threads ({@code C1/C2 CompilerThread…} in {@code /proc/<pid>/task}), in
     * milliseconds: while it grows, the JVM is still compiling what it runs; 0 for a process that has exited.
     */
    static long compilerMillis(ProcessHandle process) {
        long ticks = 0;
        try (var tasks = Files.list(Path.of("/proc", String.valueOf(process.pid()), "task"))) {
            for (Path task : tasks.toList()) {
                String text;
                try {
                    text = Files.readString(task.resolve("stat"));
                } catch (IOException gone) {
                    continue;
                }
                String name = text.substring(text.indexOf('(') + 1, text.lastIndexOf(')'));
                if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                    ticks += cpuTicks(text);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
        return Math.round(ticks * 1000 / ticksPerSecond());
    }

    /** User + system time in a {@code /proc/…/stat} line (fields 14 and 15; the name in brackets may hold spaces). */
    private static long cpuTicks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** USER_HZ, the unit of /proc's times: 100 on Linux unless getconf says otherwise. */
    static double ticksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
            String out = new String(getconf.getInputStream().readAllBytes()).trim();
            return getconf.waitFor() == 0 ? Double.parseDouble(out) : 100;
        } catch (IOException | RuntimeException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }

    /** Stops a process this benchmark started and then what it started (the service's redis-server). */
    static void stop(Process process) throws InterruptedException {
        List<ProcessHandle> children = process.toHandle().descendants().toList();
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        for (ProcessHandle child : children) {
            if (child.isAlive()) {
                child.onExit().completeOnTimeout(child, 10, TimeUnit.SECONDS).join();
                child.destroyForcibly();
            }
        }
    }
}
