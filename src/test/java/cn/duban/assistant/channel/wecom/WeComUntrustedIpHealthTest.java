package cn.duban.assistant.channel.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** gettoken answering 60020: health is DOWN, the {@code wecom} component names the errcode and what to fix. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WeComUntrustedIpHealthTest {

    static final FakeWeComApi API = FakeWeComApi.started();

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        API.failTokens(60020);
        registry.add("assistant.data-dir", data::toString);
        WeComTestClient.registerApp(registry, API);
    }

    @AfterAll
    static void stop() {
        API.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    HealthEndpoint health;

    @Test
    void healthIsDownWithTheErrcodeAndAHint() throws Exception {
        for (int i = 0; i < 3; i++) {
            var response = WeComHealthTest.get(port);
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).isEqualTo("{\"status\":\"DOWN\"}");
        }
        Health wecom = (Health) health.healthForPath("wecom");
        assertThat(wecom.getStatus()).isEqualTo(Status.DOWN);
        assertThat(wecom.getDetails()).containsEntry("configured", true).containsEntry("token", "failing: errcode 60020")
                .containsEntry("hint", WeComHealthIndicator.hint(60020)).containsEntry("longConnection", "not configured");
        assertThat(WeComHealthIndicator.hint(60020)).contains("企业可信IP");
        assertThat(API.tokenRequests()).as("at most one fetch a minute").isEqualTo(1);
    }
}
