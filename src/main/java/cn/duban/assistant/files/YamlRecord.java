package cn.duban.assistant.files;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One YAML mapping read field by field, so that every problem names the file, the line and the field.
 * Built on SnakeYAML's node tree, which keeps the position of every value.
 */
public final class YamlRecord {

    private final Path file;
    private final int lineOffset;
    private final String path;
    private final MappingNode node;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();

    private YamlRecord(Path file, int lineOffset, String path, MappingNode node) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.path = path;
        this.node = node;
        for (NodeTuple tuple : node.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                fields.put(key.getValue(), tuple);
            }
        }
    }

    /** Reads a whole YAML file; empty when the file does not exist or holds nothing. */
    public static Optional<YamlRecord> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String yaml;
        try {
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MalformedFileException(file, 0, null, "无法读取(" + e.getMessage() + ")");
        }
        return yaml.isBlank() ? Optional.empty() : Optional.of(parse(file, yaml, 0));
    }

    /** Parses a whole YAML document whose first line is line {@code lineOffset + 1} of {@code file}. */
    public static YamlRecord parse(Path file, String yaml, int lineOffset) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(options).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1 + lineOffset;
            throw new MalformedFileException(file, line, null, "YAML 格式错误(" + e.getProblem() + ")");
        } catch (RuntimeException e) {
            throw new MalformedFileException(file, 0, null, "YAML 格式错误(" + e.getMessage() + ")");
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new MalformedFileException(file, root == null ? 0 : line(root, lineOffset), null,
                    "应为“字段: 值”的格式");
        }
        return new YamlRecord(file, lineOffset, "", mapping);
    }

    private static int line(Node node, int lineOffset) {
        return node.getStartMark().getLine() + 1 + lineOffset;
    }

    public int line() {
        return line(node, lineOffset);
    }

    public boolean has(String field) {
        NodeTuple tuple = fields.get(field);
        return tuple != null && !(tuple.getValueNode() instanceof ScalarNode scalar
                && (scalar.getValue().isBlank() || Tag.NULL.equals(scalar.getTag())));
    }

    public MalformedFileException problem(String field, String problem) {
        NodeTuple tuple = fields.get(field);
        int line = tuple == null ? line() : line(tuple.getValueNode(), lineOffset);
        return new MalformedFileException(file, line, qualified(field), problem);
    }

    private String qualified(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    public String text(String field) {
        if (!has(field)) {
            throw problem(field, "缺少此项");
        }
        return scalar(field).strip();
    }

    public String optionalText(String field, String fallback) {
        return has(field) ? scalar(field).strip() : fallback;
    }

    private String scalar(String field) {
        Node value = fields.get(field).getValueNode();
        if (!(value instanceof ScalarNode scalar)) {
            throw problem(field, "应为单个值");
        }
        return scalar.getValue();
    }

    public BigDecimal number(String field) {
        String text = text(field);
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw problem(field, "应为数字,现在是“" + text + "”");
        }
    }

    public int integer(String field) {
        try {
            return number(field).intValueExact();
        } catch (ArithmeticException e) {
            throw problem(field, "应为整数");
        }
    }

    public LocalDate date(String field) {
        String text = text(field);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw problem(field, "应为日期 yyyy-MM-dd,现在是“" + text + "”");
        }
    }

    public List<String> texts(String field) {
        if (!has(field)) {
            return List.of();
        }
        Node value = fields.get(field).getValueNode();
        if (value instanceof ScalarNode scalar) {
            return List.of(scalar.getValue().strip());
        }
        if (!(value instanceof SequenceNode sequence)) {
            throw problem(field, "应为列表,例如 [甲, 乙]");
        }
        List<String> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof ScalarNode scalar)) {
                throw new MalformedFileException(file, line(item, lineOffset), qualified(field), "列表中应为文字");
            }
            if (!scalar.getValue().isBlank()) {
                items.add(scalar.getValue().strip());
            }
        }
        return items;
    }

    public YamlRecord record(String field) {
        if (!has(field)) {
            throw problem(field, "缺少此项");
        }
        if (!(fields.get(field).getValueNode() instanceof MappingNode mapping)) {
            throw problem(field, "应为“字段: 值”的格式");
        }
        return new YamlRecord(file, lineOffset, qualified(field), mapping);
    }

    public List<YamlRecord> records(String field) {
        if (!has(field)) {
            throw problem(field, "缺少此项");
        }
        if (!(fields.get(field).getValueNode() instanceof SequenceNode sequence)) {
            throw problem(field, "应为列表,每项以“- ”开头");
        }
        List<YamlRecord> records = new ArrayList<>();
        List<Node> items = sequence.getValue();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof MappingNode mapping)) {
                throw new MalformedFileException(file, line(items.get(i), lineOffset), qualified(field) + "[" + (i + 1) + "]",
                        "应为“字段: 值”的格式");
            }
            records.add(new YamlRecord(file, lineOffset, qualified(field) + "[" + (i + 1) + "]", mapping));
        }
        return records;
    }
}
