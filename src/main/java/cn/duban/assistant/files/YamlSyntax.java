package cn.duban.assistant.files;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A mistake of YAML itself (a TAB, bad indentation, an unclosed quote or bracket, a colon inside a value) told in
 * Chinese, with the line where it is and the field that line belongs to (1-based, {@code tasks[2].lead}: the
 * second task's lead), guessed from the text since SnakeYAML could not read it. SnakeYAML's English never reaches
 * county staff.
 */
final class YamlSyntax {

    private static final Pattern KEY = Pattern.compile("^([A-Za-z][A-Za-z0-9_-]*)\\s*:");
    /** A field whose value is on the lines below it (milestones:). */
    private static final Pattern OPEN = Pattern.compile(":\\s*(#.*)?$");
    private static final Pattern FULL_WIDTH_KEY = Pattern.compile("\\s*(?:- )?([A-Za-z][A-Za-z0-9_-]*)\\s*\uFF1A.*");
    private static final Pattern DASH = Pattern.compile("^(\\s*)-(\\s|$)");

    private YamlSyntax() {
    }

    /** The exception to throw for SnakeYAML's {@code e} on {@code yaml}, whose first line is line {@code offset + 1}. */
    static MalformedFileException problem(Path file, String yaml, int offset, MarkedYAMLException e) {
        List<String> lines = yaml.lines().toList();
        String what = String.valueOf(e.getContext()) + " " + e.getProblem();
        int at = line(e.getProblemMark(), lines);
        String problem;
        int tab = firstTab(lines, at);
        if (tab >= 0) {
            at = tab;
            problem = "这一行用了制表符(Tab)。YAML 只能用空格缩进和分隔,请把 Tab 换成空格(同一项的字段左边对齐)";
        } else if (what.contains("quoted scalar")) {
            at = line(e.getContextMark(), lines);
            problem = "引号没有成对:这一行的值以引号开头,却没有结束的引号。请补上引号,或去掉引号";
        } else if (what.contains("flow sequence")) {
            at = line(e.getContextMark(), lines);
            problem = "方括号没有成对:列表应写成 [甲, 乙],以“]”结束";
        } else if (what.contains("flow mapping")) {
            at = line(e.getContextMark(), lines);
            problem = "花括号没有成对:应写成 {date: 2023-06-30, due: 完成桩基},以“}”结束";
        } else if (what.contains("mapping values are not allowed")) {
            problem = "缩进不对,或值里有“: ”:同一项的字段应与上一行左边对齐(用空格);值里有冒号加空格时,请给整个值加引号";
        } else {
            problem = "缩进不对:同一项的字段应与上一行左边对齐(用空格),“- ”开始新的一项";
        }
        return new MalformedFileException(file, at < 0 ? 0 : at + 1 + offset, field(lines, at), problem);
    }

    /**
     * The mistake of line {@code at} (0-based), a field name followed by a full-width colon (name：就业): that line and
     * its own field ({@code tasks[9].name}) are named, not the line after where SnakeYAML noticed it.
     */
    static MalformedFileException fullWidthColon(Path file, String yaml, int offset, int at) {
        List<String> lines = yaml.lines().toList();
        String key = fullWidthKey(lines.get(at));
        String field = field(lines, at);
        if (field == null) {
            field = key;
        } else if (!field.endsWith("." + key) && !field.equals(key)) {
            field = field + "." + key;
        }
        return new MalformedFileException(file, at + 1 + offset, field,
                "格式有误(第" + (at + 1 + offset) + "行用了中文冒号“：”,字段名后应为英文冒号加空格“: ”)");
    }

    /** The field name before a full-width colon on {@code line} (name：就业, - id：jobs), or null. */
    static String fullWidthKey(String line) {
        int hash = line.indexOf('#');
        Matcher m = FULL_WIDTH_KEY.matcher(hash < 0 ? line : line.substring(0, hash));
        return m.matches() ? m.group(1) : null;
    }

    private static int line(Mark mark, List<String> lines) {
        return mark == null ? -1 : Math.min(mark.getLine(), lines.size() - 1);
    }

    /** The first line up to {@code at} (and the one after, where SnakeYAML may notice it) with a TAB outside a comment. */
    private static int firstTab(List<String> lines, int at) {
        for (int i = 0; i <= Math.min(at + 1, lines.size() - 1); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            String content = hash < 0 ? line : line.substring(0, hash);
            if (content.contains("\t")) {
                return i;
            }
        }
        return -1;
    }

    /** The field of line {@code at}: {@code tasks[2].lead}, {@code tasks[2]}, {@code tasks}, or null. */
    static String field(List<String> lines, int at) {
        if (at < 0) {
            return null;
        }
        int top = -1;
        for (int i = at; i >= 0 && top < 0; i--) {
            if (KEY.matcher(lines.get(i)).find()) {
                top = i;
            }
        }
        if (top < 0) {
            return null;
        }
        Matcher topKey = KEY.matcher(lines.get(top));
        topKey.find();
        String path = topKey.group(1);
        int dash = -1;
        int items = 0;
        int itemLine = -1;
        for (int i = top + 1; i <= at; i++) {
            Matcher m = DASH.matcher(lines.get(i));
            if (m.find() && (dash < 0 || m.group(1).length() == dash)) {
                dash = m.group(1).length();
                items++;
                itemLine = i;
            }
        }
        if (at == top || items == 0) {
            return path;
        }
        path = path + "[" + items + "]";
        String own = key(lines.get(at));
        int indent = indent(lines.get(at), dash);
        for (int i = at - 1; i > itemLine; i--) {
            String line = lines.get(i);
            if (!line.isBlank() && indent(line, dash) < indent && key(line) != null && OPEN.matcher(line).find()) {
                return path + "." + key(line);
            }
        }
        return own == null ? path : path + "." + own;
    }

    private static String key(String line) {
        Matcher m = KEY.matcher(line.stripLeading().replaceFirst("^-\\s+", ""));
        return m.find() ? m.group(1) : null;
    }

    /** Leading spaces; a line starting with a TAB counts as a field of its item. */
    private static int indent(String line, int dash) {
        if (line.stripLeading().length() < line.length() && line.charAt(line.length() - line.stripLeading().length() - 1) == '\t') {
            return dash + 2;
        }
        return line.length() - line.stripLeading().length();
    }
}
