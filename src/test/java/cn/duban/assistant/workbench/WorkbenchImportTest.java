package cn.duban.assistant.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.duban.assistant.conversation.CurrentKnowledge;
import cn.duban.assistant.knowledge.Task;

/**
 * The import of a 分工方案 as two officials use it at once, and what a broken upload is called: through the real
 * controller and security chain, each official with his own session. tasks.yml is put back after each test.
 */
class WorkbenchImportTest extends WorkbenchApp {

    @Autowired
    MockMvc mvc;

    @Autowired
    CurrentKnowledge current;

    private static RequestPostProcessor official() {
        return user("someone").authorities(new SimpleGrantedAuthority("userid:wangwu"));
    }

    /** The tasks in use as a 分工方案, with key-industrial-parks due on {@code deadline}. */
    private byte[] plan(String deadline) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (Task task : current.get().knowledge().tasks()) {
            rows.add(List.of(task.text(), task.lead(), String.join("、", task.partners()),
                    task.hasLeader() ? current.get().roster().nameOf(task.leader()) : "",
                    task.id().equals("key-industrial-parks") ? deadline : task.deadline().toString()));
        }
        Path file = PlanSheets.write(Files.createTempFile("duban-plan", ".xlsx"), rows);
        return Files.readAllBytes(file);
    }

    private String upload(MockHttpSession session, String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/workbench/import").file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                .session(session).with(official()).with(csrf())).andReturn().getResponse().getContentAsString();
    }

    private String apply(MockHttpSession session) throws Exception {
        return mvc.perform(post("/workbench/import/apply").session(session).with(official()).with(csrf()))
                .andReturn().getResponse().getContentAsString();
    }

    private LocalDate parksDeadline() {
        return current.get().knowledge().tasks().stream().filter(t -> t.id().equals("key-industrial-parks"))
                .findFirst().orElseThrow().deadline();
    }

    @Test
    void anOlderDraftIsNotAppliedOverAnotherOfficialsNewerImport() throws Exception {
        Path tasks = KNOWLEDGE.resolve("tasks.yml");
        byte[] original = Files.readAllBytes(tasks);
        try {
            MockHttpSession first = new MockHttpSession();
            MockHttpSession second = new MockHttpSession();
            assertThat(upload(first, "甲的分工方案.xlsx", plan("2023年11月底前"))).contains("确认导入");
            assertThat(upload(second, "乙的分工方案.xlsx", plan("2023年10月底前"))).contains("确认导入");
            assertThat(apply(second)).contains("已导入");
            assertThat(parksDeadline()).isEqualTo(LocalDate.of(2023, 10, 31));

            String page = apply(first);

            assertThat(page).contains("没有导入", "已被修改", "请重新上传").doesNotContain("已导入");
            assertThat(parksDeadline()).as("乙's import stands").isEqualTo(LocalDate.of(2023, 10, 31));
            assertThat(upload(first, "甲的分工方案.xlsx", plan("2023年11月底前"))).contains("确认导入");
            assertThat(apply(first)).contains("已导入");
            assertThat(parksDeadline()).isEqualTo(LocalDate.of(2023, 11, 30));
        } finally {
            Files.write(tasks, original);
            current.reload();
        }
    }

    @Test
    void rowsKeepingTheirTasksNamesCarryNoNamingNote() throws Exception {
        String page = upload(new MockHttpSession(), "原样的分工方案.xlsx", plan("2023年12月底前"));

        assertThat(page).contains("确认导入", "津潍高铁建设", "庆章高速建设").doesNotContain("已加行号区分", "名称取自本行");
    }

    @Test
    void aBrokenUploadIsCalledByTheNameTheOfficialChose() throws Exception {
        String page = upload(new MockHttpSession(), "三月分工方案.xlsx", new byte[] {1, 2, 3});

        assertThat(page).contains("三月分工方案.xlsx", "不是能读取的 Excel 表格").doesNotContain("plan-");
    }
}
