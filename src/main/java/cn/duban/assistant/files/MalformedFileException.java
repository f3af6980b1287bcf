package cn.duban.assistant.files;

import java.nio.file.Path;

/** A file county staff edit (knowledge, roster) cannot be used; the message names the file, the line and the field. */
public class MalformedFileException extends RuntimeException {

    private final transient Path file;
    private final int line;
    private final String field;

    public MalformedFileException(Path file, int line, String field, String problem) {
        super(describe(file, line, field, problem));
        this.file = file;
        this.line = line;
        this.field = field;
    }

    private static String describe(Path file, int line, String field, String problem) {
        StringBuilder text = new StringBuilder("文件有误: ").append(file);
        if (line > 0) {
            text.append(" 第").append(line).append("行");
        }
        if (field != null && !field.isEmpty()) {
            text.append(" 字段 ").append(field);
        }
        return text.append(": ").append(problem).toString();
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
}
