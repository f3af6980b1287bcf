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
            if (tuple.getKeyNode() instanceof ScalarNode key && fields.putIfAbsent(key.getValue(), tuple) != null) {
                throw new MalformedFileException(file, line(key, lineOffset), qualified(key.getValue()), "字段“" + key.getValue()
                        + "”写了两次(第" + line(fields.get(key.getValue()).getKeyNode(), lineOffset) + "行已有),同一项中每个字段只写一次");
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
            throw MalformedFileException.unreadable(file, e);
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
            int colon = colonLine(yaml, e.getProblemMark() == null ? -1 : e.getProblemMark().getLine());
            if (colon >= 0) {
                throw YamlSyntax.fullWidthColon(file, yaml, lineOffset, colon);
            }
            throw YamlSyntax.problem(file, yaml, lineOffset, e);
        } catch (RuntimeException e) {
            throw new MalformedFileException(file, 0, null, "格式有误,无法按 YAML 读取。请检查缩进(只用空格)、冒号和引号");
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new MalformedFileException(file, root == null ? 0 : line(root, lineOffset), null,
                    "应为“字段: 值”的格式" + (root == null ? "" : colonHint(root)));
        }
        return new YamlRecord(file, lineOffset, "", mapping);
    }

    /** The line (0-based) at or just before a YAML error that uses a full-width colon after a field name, or -1. */
    private static int colonLine(String yaml, int errorLine) {
        List<String> lines = yaml.lines().toList();
        for (int i = Math.min(errorLine, lines.size() - 1); i >= Math.max(0, errorLine - 2); i--) {
            if (YamlSyntax.fullWidthKey(lines.get(i)) != null) {
                return i;
            }
        }
        return -1;
    }

    /** A hint when a value holds a full-width colon where the field's colon should be (name：就业). */
    private static String colonHint(Node node) {
        return node instanceof ScalarNode scalar && scalar.getValue().contains("\uFF1A")
                ? "(“" + scalar.getValue() + "”里用了中文冒号“：”,字段名后应为英文冒号加空格“: ”)" : "";
    }

    private static int line(Node node, int lineOffset) {
        return node.getStartMark().getLine() + 1 + lineOffset;
    }

    public int line() {
        return line(node, lineOffset);
    }

    /**
     * Refuses a field this record does not take (alias: for aliases:, peroid: for period:), naming the nearest
     * allowed one; a mistyped field would otherwise be ignored without a word.
     *
     * @throws MalformedFileException naming the file, line and field
     */
    public void onlyFields(List<String> allowed) {
        for (String field : fields.keySet()) {
            if (!allowed.contains(field)) {
                String nearest = allowed.stream().min(java.util.Comparator.comparingInt(known -> distance(field, known))).orElse("");
                String hint = distance(field, nearest) <= 2 ? ",是不是“" + nearest + "”?" : "";
                throw problem(field, "不认识的字段“" + field + "”" + hint + "可用的字段: " + String.join("、", allowed));
            }
        }
    }

    /** Edits (insert, delete, replace) between two field names. */
    private static int distance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()];
    }

    public boolean has(String field) {
        NodeTuple tuple = fields.get(field);
        return tuple != null && !(tuple.getValueNode() instanceof ScalarNode scalar
                && (scalar.getValue().isBlank() || Tag.NULL.equals(scalar.getTag())));
    }

    public MalformedFileException problem(String field, String problem) {
        NodeTuple tuple = fields.get(field);
        int line = tuple == null ? line() : line(tuple.getValueNode(), lineOffset);
        String hint = tuple == null ? "" : colonHint(tuple.getValueNode());
        return new MalformedFileException(file, line, qualified(field), problem + hint);
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
                        "应为“字段: 值”的格式" + colonHint(items.get(i)));
            }
            records.add(new YamlRecord(file, lineOffset, qualified(field) + "[" + (i + 1) + "]", mapping));
        }
        return records;
    }
}
