package cn.duban.assistant.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every error under /workbench, /login and /logout is the Chinese error page with its status, whatever refused the
 * request — Spring MVC, Spring Security's firewall or CSRF check, or Tomcat before Spring — sent over a real socket
 * exactly as a client (curl, a browser) sends it, with a signed-in official's session.
 */
class WorkbenchErrorPagesTest extends WorkbenchApp {

    /** Request line (method and raw path) → expected status. */
    static final Map<String, Integer> ERRORS = new LinkedHashMap<>();

    static {
        ERRORS.put("GET /workbench/", 404);
        ERRORS.put("GET /workbench/tasks/jinwei-railway/", 404);
        ERRORS.put("GET /workbench/units/", 404);
        ERRORS.put("GET /workbench/nothing", 404);
        ERRORS.put("GET /workbench/photos/x/1", 400);
        ERRORS.put("GET /workbench/photos/999999999999999999999/1", 400);
        ERRORS.put("GET /workbench/units/%25", 400);
        ERRORS.put("GET /workbench/targets/new-urban-jobs;x=1", 400);
        ERRORS.put("GET /workbench/units/..%2F", 400);
        ERRORS.put("GET /workbench/units/%00", 400);
        ERRORS.put("GET /workbench/units/a%2Fb", 400);
        ERRORS.put("GET /workbench/units/" + "a".repeat(20_000), 400);
        ERRORS.put("GET /workbench/import/apply", 405);
        ERRORS.put("GET /logout", 404);
        ERRORS.put("POST /logout", 403);
        ERRORS.put("POST /workbench/import", 403);
        ERRORS.put("POST /workbench/import/apply", 403);
    }

    record Answer(int status, String head, String body) {
    }

    private Answer send(String method, String path, String cookie, String form) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
            String request = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\nConnection: close\r\n"
                    + (cookie == null ? "" : "Cookie: " + cookie + "\r\n")
                    + (form == null ? "" : "Content-Type: application/x-www-form-urlencoded\r\n")
                    + "Content-Length: " + body.length + "\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            return new Answer(Integer.parseInt(head.substring(9, 12)), head, split < 0 ? "" : text.substring(split + 4));
        }
    }

    private static String cookie(Answer answer) {
        Matcher m = Pattern.compile("(?i)Set-Cookie: (JSESSIONID=[^;]+)").matcher(answer.head());
        return m.find() ? m.group(1) : null;
    }

    private static String token(Answer page) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(m.find()).as("a CSRF token on the login page").isTrue();
        return m.group(1);
    }

    private String signedIn() throws IOException {
        Answer login = send("GET", "/login", null, null);
        String session = cookie(login);
        Answer done = send("POST", "/login", session, "username=" + OFFICIAL + "&password=" + OFFICIAL_PASSWORD
                + "&_csrf=" + URLEncoder.encode(token(login), StandardCharsets.UTF_8));
        assertThat(done.status()).isEqualTo(302);
        assertThat(done.head()).doesNotContain("error");
        return cookie(done) == null ? session : cookie(done);
    }

    @Test
    void everyErrorIsTheChinesePageWithItsStatus() throws IOException {
        String session = signedIn();
        for (var error : ERRORS.entrySet()) {
            String[] line = error.getKey().split(" ", 2);
            Answer answer = send(line[0], line[1], session, line[0].equals("POST") ? "x=1" : null);
            String what = error.getKey().substring(0, Math.min(60, error.getKey().length()));
            assertThat(answer.status()).as(what).isEqualTo(error.getValue());
            assertThat(answer.head()).as(what).containsIgnoringCase("Content-Type: text/html");
            assertThat(answer.body()).as(what).contains("<h1>" + error.getValue() + "</h1>", "返回工作台")
                    .doesNotContain("\"status\"", "Bad Request", "Whitelabel", "Tomcat");
        }
    }

    @Test
    void aPostWithoutAValidTokenSaysThePageExpired() throws IOException {
        Answer answer = send("POST", "/workbench/import/apply", signedIn(), "x=1");

        assertThat(answer.body()).contains("页面已过期");
    }

    @Test
    void aLoginFormPostedAfterItsSessionExpiredGoesBackToTheLoginPage() throws IOException {
        Answer login = send("GET", "/login", null, null);
        Answer stale = send("POST", "/login", "JSESSIONID=gone", "username=" + OFFICIAL + "&password=" + OFFICIAL_PASSWORD
                + "&_csrf=" + URLEncoder.encode(token(login), StandardCharsets.UTF_8));

        assertThat(stale.status()).isEqualTo(302);
        assertThat(stale.head()).contains("/login?expired");
        assertThat(send("GET", "/login?expired", null, null).body()).contains("页面已过期,请重新登录");
    }

    @Test
    void theMachineEndpointsKeepTheirOwnErrors() throws IOException {
        Answer unknown = send("GET", "/actuator/nothing", null, null);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"status\":404").doesNotContain("返回工作台");
    }
}
