package cn.duban.assistant.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What the benchmarks share. */
final class Benchmarks {

    private Benchmarks() {
    }

    /** The arguments with a fresh scratch data folder, unless one is given, so a benchmark leaves no data behind. */
    static String[] withScratchDataDir(String[] args) {
        if (Arrays.stream(args).anyMatch(arg -> arg.startsWith("--assistant.data-dir="))) {
            return args;
        }
        try {
            List<String> all = new ArrayList<>(List.of(args));
            all.add("--assistant.data-dir=" + Files.createTempDirectory("duban-benchmark"));
            return all.toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
