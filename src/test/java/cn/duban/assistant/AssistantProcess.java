package cn.duban.assistant;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The assistant as an operator starts it: {@code java … AssistantApplication <args>} in a separate JVM, standard
 * error kept in a file. JIT compilation is limited to the first tier, which halves the start of a short run.
 * {@link #close()} kills the JVM and every process it started, so that a failed test leaves nothing running.
 */
public final class AssistantProcess implements AutoCloseable {

    private final Process process;
    private final Path stderr;
    private final OutputStream stdin;
    private final BufferedReader stdout;

    private AssistantProcess(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        this.stdin = process.getOutputStream();
        this.stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts the application with these arguments and leaves it running. */
    public static AssistantProcess start(String... args) throws IOException {
        Path stderr = Files.createTempFile("duban-stderr", ".txt");
        return new AssistantProcess(new ProcessBuilder(command(args)).redirectError(stderr.toFile()).start(), stderr);
    }

    private static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                AssistantApplication.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Runs the application to its end with this input: its exit code, standard output and standard error. A run
     * still going after 90 s (a service that started though it should not have) is killed and fails the test.
     */
    public static ConsoleProcessTest.Run run(String input, String... args) throws IOException, InterruptedException {
        Path in = Files.writeString(Files.createTempFile("duban-stdin", ".txt"), input, StandardCharsets.UTF_8);
        Path out = Files.createTempFile("duban-stdout", ".txt");
        Path err = Files.createTempFile("duban-stderr", ".txt");
        Process process = new ProcessBuilder(command(args)).redirectInput(in.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                throw new AssertionError("still running after 90 s; standard error:\n" + Files.readString(err, StandardCharsets.UTF_8));
            }
            return new ConsoleProcessTest.Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            for (Path file : List.of(in, out, err)) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Sends one line to the console and returns its reply: the lines up to the next {@code ---}. */
    public String say(String line) throws IOException {
        stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
        StringBuilder reply = new StringBuilder();
        for (String read = stdout.readLine(); read != null && !read.equals("---"); read = stdout.readLine()) {
            reply.append(read).append('\n');
        }
        return reply.toString();
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** Closes standard input and waits for the process to end. */
    public int finish() throws IOException, InterruptedException {
        stdin.close();
        return waitFor();
    }

    private int waitFor() throws InterruptedException {
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the assistant did not stop within 90 s");
        }
        return process.exitValue();
    }

    /** Everything written to standard error so far. */
    public String stderr() {
        try {
            return Files.readString(stderr, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            Files.deleteIfExists(stderr);
        } catch (IOException e) {
            // a file left in the temp folder is harmless
        }
    }

    /** A free loopback port for a service to listen on. */
    public static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Waits (60 s at most) until the service on {@code port} answers its health with 200. */
    public static void awaitHealthy(int port) throws InterruptedException {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the service on port " + port + " did not become healthy");
    }
}
