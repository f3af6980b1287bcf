package cn.duban.assistant.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * {@code benchmark-wecom-bot} with small numbers: the service subscribes to the benchmark's own bot server, answers
 * every callback once, and the benchmark prints its measured line and exits 0.
 */
class WeComBotBenchmarkTest {

    @Test
    void twoHundredMessagesAtConcurrencyFourAreAnsweredAndMeasured() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        int exit;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            exit = WeComBotBenchmark.run(new String[] {"benchmark-wecom-bot", "--warmup-seconds=0", "--messages=200",
                    "--concurrency=4"});
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        String printed = out.toString(StandardCharsets.UTF_8);

        assertThat(exit).as("exit code; stderr: %s", err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed).containsPattern("measured: 200 messages at concurrency 4 in [0-9.]+ s: [0-9]+ messages/s, "
                + "p50 [0-9.]+ ms, p99 [0-9.]+ ms, max [0-9.]+ ms");
    }
}
