package cn.duban.assistant.files;

import java.nio.file.Path;

/**
 * A file county staff edit (knowledge, roster) cannot be used; the message names the file, the line and the field,
 * and {@link #fix()} says what to do. Startup stops with both on one line.
 */
public class MalformedFileException extends RuntimeException {

    private static final String CORRECT_IT = "请改正该文件后重新启动,格式见 README。";

    private final transient Path file;
    private final int line;
    private final String field;
    private final String fix;

    public MalformedFileException(Path file, int line, String field, String problem) {
        this(file, line, field, problem, CORRECT_IT);
    }

    /** A problem whose fix is not to correct the file, e.g. a file that is missing. */
    public MalformedFileException(Path file, int line, String field, String problem, String fix) {
        super(describe(file, line, field, problem));
        this.file = file;
        this.line = line;
        this.field = field;
        this.fix = fix;
    }

    private static String describe(Path file, int line, String field, String problem) {
        StringBuilder text = new StringBuilder("文件有误: ").append(file);
        if (line > 0) {
            text.append(" 第").append(line).append("行");
        }
        if (field != null && !field.isEmpty()) {
            text.append(" 字段 ").append(field);
        }
        return text.append(": ").append(problem).append(field == null ? "" : position(field)).toString();
    }

    private static final java.util.regex.Pattern ITEM = java.util.regex.Pattern.compile("([A-Za-z-]+)\\[(\\d+)]");
    private static final java.util.Map<String, String> ITEMS = java.util.Map.of("tasks", "任务", "targets", "目标",
            "milestones", "节点", "officials", "领导", "reporters", "上报人");

    /** The 1-based positions of a field path in words: tasks[2].milestones[1].date → (第2个任务的第1个节点), written after the problem. */
    private static String position(String field) {
        java.util.regex.Matcher item = ITEM.matcher(field);
        java.util.List<String> parts = new java.util.ArrayList<>();
        while (item.find()) {
            parts.add("第" + item.group(2) + "个" + ITEMS.getOrDefault(item.group(1), "项"));
        }
        return parts.isEmpty() ? "" : "(" + String.join("的", parts) + ")";
    }

    /**
     * A file that could not be read, said in Chinese (never the Java message): not UTF-8, a broken {@code \\u}
     * escape, or not readable at all.
     */
    public static MalformedFileException unreadable(Path file, Exception e) {
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return new MalformedFileException(file, 0, null, "不是 UTF-8 编码(可能是记事本或 WPS 存成了 GBK/ANSI),请另存为 UTF-8");
        }
        if (e instanceof IllegalArgumentException) {
            return new MalformedFileException(file, 0, null, "有写错的 \\u 转义(应为 \\u 加4位十六进制数字),或直接写中文");
        }
        return new MalformedFileException(file, 0, null, "无法读取:文件不存在、是文件夹或没有读取权限");
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String field() {
        return field;
    }

    /** What the operator should do, e.g. 请改正该文件后重新启动,格式见 README。 */
    public String fix() {
        return fix;
    }
}
