package cn.duban.assistant.knowledge;

import static cn.duban.assistant.knowledge.BundledKnowledge.read;
import static cn.duban.assistant.knowledge.BundledKnowledge.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import cn.duban.assistant.files.MalformedFileException;

/**
 * Mistakes of YAML itself in {@code tasks.yml} and {@code targets.yml} (a TAB, bad indentation, an unclosed quote, a
 * key written twice, another encoding): each is told in Chinese, with the file, the line and the field (1-based:
 * {@code tasks[2]} is the second task), never in SnakeYAML's English.
 */
class YamlSyntaxErrorsTest {

    @TempDir
    Path dir;

    @BeforeEach
    void copyBundledKnowledge() {
        BundledKnowledge.copyTo(dir);
    }

    private static final String TASKS = """
            tasks:
              - id: first-task
                name: 津潍高铁建设
                text: 加快津潍高铁、庆章高速等重点项目建设
                lead: 县交通运输局
                deadline: 2023
              - id: the-task
                name: 庆章高速建设
                text: 加快津潍高铁、庆章高速等重点项目建设
                lead: 县交通运输局
                partners: [县发展改革局]
                deadline: 2023-12
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a TAB before a field              | tasks.yml   | '    lead: 县交通运输局\\n    partners'  | '\\tlead: 县交通运输局\\n    partners' | 10 | tasks[2].lead     | 制表符
            an unclosed bracket               | tasks.yml   | 'partners: [县发展改革局]'             | 'partners: [县发展改革局'              | 11 | tasks[2].partners | 方括号
            a field indented too far          | tasks.yml   | '    lead: 县交通运输局\\n    partners'  | '      lead: 县交通运输局\\n    partners' | 10 | tasks[2].lead  | 缩进
            a field indented too little       | tasks.yml   | '    deadline: 2023-12'              | '   deadline: 2023-12'                  | 12 | tasks[2].deadline | 缩进
            an unclosed quote                 | tasks.yml   | 'name: 庆章高速建设'                  | 'name: "庆章高速建设'                    | 8  | tasks[2].name     | 引号
            a key written twice               | tasks.yml   | 'deadline: 2023-12'                  | 'deadline: 2023-12\\n    deadline: 2024' | 13 | tasks[2].deadline | 写了两次
            a TAB in targets.yml              | targets.yml | '    unit: 个'                       | '\\tunit: 个'                           | 0  | targets[1].unit   | 制表符
            """)
    void aYamlMistakeIsToldInChineseWithFileLineAndField(String what, String file, String from, String to, int line,
                                                        String field, String problem) {
        Path path = dir.resolve(file);
        String yaml = file.equals("tasks.yml") ? TASKS : read(path);
        String unescaped = from.replace("\\n", "\n");
        int at = file.equals("tasks.yml") ? yaml.indexOf(unescaped, yaml.indexOf("the-task")) : yaml.indexOf(unescaped);
        assertThat(at).as(what).isNotNegative();
        String edited = yaml.substring(0, at) + to.replace("\\n", "\n").replace("\\t", "\t") + yaml.substring(at + unescaped.length());
        write(path, edited);
        int expectedLine = line > 0 ? line : edited.substring(0, edited.indexOf('\t')).split("\n", -1).length;

        assertThatThrownBy(() -> KnowledgeLoader.load(dir)).as(what)
                .isInstanceOfSatisfying(MalformedFileException.class, e -> {
                    assertThat(e.file()).isEqualTo(path);
                    assertThat(e.line()).isEqualTo(expectedLine);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).contains("第" + expectedLine + "行", "字段 " + field, problem,
                            file.equals("tasks.yml") ? "(第2个任务)" : "(第1个目标)");
                    assertEnglishFree(e, path);
                });
    }

    @Test
    void aFileSavedInAnotherEncodingIsToldSoInChinese() throws IOException {
        Path tasks = dir.resolve("tasks.yml");
        Files.write(tasks, TASKS.getBytes(Charset.forName("GB18030")));

        assertThatThrownBy(() -> KnowledgeLoader.load(dir))
                .isInstanceOfSatisfying(MalformedFileException.class, e -> {
                    assertThat(e.getMessage()).contains("UTF-8");
                    assertEnglishFree(e, tasks);
                });
    }

    /** No English words beside the file's path, the field and the encoding's name. */
    private static void assertEnglishFree(MalformedFileException e, Path path) {
        String field = e.field() == null ? "" : e.field();
        String rest = e.getMessage().replace(path.toString(), "").replace(field, "")
                .replace(field.replaceFirst(".*\\.", ""), "").replace("UTF-8", "").replace("GBK/ANSI", "").replace("WPS", "").replace("YAML", "").replace("README", "").replace("Tab", "");
        assertThat(rest).as(e.getMessage()).doesNotContainPattern("[A-Za-z]{3,}");
    }
}
