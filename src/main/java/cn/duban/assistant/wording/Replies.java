package cn.duban.assistant.wording;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import cn.duban.assistant.files.MalformedFileException;
import cn.duban.assistant.files.PropertiesFiles;

/**
 * Every Chinese sentence the assistant says, from one resource bundle: {@code replies.properties} in the jar, each
 * key overridable in {@code config/replies.properties} (UTF-8) so that county staff can adjust the wording.
 * Placeholders are {@code {0}}, {@code {1}} … as in {@link java.text.MessageFormat} (a single quote starts quoted
 * text, {@code ''} is a quote); arguments are put in as text, so that figures are never reformatted (2800, not
 * 2,800). Each reply is parsed once at start, and formatting takes no lock, so replies are worded in parallel.
 */
public final class Replies {

    private static final String RESOURCE = "/replies.properties";

    private final Map<String, Template> templates;

    private Replies(Map<String, Template> templates) {
        this.templates = templates;
    }

    /**
     * The bundled wording with the overrides in {@code <configDir>/replies.properties}, when that file exists.
     *
     * @throws MalformedFileException when the override file cannot be read or its braces do not pair into placeholders
     */
    public static Replies withOverridesIn(String configDir) {
        Path file = Path.of(configDir, "replies.properties");
        return new Replies(parse(PropertiesFiles.withOverrides(PropertiesFiles.bundled(RESOURCE), file), file));
    }

    /** The bundled wording alone. */
    public static Replies bundled() {
        return new Replies(parse(PropertiesFiles.bundled(RESOURCE), Path.of(RESOURCE.substring(1))));
    }

    /**
     * The reply for a key, its placeholders filled with the arguments as text.
     *
     * @throws IllegalArgumentException when the bundle has no such key
     */
    public String text(String key, Object... arguments) {
        Template template = templates.get(key);
        if (template == null) {
            throw new IllegalArgumentException("no reply under the key " + key);
        }
        return template.format(arguments);
    }

    private static Map<String, Template> parse(Properties texts, Path file) {
        Map<String, Template> templates = new HashMap<>();
        for (String key : texts.stringPropertyNames()) {
            try {
                templates.put(key, Template.parse(texts.getProperty(key)));
            } catch (IllegalArgumentException e) {
                throw new MalformedFileException(file, 0, key, e.getMessage());
            }
        }
        return Map.copyOf(templates);
    }

    /** A reply cut into its literal parts and placeholders: part, argument, part, argument, … part. */
    private record Template(List<String> parts, int[] arguments) {

        static Template parse(String pattern) {
            List<String> parts = new ArrayList<>();
            List<Integer> arguments = new ArrayList<>();
            StringBuilder part = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '\'') {
                    if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                        part.append('\'');
                        i++;
                    } else {
                        quoted = !quoted;
                    }
                } else if (c == '{' && !quoted) {
                    int close = pattern.indexOf('}', i);
                    if (close < 0 || !pattern.substring(i + 1, close).matches("[0-9]+")) {
                        throw new IllegalArgumentException("占位符应为 {0}、{1} 这样的形式: " + pattern);
                    }
                    parts.add(part.toString());
                    part.setLength(0);
                    arguments.add(Integer.parseInt(pattern.substring(i + 1, close)));
                    i = close;
                } else if (c == '}' && !quoted) {
                    throw new IllegalArgumentException("多了一个 },占位符应为 {0}、{1} 这样的形式(要写 } 本身请写成 '}'): " + pattern);
                } else {
                    part.append(c);
                }
            }
            parts.add(part.toString());
            return new Template(List.copyOf(parts), arguments.stream().mapToInt(Integer::intValue).toArray());
        }

        String format(Object[] values) {
            StringBuilder text = new StringBuilder(parts.get(0));
            for (int i = 0; i < arguments.length; i++) {
                int argument = arguments[i];
                text.append(argument < values.length ? String.valueOf(values[argument]) : "{" + argument + "}");
                text.append(parts.get(i + 1));
            }
            return text.toString();
        }
    }
}
