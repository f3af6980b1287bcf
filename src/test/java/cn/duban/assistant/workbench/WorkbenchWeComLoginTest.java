package cn.duban.assistant.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.duban.assistant.channel.wecom.FakeWeComApi;
import cn.duban.assistant.channel.wecom.WeComTestClient;

/**
 * Sign-in by WeChat Work identity against the fake API: inside WeChat Work 网页授权 (code → UserID through WxJava's
 * {@code /cgi-bin/auth/getuserinfo}), outside it 扫码登录 from the login page; the roster decides what the member sees.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkbenchWeComLoginTest {

    static final FakeWeComApi API = FakeWeComApi.started();
    private static final String WXWORK = "Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Mobile wxwork/4.1.22 MicroMessenger/7.0.1";

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("assistant.data-dir", data::toString);
        registry.add("assistant.today", () -> "2023-07-03");
        registry.add("assistant.digest.enabled", () -> "false");
        registry.add("assistant.workbench.base-url", () -> "https://duban.example.gov.cn");
        WeComTestClient.registerApp(registry, API);
    }

    @AfterAll
    static void stopApi() {
        API.close();
    }

    @LocalServerPort
    int port;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String agent) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : "http://127.0.0.1:" + port + path));
        if (agent != null) {
            request.header("User-Agent", agent);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static String parameter(String url, String name) {
        Matcher found = Pattern.compile("[?&]" + name + "=([^&#]*)").matcher(url);
        assertThat(found.find()).as(name + " in " + url).isTrue();
        return URLDecoder.decode(found.group(1), StandardCharsets.UTF_8);
    }

    @Test
    void insideWeChatWorkAnOfficialIsSignedInBy网页授权() throws Exception {
        String login = location(get("/workbench/units/%E5%B8%B8%E5%AE%B6%E9%95%87", WXWORK));
        assertThat(login).endsWith("/workbench/wecom/login");
        String authorize = location(get(login, WXWORK));
        assertThat(authorize).startsWith("https://open.weixin.qq.com/connect/oauth2/authorize")
                .contains("appid=" + WeComTestClient.CORP_ID, "scope=snsapi_base");
        assertThat(parameter(authorize, "redirect_uri")).isEqualTo("https://duban.example.gov.cn/workbench/wecom/callback");

        String back = location(get("/workbench/wecom/callback?code=" + API.loginCode("zhangsan") + "&state="
                + parameter(authorize, "state"), WXWORK));
        assertThat(back).contains("/workbench/units/%E5%B8%B8%E5%AE%B6%E9%95%87");
        var page = get(back, WXWORK);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("张三", "常家镇", "应报指标");
        assertThat(API.requests("/cgi-bin/auth/getuserinfo")).isNotEmpty()
                .allSatisfy(request -> assertThat(request.query()).contains("access_token=", "code="));
    }

    @Test
    void outsideWeChatWorkTheLoginPageOffers扫码登录AndAReporterSeesHisUnit() throws Exception {
        assertThat(location(get("/workbench", null))).endsWith("/login");
        assertThat(get("/login", null).body()).contains("企业微信扫码登录", "/workbench/wecom/qr");
        String qr = location(get("/workbench/wecom/qr", null));
        assertThat(qr).contains(WeComTestClient.CORP_ID, "duban.example.gov.cn");

        location(get("/workbench/wecom/callback?code=" + API.loginCode("lisi") + "&state=" + parameter(qr, "state"), null));

        var overview = get("/workbench", null);
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains("李四", "新增城镇就业").doesNotContain("电商网络零售额");
        assertThat(get("/workbench/export.xlsx", null).statusCode()).isEqualTo(403);
    }

    @Test
    void aCodeWithoutItsStateOrUnknownToWeChatWorkSignsNobodyIn() throws Exception {
        String authorize = location(get("/workbench/wecom/login", WXWORK));
        var forged = get("/workbench/wecom/callback?code=" + API.loginCode("zhangsan") + "&state=forged", WXWORK);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("企业微信登录没有成功");

        authorize = location(get("/workbench/wecom/login", WXWORK));
        var unknown = get("/workbench/wecom/callback?code=never-issued&state=" + parameter(authorize, "state"), WXWORK);
        assertThat(unknown.statusCode()).isEqualTo(403);
        assertThat(location(get("/workbench", null))).endsWith("/login");
    }

    @Test
    void someoneOutsideTheRosterSignedInByWeChatWorkSeesNothing() throws Exception {
        String authorize = location(get("/workbench/wecom/login", WXWORK));
        location(get("/workbench/wecom/callback?code=" + API.loginCode("stranger") + "&state=" + parameter(authorize, "state"), WXWORK));

        var page = get("/workbench", WXWORK);
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("没有权限查看这个页面");
    }
}
