package cn.duban.assistant.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** What the benchmarks share. */
final class Benchmarks {

    private Benchmarks() {
    }

    /**
     * The arguments with a fresh scratch data folder, unless one is given, deleted when the benchmark's JVM exits, so
     * a benchmark leaves no data behind.
     */
    static String[] withScratchDataDir(String[] args) {
        if (Arrays.stream(args).anyMatch(arg -> arg.startsWith("--assistant.data-dir="))) {
            return args;
        }
        try {
            List<String> all = new ArrayList<>(List.of(args));
            Path scratch = Files.createTempDirectory("duban-benchmark");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(scratch)));
            all.add("--assistant.data-dir=" + scratch);
            return all.toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole number given as {@code --name=N}, or {@code fallback}; NumberFormatException when it is none. */
    static int option(String[] args, String prefix, int fallback) {
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return Integer.parseInt(arg.substring(prefix.length()));
            }
        }
        return fallback;
    }

    static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + folder + ": " + e.getMessage());
        }
    }
}
