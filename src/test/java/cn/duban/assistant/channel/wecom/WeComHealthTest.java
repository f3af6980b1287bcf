package cn.duban.assistant.channel.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With a good token from WeChat Work the {@code wecom} component is UP, and health requests fetch it once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WeComHealthTest {

    static final FakeWeComApi API = FakeWeComApi.started();

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("assistant.data-dir", data::toString);
        WeComTestClient.registerApp(registry, API);
    }

    @AfterAll
    static void stop() {
        API.close();
    }

    @LocalServerPort
    int port;

    /** The health endpoint as an operator with access sees it (components and details). */
    @Autowired
    HealthEndpoint health;

    @Test
    void aGoodTokenIsUpAndFetchedAtMostOnceAMinute() throws Exception {
        for (int i = 0; i < 3; i++) {
            var response = get(port);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
        }
        var wecom = health.healthForPath("wecom");
        assertThat(wecom.getStatus()).isEqualTo(Status.UP);
        assertThat(((org.springframework.boot.actuate.health.Health) wecom).getDetails())
                .containsEntry("configured", true).containsEntry("token", "fetched")
                .containsEntry("longConnection", "not configured");
        assertThat(API.tokenRequests()).isEqualTo(1);
    }

    /** GET /actuator/health as an anonymous caller. */
    static HttpResponse<String> get(int port) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
    }


    /**
     * Asserts what operators see when gettoken fails with {@code errcode}: 503 and DOWN for anyone, three times, the
     * {@code wecom} component's errcode and hint (holding {@code hintWord}), and one gettoken for all three requests.
     */
    static void assertDownWith(int port, org.springframework.boot.actuate.health.HealthEndpoint health, FakeWeComApi api,
                               int errcode, String hintWord) throws Exception {
        for (int i = 0; i < 3; i++) {
            var response = get(port);
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).isEqualTo("{\"status\":\"DOWN\"}");
        }
        var wecom = (org.springframework.boot.actuate.health.Health) health.healthForPath("wecom");
        assertThat(wecom.getStatus()).isEqualTo(org.springframework.boot.actuate.health.Status.DOWN);
        assertThat(wecom.getDetails()).containsEntry("configured", true).containsEntry("token", "failing: errcode " + errcode)
                .containsEntry("hint", WeComHealthIndicator.hint(errcode)).containsEntry("longConnection", "not configured");
        assertThat(WeComHealthIndicator.hint(errcode)).contains(hintWord);
        assertThat(api.tokenRequests()).as("at most one fetch a minute").isEqualTo(1);
    }
}
