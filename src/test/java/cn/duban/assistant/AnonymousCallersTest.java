package cn.duban.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** What anyone who can reach the port sees: health as a bare status, errors without details. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnonymousCallersTest {

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("assistant.data-dir", data::toString);
    }

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthIsTheStatusAlone() throws Exception {
        var health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(health.body()).doesNotContain("details", "components", "diskSpace", data.toString());
    }

    @Test
    void theErrorPageAskedForDirectlyAndAnUnknownPathAreNotFoundWithoutDetails() throws Exception {
        for (String path : new String[] {"/error", "/nope", "/error?trace=true"}) {
            var response = get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).hasLineCount(1).hasSizeLessThan(200)
                    .doesNotContain("trace", "exception", "Exception", "message", "at org.", "at cn.", "path");
        }
    }

    @Test
    void aBrowserAskingForAPageGetsTheSameOneLine() throws Exception {
        for (String path : new String[] {"/error", "/nope"}) {
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).isEqualTo("404 Not Found").doesNotContain("Whitelabel");
        }
    }
}
