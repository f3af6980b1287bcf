package cn.duban.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.conversation.ConversationCore;
import cn.duban.assistant.conversation.InboundMessage;

/** The service as it starts from {@code config/application.yml}: health, settings, and the shared core. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assistant.today=2023-06-30")
class AssistantApplicationTest {

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void scratchData(DynamicPropertyRegistry registry) {
        registry.add("assistant.data-dir", data::toString);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    AssistantClock clock;
    @Autowired
    ConversationCore core;
    /** The health endpoint as an operator with access sees it (components included). */
    @Autowired
    HealthEndpoint health;

    @Test
    void healthIsUp() {
        var response = http.getForEntity("/actuator/health", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("\"status\":\"UP\"");
        assertThat(health.healthForPath("redis").getStatus()).isEqualTo(Status.UP);
        var wecom = (org.springframework.boot.actuate.health.Health) health.healthForPath("wecom");
        assertThat(wecom.getStatus()).as("console-only use is legitimate").isEqualTo(Status.UP);
        assertThat(wecom.getDetails()).containsEntry("configured", false).containsEntry("longConnection", "not configured");
    }

    @Test
    void settingsBindFromTheCommandLineOrProperties() {
        assertThat(clock.today()).isEqualTo(LocalDate.of(2023, 6, 30));
    }

    @Test
    void theServiceAnswersThroughTheSameCore() {
        String reply = core.handle(new InboundMessage("t1", "zhangsan", "电商网络零售额目标是多少", java.time.Instant.now())).text();

        assertThat(reply).startsWith("力争电商网络零售额超过20亿元");
    }

    @Test
    void anUnknownPathIsAPlainError() {
        var response = http.getForEntity("/nothing-here", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).doesNotContain("at cn.", "Exception");
    }

    @Test
    void withoutWeChatWorkSettingsTheCallbackSaysSoAndNothingElse() {
        var verify = http.getForEntity("/wecom/callback?msg_signature=a&timestamp=1&nonce=2&echostr=x", String.class);
        var message = http.postForEntity("/wecom/callback?msg_signature=a&timestamp=1&nonce=2", "<xml/>", String.class);

        assertThat(verify.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(verify.getBody()).isEqualTo("wecom is not configured");
        assertThat(message.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }
}
