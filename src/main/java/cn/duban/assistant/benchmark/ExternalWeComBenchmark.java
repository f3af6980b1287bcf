package cn.duban.assistant.benchmark;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import me.chanjar.weixin.common.util.crypto.WxCryptUtil;

/**
 * {@code benchmark-wecom --external [--jar=PATH | --launch="COMMAND …"] [--concurrency=16] [--warmup-seconds=60]
 * [--requests=20000] [--rounds=3]}: the callback measured from outside, side by side with the protocol floor. This
 * process is the load generator; the service (the given jar, this one by default, or any command that starts it —
 * settings are appended) and the {@link FloorServer} run as processes of their own. It prints the service's start to
 * first reply, then for each of the two, after a warm-up (at least the given seconds, 15 for the floor, then until
 * steady: the JIT compiler at rest and the rate level), requests per second, p50/p99 latency and CPU per callback
 * (user + system time from {@code /proc/<pid>/stat} before and after, the service's JVM and its redis-server
 * together, and each apart), and the ratios; the two are measured in turns for several rounds, and the median of the rounds' ratios
 * is the result.
 */
final class ExternalWeComBenchmark {

    private static final String LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";
    private static final int FLOOR_WARMUP_SECONDS = 15;
    /** Callbacks encrypted and sent at a time in the measured phase. */
    private static final int BATCH = 2_000;

    private ExternalWeComBenchmark() {
    }

    static int run(String[] args) throws Exception {
        int concurrency = Benchmarks.option(args, "--concurrency=", 16);
        int requests = Benchmarks.option(args, "--requests=", 20_000);
        int warmupSeconds = Benchmarks.option(args, "--warmup-seconds=", 60);
        int rounds = Math.max(1, Benchmarks.option(args, "--rounds=", 3));
        Path scratch = Files.createTempDirectory("duban-benchmark-external");
        Path log = Files.createTempFile("duban-benchmark-service", ".log");
        int oursPort = freePort();
        int floorPort = freePort();
        List<String> ours = new ArrayList<>(launch(args));
        ours.addAll(List.of("--server.port=" + oursPort, "--server.address=127.0.0.1", "--assistant.digest.enabled=false",
                "--assistant.data-dir=" + scratch, "--logging.level.root=WARN", "--logging.level.cn.duban=WARN"));
        ours.addAll(SampleApp.settings("http://127.0.0.1:9"));
        WxCryptUtil crypt = SampleApp.crypt();
        long launched = System.nanoTime();
        Process service = new ProcessBuilder(ours).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        List<Process> started = new java.util.concurrent.CopyOnWriteArrayList<>(List.of(service));
        // stopped with Ctrl-C too: the service stops its redis-server on its way out
        Thread stopAll = new Thread(() -> started.forEach(Processes::stopQuietly));
        Runtime.getRuntime().addShutdownHook(stopAll);
        Process floor = null;
        try {
            firstReply(service, crypt, oursPort, log);
            double startSeconds = (System.nanoTime() - launched) / 1e9;
            List<ProcessHandle> serviceProcesses = new ArrayList<>(List.of(service.toHandle()));
            service.toHandle().descendants().forEach(serviceProcesses::add);
            // the CPU it took says more than the seconds when other programs share the cores
            System.out.printf("start to first reply (%s): %.2f s, CPU %.2f s%n", String.join(" ", launch(args)),
                    startSeconds, Processes.cpuTicks(serviceProcesses) / Processes.ticksPerSecond());
            floor = new ProcessBuilder(floorCommand(floorPort)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            started.add(floor);
            firstReply(floor, crypt, floorPort, log);
            System.out.println("floor warm-up:");
            ProcessHandle floorProcess = floor.toHandle();
            WeComBenchmark.warmUp(crypt, floorPort, concurrency, FLOOR_WARMUP_SECONDS,
                    () -> Processes.compilerMillis(floorProcess));
            System.out.println("service warm-up:");
            WeComBenchmark.warmUp(crypt, oursPort, concurrency, warmupSeconds,
                    () -> Processes.compilerMillis(service.toHandle()));
            // in turns, several rounds: the floor's figures vary from one short run to the next more than ours do
            List<Measured> oursRounds = new ArrayList<>();
            List<Measured> floors = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                long firstMsgId = 1_000_000_000L + (long) round * requests;
                oursRounds.add(measure("ours ", service, crypt, oursPort, concurrency, requests, firstMsgId, round == 0));
                floors.add(measure("floor", floor, crypt, floorPort, concurrency, requests, firstMsgId, false));
                System.out.printf("round %d ours/floor: requests/s %.2f×, CPU per callback %.2f×%n", round + 1,
                        oursRounds.get(round).perSecond() / floors.get(round).perSecond(),
                        oursRounds.get(round).cpuMicros() / floors.get(round).cpuMicros());
            }
            System.out.printf("ours/floor (concurrency %d, median of %d rounds): requests/s %.2f×, CPU per callback %.2f×, p99 %.2f ms vs %.2f ms%n",
                    concurrency, rounds, median(oursRounds, floors, (o, f) -> o.perSecond() / f.perSecond()),
                    median(oursRounds, floors, (o, f) -> o.cpuMicros() / f.cpuMicros()),
                    median(oursRounds, floors, (o, f) -> o.p99()), median(oursRounds, floors, (o, f) -> f.p99()));
            Files.deleteIfExists(log);
            return 0;
        } catch (Exception e) {
            System.err.println("benchmark failed: " + e + " (the service's log: " + log + ")");
            return 1;
        } finally {
            Processes.stop(service);
            if (floor != null) {
                Processes.stop(floor);
            }
            Runtime.getRuntime().removeShutdownHook(stopAll);
            Benchmarks.deleteQuietly(scratch);
        }
    }

    /** What one side did in the measured phase. */
    private record Measured(double perSecond, double p99, double cpuMicros) {
    }

    /** The median over the rounds of a figure of each round's pair. */
    private static double median(List<Measured> ours, List<Measured> floors,
                                 java.util.function.ToDoubleBiFunction<Measured, Measured> figure) {
        double[] figures = new double[ours.size()];
        for (int i = 0; i < figures.length; i++) {
            figures[i] = figure.applyAsDouble(ours.get(i), floors.get(i));
        }
        Arrays.sort(figures);
        return figures.length % 2 == 1 ? figures[figures.length / 2]
                : (figures[figures.length / 2 - 1] + figures[figures.length / 2]) / 2;
    }

    private static Measured measure(String name, Process process, WxCryptUtil crypt, int port, int concurrency,
                                    int requests, long firstMsgId, boolean check) throws Exception {
        List<ProcessHandle> processes = new ArrayList<>();
        processes.add(process.toHandle());
        process.toHandle().descendants().forEach(processes::add);
        List<WeComBenchmark.Callback> callbacks = new ArrayList<>(requests);
        long[] nanos = new long[requests];
        String[] answers = new String[requests];
        long drivingNanos = 0;
        long cpuBefore = Processes.cpuTicks(processes);
        long mainBefore = Processes.cpuTicks(processes.subList(0, 1));
        // a batch at a time, each encrypted right before it is sent: a message is then under a second old (its
        // CreateTime) when it arrives, as WeChat Work's are; only the sending is timed
        for (int from = 0; from < requests; from += BATCH) {
            List<WeComBenchmark.Callback> batch = WeComBenchmark.prepare(crypt, port, from, Math.min(BATCH, requests - from), firstMsgId);
            long start = System.nanoTime();
            WeComBenchmark.Sent sent = WeComBenchmark.drive(batch, port, concurrency);
            drivingNanos += System.nanoTime() - start;
            callbacks.addAll(batch);
            System.arraycopy(sent.nanos(), 0, nanos, from, batch.size());
            System.arraycopy(sent.answers(), 0, answers, from, batch.size());
        }
        double seconds = drivingNanos / 1e9;
        long cpuTicks = Processes.cpuTicks(processes) - cpuBefore;
        long mainTicks = Processes.cpuTicks(processes.subList(0, 1)) - mainBefore;
        if (check) {
            WeComBenchmark.check(callbacks, answers, crypt);
        }
        Arrays.sort(nanos);
        double cpuMicros = cpuTicks * (1e6 / Processes.ticksPerSecond()) / requests;
        Measured measured = new Measured(requests / seconds, nanos[(int) (nanos.length * 0.99)] / 1e6, cpuMicros);
        double mainMicros = mainTicks * (1e6 / Processes.ticksPerSecond()) / requests;
        System.out.printf("%s: %d callbacks in %.2f s: %.0f requests/s, p50 %.2f ms, p99 %.2f ms, CPU per callback %.0f µs%s%n",
                name, requests, seconds, measured.perSecond(), nanos[nanos.length / 2] / 1e6, measured.p99(), cpuMicros,
                processes.size() == 1 ? "" : String.format(" (the JVM %.0f µs, %s %.0f µs)", mainMicros,
                        processes.size() == 2 ? "its redis-server" : processes.size() - 1 + " more processes",
                        cpuMicros - mainMicros));
        return measured;
    }

    /** The command that starts the service, before its settings: {@code --launch=…}, else {@code java -jar} the jar. */
    private static List<String> launch(String[] args) {
        for (String arg : args) {
            if (arg.startsWith("--launch=")) {
                return Arrays.asList(arg.substring(9).trim().split("\\s+"));
            }
        }
        String jar = Arrays.stream(args).filter(arg -> arg.startsWith("--jar=")).map(arg -> arg.substring(6)).findFirst()
                .orElse(System.getProperty("java.class.path"));
        if (!jar.endsWith(".jar") || jar.contains(File.pathSeparator)) {
            throw new IllegalArgumentException("give the service as --jar=PATH or --launch=\"COMMAND\"");
        }
        return List.of(java(), "-jar", jar);
    }

    /** The floor server from this process's own classes (through Spring Boot's launcher when in the packed jar). */
    private static List<String> floorCommand(int port) {
        List<String> command = new ArrayList<>(List.of(java(), "-Dsun.net.httpserver.nodelay=true"));
        String classPath = System.getProperty("java.class.path");
        try {
            Class.forName(LAUNCHER);
            command.addAll(List.of("-Dloader.main=" + FloorServer.class.getName(), "-cp", classPath, LAUNCHER));
        } catch (ClassNotFoundException e) {
            command.addAll(List.of("-cp", classPath, FloorServer.class.getName()));
        }
        command.addAll(List.of(String.valueOf(port), SampleApp.TOKEN, SampleApp.AES_KEY, SampleApp.CORP_ID));
        return command;
    }

    /** Sends a question callback every 20 ms until one gets a passive reply. */
    private static void firstReply(Process process, WxCryptUtil crypt, int port, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        for (int i = 0; ; i++) {
            HttpConnection connection = new HttpConnection(port);
            try {
                String answer = connection.exchange(WeComBenchmark.callback(crypt, port, i, 500_000_000L + i).request());
                if (answer.contains("<Encrypt>")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet, or not ready to answer
            } finally {
                connection.close();
            }
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("no reply from port " + port + ", see " + log);
            }
            Thread.sleep(20);
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
