package cn.duban.assistant.channel.wecom;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
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
        WeComHealthTest.assertDownWith(port, health, API, 60020, "企业可信IP");
    }
}
