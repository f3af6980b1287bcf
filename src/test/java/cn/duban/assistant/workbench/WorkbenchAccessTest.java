package cn.duban.assistant.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who may open what: every route of the workbench for each role (anonymous, someone outside the roster, a reporter of
 * 常家镇, an official), through the real security filter chain; and the machine endpoints left as they were.
 */
class WorkbenchAccessTest extends WorkbenchApp {

    @Autowired
    MockMvc mvc;

    /** route → expected status for: outsider, reporter of 常家镇, official. */
    static final Map<String, int[]> ROUTES = new java.util.LinkedHashMap<>();

    static {
        ROUTES.put("/workbench", new int[] {403, 200, 200});
        ROUTES.put("/workbench?light=RED&section=x&unit=常家镇", new int[] {403, 200, 200});
        ROUTES.put("/workbench/chart.png", new int[] {403, 200, 200});
        ROUTES.put("/workbench/targets/new-urban-jobs", new int[] {403, 200, 200});
        ROUTES.put("/workbench/targets/ecommerce-online-retail", new int[] {403, 403, 200});
        ROUTES.put("/workbench/targets/no-such-target", new int[] {403, 404, 404});
        ROUTES.put("/workbench/tasks/key-industrial-parks", new int[] {403, 403, 200});
        ROUTES.put("/workbench/tasks/no-such-task", new int[] {403, 404, 404});
        ROUTES.put("/workbench/units/常家镇", new int[] {403, 200, 200});
        ROUTES.put("/workbench/units/县人社局", new int[] {403, 403, 200});
        ROUTES.put("/workbench/units/没有这个单位", new int[] {403, 403, 404});
        ROUTES.put("/workbench/photos/1/1", new int[] {403, 404, 404});
        ROUTES.put("/workbench/export.xlsx", new int[] {403, 403, 200});
        ROUTES.put("/workbench/import", new int[] {403, 403, 200});
    }

    /** The route as a browser sends it: Chinese percent-encoded. */
    private static URI uri(String route) {
        return org.springframework.web.util.UriComponentsBuilder.fromUriString(route).encode().build().toUri();
    }

    private static RequestPostProcessor as(String userid) {
        return user("someone").authorities(new SimpleGrantedAuthority("userid:" + userid));
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    @Test
    void everyRouteForEveryRole() throws Exception {
        String[] users = {"nobody", "lisi", "wangwu"};
        for (var route : ROUTES.entrySet()) {
            for (int i = 0; i < users.length; i++) {
                assertThat(status(get(uri(route.getKey())).with(as(users[i]))))
                        .as(route.getKey() + " as " + users[i]).isEqualTo(route.getValue()[i]);
            }
        }
    }

    @Test
    void anonymousCallersAreSentToTheLoginPage() throws Exception {
        for (String route : ROUTES.keySet()) {
            MvcResult result = mvc.perform(get(uri(route))).andReturn();
            assertThat(result.getResponse().getStatus()).as(route).isEqualTo(302);
            assertThat(result.getResponse().getRedirectedUrl()).as(route).endsWith("/login");
        }
        assertThat(status(get("/login"))).isEqualTo(200);
    }

    @Test
    void theForbiddenPageSaysWhyInChinese() throws Exception {
        String page = mvc.perform(get("/workbench").with(as("nobody"))).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("没有权限查看这个页面", "人员名单");
    }

    @Test
    void aReporterIsToldImportAndExportAreForCountyLeaders() throws Exception {
        for (String route : new String[] {"/workbench/import", "/workbench/export.xlsx"}) {
            String page = mvc.perform(get(route).with(as("lisi"))).andReturn().getResponse().getContentAsString();
            assertThat(page).as(route).contains("导入/导出只限县领导").doesNotContain("工作台只对人员名单中的领导和填报人开放");
        }
    }

    @Test
    void aCorrectedNoteIsMarkedOnTheTaskPage() throws Exception {
        assertThat(say("lisi", "津潍高铁：第三批墩柱浇筑完成六成")).contains("已记录");
        assertThat(say("lisi", "更正 进度65%")).contains("已更正");

        String page = mvc.perform(get("/workbench/tasks/jinwei-railway").with(as("wangwu"))).andReturn().getResponse()
                .getContentAsString();

        java.util.regex.Matcher rows = java.util.regex.Pattern.compile("(?s)<tr[^>]*data-change=\"(\\w+)\"[^>]*>(.*?)</tr>").matcher(page);
        String original = null;
        String correction = null;
        while (rows.find()) {
            if (rows.group(2).contains("第三批墩柱浇筑完成六成")) {
                if (rows.group(1).equals("REPORT")) {
                    original = rows.group(2);
                } else if (rows.group(1).equals("CORRECT")) {
                    correction = rows.group(2);
                }
            }
        }
        assertThat(original).as("the original note's row").isNotNull().contains("(已撤回或更正)");
        assertThat(correction).as("the correction's row").isNotNull().doesNotContain("(已撤回或更正)");
    }

    @Test
    void postsWithoutTheCsrfTokenAreRefused() throws Exception {
        assertThat(status(post("/logout").with(as("wangwu")))).isEqualTo(403);
        assertThat(status(post("/logout").with(as("wangwu")).with(csrf()))).isEqualTo(302);
    }

    @Test
    void onlyOfficialsMayUploadOrApplyAPlan() throws Exception {
        var file = new org.springframework.mock.web.MockMultipartFile("file", "plan.xlsx", "application/octet-stream", new byte[] {1});
        for (String user : new String[] {"nobody", "lisi"}) {
            assertThat(status(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/workbench/import")
                    .file(file).with(as(user)).with(csrf()))).as(user).isEqualTo(403);
            assertThat(status(post("/workbench/import/apply").with(as(user)).with(csrf()))).as(user).isEqualTo(403);
        }
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/workbench/import")
                .file(file).with(as("wangwu")).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("没有导入", "不是能读取的 Excel 表格");
    }

    @Test
    void withoutWeChatWorkOnlyLocalAccountsSignIn() throws Exception {
        for (String route : new String[] {"/workbench/wecom/login", "/workbench/wecom/qr", "/workbench/wecom/callback?code=x&state=y"}) {
            assertThat(status(get(route))).as(route).isEqualTo(404);
        }
        var inWeChatWork = mvc.perform(get("/workbench").header("User-Agent", "Mozilla/5.0 wxwork/4.1.22")).andReturn().getResponse();
        assertThat(inWeChatWork.getRedirectedUrl()).endsWith("/login");
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
                .contains("用户名", "密码").doesNotContain("扫码登录");
    }

    @Test
    void aPhotoIsServedOnlyToThoseWhoMayOpenItsTask() throws Exception {
        assertThat(say("lisi", "津潍高铁：第二批桩基完成")).contains("已记录");
        assertThat(sendPhoto("lisi", cn.duban.assistant.tasks.TestPhotos.png(11))).contains("已作为佐证材料");
        String page = mvc.perform(get("/workbench/tasks/jinwei-railway").with(as("wangwu"))).andReturn().getResponse()
                .getContentAsString();
        java.util.regex.Matcher photos = java.util.regex.Pattern.compile("/workbench/photos/\\d+/\\d+").matcher(page);
        String photo = null;
        while (photos.find()) {
            photo = photos.group();
        }
        assertThat(photo).as("a photo on the task's page").isNotNull();

        for (String user : new String[] {"wangwu", "lisi"}) {
            var response = mvc.perform(get(photo).with(as(user))).andReturn().getResponse();
            assertThat(response.getStatus()).as(user).isEqualTo(200);
            assertThat(response.getContentType()).isEqualTo("image/png");
            assertThat(response.getContentAsByteArray()).isEqualTo(cn.duban.assistant.tasks.TestPhotos.png(11));
        }
        assertThat(status(get(photo).with(as("zhaoliu")))).as("县人社局 has no part in the task").isEqualTo(403);
        assertThat(status(get(photo).with(as("nobody")))).isEqualTo(403);
        assertThat(status(get(photo + "9"))).isEqualTo(302);
    }

    @Test
    void theMachineEndpointsNeedNoLoginAndNoCsrfToken() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        var health = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        var callback = http.send(HttpRequest.newBuilder(URI.create(base() + "/wecom/callback?msg_signature=x&timestamp=1&nonce=n"))
                .POST(HttpRequest.BodyPublishers.ofString("<xml></xml>")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
        // WeChat Work is not configured here: the callback answers its own 503, not a login page or a CSRF 403
        assertThat(callback.statusCode()).isEqualTo(503);
    }
}
