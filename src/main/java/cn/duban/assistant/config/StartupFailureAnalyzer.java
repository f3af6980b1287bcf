package cn.duban.assistant.config;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import cn.duban.assistant.files.MalformedFileException;

/**
 * Turns what stops startup into a description and a fix for {@link OneLineFailureReporter}: a setting or file the
 * assistant checked ({@link StartupException}, {@link MalformedFileException}), the service's port in use, or a
 * setting Spring could not read (a duration written in words, a date that does not exist). Runs before Spring's own
 * analyzers, whose English descriptions of the same failures span several lines.
 */
class StartupFailureAnalyzer implements FailureAnalyzer, Ordered {

    private static final Map<Class<?>, String> EXPECTED = Map.of(
            Duration.class, "时长,例如 30s、10m、48h",
            LocalDate.class, "日期 yyyy-MM-dd,例如 2023-06-30",
            ZoneId.class, "时区,例如 Asia/Shanghai",
            Integer.class, "整数", int.class, "整数",
            BigDecimal.class, "数字",
            Boolean.class, "true 或 false", boolean.class, "true 或 false",
            Path.class, "文件或文件夹的路径");

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StartupException startup) {
                return new FailureAnalysis(startup.getMessage(), startup.fix(), startup);
            }
            if (cause instanceof MalformedFileException file) {
                return new FailureAnalysis(file.getMessage(), file.fix(), file);
            }
            if (cause instanceof PortInUseException port) {
                return new FailureAnalysis("设置有误: server.port 端口 " + port.getPort() + " 已被其他程序占用",
                        "请停止占用它的程序,或用 server.port 换一个端口后重新启动。", port);
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException bind) {
                return unreadable(bind);
            }
            if (cause instanceof MarkedYAMLException yaml) {
                return yaml(failure, yaml);
            }
        }
        return unforeseen(failure);
    }

    /** A settings file Spring could not read as YAML (a tab in the indentation, an unclosed bracket). */
    private static FailureAnalysis yaml(Throwable failure, MarkedYAMLException yaml) {
        String file = BrokenYaml.find(yaml);
        String line = yaml.getProblemMark() == null ? "" : " 第" + (yaml.getProblemMark().getLine() + 1) + "行";
        return new FailureAnalysis("文件有误: " + file + line + " 不是有效的 YAML(" + yaml.getProblem() + ")",
                "请改正该文件后重新启动:缩进只用空格、不用 Tab,冒号后留一个空格,括号和引号成对。", failure);
    }

    /**
     * Anything else that stops startup: still one line — what failed, in the words of its cause — and the whole
     * account in a file of the temporary folder for whoever has to look deeper.
     */
    private static FailureAnalysis unforeseen(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String where;
        try {
            Path file = Files.createTempFile("duban-startup-error-", ".txt");
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            Files.writeString(file, trace.toString());
            where = "完整经过已写入 " + file + ";";
        } catch (IOException | RuntimeException e) {
            where = "";
        }
        return new FailureAnalysis("启动时出错: " + root.getClass().getSimpleName() + ": " + root.getMessage(),
                where + "请按原因检查设置(见 README 的 Settings 一节)后重新启动。", failure);
    }

    private static FailureAnalysis unreadable(BindException bind) {
        String value = bind.getProperty() == null ? "" : "的值“" + bind.getProperty().getValue() + "”";
        String expected = EXPECTED.get(bind.getTarget().getType().resolve(Object.class));
        Throwable root = bind;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String problem = "设置有误: " + bind.getName() + " " + value + "无法识别"
                + (expected != null ? ",应为" + expected : "(" + root.getMessage() + ")");
        return new FailureAnalysis(problem, "请改正后重新启动。", bind);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
