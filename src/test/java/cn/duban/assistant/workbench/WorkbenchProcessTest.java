package cn.duban.assistant.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import cn.duban.assistant.AssistantProcess;

/**
 * The service as the README starts it (its own process, WeChat Work not configured, the shipped knowledge and roster)
 * serves the workbench to a local account given on the command line with a bcrypt hash.
 */
class WorkbenchProcessTest {

    @TempDir
    Path data;

    @Test
    void theServiceServesTheWorkbenchToALocalAccount() throws Exception {
        int port = AssistantProcess.freePort();
        String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode("s3cret-pass");
        try (AssistantProcess service = AssistantProcess.start("--server.port=" + port, "--server.address=127.0.0.1",
                "--assistant.data-dir=" + data, "--assistant.today=2023-07-03", "--assistant.digest.enabled=false",
                "--assistant.workbench.users[0].username=duchashi", "--assistant.workbench.users[0].password=" + hash,
                "--assistant.workbench.users[0].userid=wangwu")) {
            AssistantProcess.awaitHealthy(port);
            String base = "http://127.0.0.1:" + port;
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL).build();

            String login = http.send(HttpRequest.newBuilder(URI.create(base + "/workbench")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(login).contains("督查室工作台", "用户名", "密码").doesNotContain("扫码登录");
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
            assertThat(token.find()).isTrue();
            String form = "username=duchashi&password=s3cret-pass&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
            var overview = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(overview.statusCode()).isEqualTo(200);
            assertThat(overview.uri().getPath()).isEqualTo("/workbench");
            assertThat(overview.body()).contains("王五", "新增城镇就业", "津潍高铁建设", "导出台账");
            assertThat(service.stderr()).doesNotContain("generated security password", "Using generated");
        }
    }
}
