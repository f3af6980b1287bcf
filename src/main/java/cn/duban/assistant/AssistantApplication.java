package cn.duban.assistant;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

import cn.duban.assistant.benchmark.FaultBenchmark;
import cn.duban.assistant.benchmark.QuestionBenchmark;
import cn.duban.assistant.benchmark.ReportBenchmark;
import cn.duban.assistant.benchmark.WeComBenchmark;
import cn.duban.assistant.benchmark.WeComBotBenchmark;
import cn.duban.assistant.channel.console.ConsoleChannel;
import cn.duban.assistant.conversation.CurrentKnowledge;
import cn.duban.assistant.digest.OncePerDay;
import cn.duban.assistant.importing.ExtractionScore;
import cn.duban.assistant.importing.ImportCommands;

/**
 * 督办助手. Without a command it runs the service (WeChat Work callback, health); {@code console} chats in the
 * terminal; {@code benchmark-questions} and {@code benchmark-reports} measure question latency and report throughput.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class AssistantApplication {

    public static void main(String[] args) {
        useJdkXmlParsers();
        withoutSpringsFailureReport();
        List<String> commands = Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toList();
        String command = commands.isEmpty() ? "" : commands.get(0);
        switch (command) {
            case "" -> SpringApplication.run(AssistantApplication.class, args);
            case "console" -> System.exit(runConsole(args));
            case "benchmark-questions" -> System.exit(QuestionBenchmark.run(args));
            case "benchmark-reports" -> System.exit(ReportBenchmark.run(args));
            case "benchmark-wecom" -> System.exit(WeComBenchmark.run(args));
            case "benchmark-wecom-bot" -> System.exit(WeComBotBenchmark.run(args));
            case "benchmark-faults" -> System.exit(FaultBenchmark.run(args));
            case "push-daily" -> System.exit(pushDaily(args));
            case "extract-targets" -> System.exit(ImportCommands.extractTargets(args));
            case "import-report" -> System.exit(ImportCommands.importReport(args));
            case "import-plan" -> System.exit(ImportCommands.importPlan(args));
            case "score-extraction" -> System.exit(ExtractionScore.run(args));
            default -> {
                System.err.println("未知命令: " + command + "\n用法: java -jar duban-assistant.jar [console [--user=ID] | push-daily | extract-targets FILE | import-report FILE [--id=ID] | import-plan FILE.xlsx [--report=ID] | score-extraction [DIR] | benchmark-questions | benchmark-reports | benchmark-wecom | benchmark-wecom-bot | benchmark-faults] [--assistant.x=y …]");
                System.exit(2);
            }
        }
    }

    /**
     * Silences Spring's framed failure report before the settings are read: a settings file that cannot be read
     * fails before {@code application.yml} can silence it, and the one-line report says all of it.
     */
    static void withoutSpringsFailureReport() {
        if (org.slf4j.LoggerFactory.getLogger(org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter.class)
                instanceof ch.qos.logback.classic.Logger logger) {
            logger.setLevel(ch.qos.logback.classic.Level.OFF);
        }
    }

    /**
     * Names the JDK's own XML parsers, so that creating one (WxJava parses every callback) does not search every jar
     * of the packed application for another implementation.
     */
    static void useJdkXmlParsers() {
        System.getProperties().putIfAbsent("javax.xml.parsers.DocumentBuilderFactory",
                "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl");
        System.getProperties().putIfAbsent("javax.xml.parsers.SAXParserFactory",
                "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl");
    }

    /** Starts the assistant without a web server, for a command that runs in the terminal. */
    public static ConfigurableApplicationContext startQuietly(String[] args) {
        SpringApplication application = new SpringApplication(AssistantApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setLogStartupInfo(false);
        application.setDefaultProperties(Map.of("logging.level.root", "WARN", "logging.level.cn.duban", "WARN"));
        return application.run(args);
    }

    /**
     * {@code push-daily}: sends today's digest once through WeChat Work and exits: 0 when it reached every recipient
     * (now or earlier today), 1 when some delivery failed, 2 when WeChat Work is not configured.
     */
    private static int pushDaily(String[] args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.add("--assistant.digest.enabled=false");
        try (ConfigurableApplicationContext context = startQuietly(all.toArray(String[]::new))) {
            var delivery = context.getBean(CurrentKnowledge.class).get().digest().delivery();
            if (delivery.isEmpty()) {
                System.err.println("未配置企业微信(assistant.wecom.* 或 assistant.wecom-bot.*),无法推送日报");
                return 2;
            }
            OncePerDay.Result result = delivery.get().deliverToday();
            System.out.printf("日报: 本次发出 %d, 今天已发过 %d, 失败 %d %s%n", result.sentNow().size(),
                    result.sentBefore().size(), result.failed().size(), result.failed().isEmpty() ? "" : result.failed());
            return result.complete() ? 0 : 1;
        }
    }

    private static int runConsole(String[] args) {
        try (ConfigurableApplicationContext context = startQuietly(args)) {
            ConsoleChannel console = context.getBean(ConsoleChannel.class);
            return console.run(System.in, System.out, console.userFrom(args));
        }
    }
}
