package cn.duban.assistant.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Which settings file a YAML error came from: SnakeYAML's error names no file, so each file Spring reads settings
 * from (the working folder's {@code config/application.yml} and {@code application.yml}, and those named by
 * {@code --spring.config.location} or {@code --spring.config.additional-location}) is read again, and the one that
 * fails at the same place is named.
 */
final class BrokenYaml {

    private BrokenYaml() {
    }

    /** The file that fails as {@code error} does; {@code config/application.yml} when none can be told. */
    static String find(MarkedYAMLException error) {
        for (Path candidate : candidates()) {
            if (Files.isRegularFile(candidate) && failsAt(candidate, error.getProblemMark())) {
                return candidate.toString();
            }
        }
        return "config/application.yml";
    }

    private static List<Path> candidates() {
        List<Path> files = new ArrayList<>(List.of(Path.of("config/application.yml"), Path.of("config/application.yaml"),
                Path.of("application.yml"), Path.of("application.yaml")));
        String command = System.getProperty("sun.java.command", "");
        for (String argument : command.split(" ")) {
            for (String option : List.of("--spring.config.location=", "--spring.config.additional-location=")) {
                if (argument.startsWith(option)) {
                    for (String location : argument.substring(option.length()).split(",")) {
                        files.add(Path.of(location.replaceFirst("^optional:", "").replaceFirst("^file:", "")));
                    }
                }
            }
        }
        return files;
    }

    private static boolean failsAt(Path file, Mark mark) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            new Yaml().loadAll(reader).forEach(document -> { });
            return false;
        } catch (MarkedYAMLException e) {
            return mark == null || e.getProblemMark() != null && e.getProblemMark().getLine() == mark.getLine();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
