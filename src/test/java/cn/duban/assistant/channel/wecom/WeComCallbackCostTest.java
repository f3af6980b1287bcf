package cn.duban.assistant.channel.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.coyote.AbstractProtocol;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.duban.assistant.ledger.Ledger;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.util.SafeEncoder;

/**
 * What a callback costs the service as it starts by default: a question is answered (also when WeChat Work sends it
 * again) without a write to the append-only file, while a report is written there, fsync'd, once; the embedded
 * redis-server still fsyncs every write; Tomcat is sized for a 2-core server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WeComCallbackCostTest {

    private static final FakeWeComApi API;
    private static final AtomicLong MSG_IDS = new AtomicLong(8_100_000_000L);

    static {
        try {
            API = new FakeWeComApi();
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("assistant.data-dir", data::toString);
        registry.add("assistant.today", () -> "2023-06-30");
        WeComTestClient.registerApp(registry, API);
    }

    @AfterAll
    static void stopApi() {
        API.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    UnifiedJedis redis;
    @Autowired
    Ledger ledger;
    @Autowired
    ServletWebServerApplicationContext context;

    WeComTestClient client;

    @BeforeEach
    void client() {
        client = new WeComTestClient("http://127.0.0.1:" + port + "/wecom/callback");
    }

    private long aofBytes() {
        return redis.info("persistence").lines().filter(line -> line.startsWith("aof_current_size:"))
                .mapToLong(line -> Long.parseLong(line.substring(17).trim())).findFirst().orElseThrow();
    }

    /** CONFIG GET of one setting, as the embedded redis-server the application started answers it. */
    private String config(String name) {
        java.util.List<?> pair = (java.util.List<?>) redis.sendCommand(Protocol.Command.CONFIG, "GET", name);
        return SafeEncoder.encode((byte[]) pair.get(1));
    }

    @Test
    void theAppsRedisWritesEveryChangeToDiskBeforeAnswering() {
        assertThat(config("appendonly")).isEqualTo("yes");
        assertThat(config("appendfsync")).isEqualTo("always");
    }

    @Test
    void aQuestionAndWeComsRetryOfItAreAnsweredWithoutADurableWrite() throws Exception {
        client.send(WeComTestClient.textXml("zhangsan", "技改投资增长目标是多少", MSG_IDS.incrementAndGet()));
        long before = aofBytes();
        for (String question : new String[] {"过亿元项目要引进多少个?", "新增城镇就业完成多少了", "这篇讲话是谁讲的", "津潍高铁",
                "县交通运输局的任务"}) {
            String xml = WeComTestClient.textXml("zhangsan", question, MSG_IDS.incrementAndGet());

            var first = client.send(xml);
            var retry = client.send(xml);

            assertThat(first.status()).isEqualTo(200);
            assertThat(first.text()).isNotBlank();
            assertThat(retry.status()).isEqualTo(200);
            assertThat(retry.text()).isEqualTo(first.text());
        }
        assertThat(aofBytes()).as("bytes appended to appendonly.aof by questions").isEqualTo(before);
    }

    /** How many times the embedded redis-server has run each command, from INFO commandstats. */
    private java.util.Map<String, Long> calls() {
        java.util.Map<String, Long> calls = new java.util.HashMap<>();
        redis.info("commandstats").lines().filter(line -> line.startsWith("cmdstat_")).forEach(line -> calls.put(
                line.substring(8, line.indexOf(':')), Long.parseLong(line.replaceAll("^[^:]*:calls=(\\d+),.*", "$1"))));
        return calls;
    }

    @Test
    void aTaskCardReadsTheTasksNotesAndStateOnce() throws Exception {
        var before = calls();

        var card = client.send(WeComTestClient.textXml("zhangsan", "津潍高铁", MSG_IDS.incrementAndGet()));

        var after = calls();
        assertThat(card.text()).contains("津潍高铁", "牵头单位");
        assertThat(after.getOrDefault("lrange", 0L) - before.getOrDefault("lrange", 0L)).as("LRANGE of the task's notes").isEqualTo(1);
        assertThat(after.getOrDefault("hgetall", 0L) - before.getOrDefault("hgetall", 0L)).as("HGETALL of its state, no notes yet")
                .isEqualTo(1);
    }

    /** The commands Redis runs while {@code action} runs, each as its words, from its SLOWLOG with a 0 µs threshold. */
    private java.util.List<String> commandsDuring(org.junit.jupiter.api.function.Executable action) throws Throwable {
        redis.sendCommand(Protocol.Command.CONFIG, "SET", "slowlog-log-slower-than", "0");
        redis.sendCommand(Protocol.Command.CONFIG, "SET", "slowlog-max-len", "1000");
        redis.sendCommand(Protocol.Command.SLOWLOG, "RESET");
        try {
            action.execute();
            java.util.List<String> commands = new java.util.ArrayList<>();
            for (Object entry : (java.util.List<?>) redis.sendCommand(Protocol.Command.SLOWLOG, "GET", "1000")) {
                StringBuilder words = new StringBuilder();
                for (Object word : (java.util.List<?>) ((java.util.List<?>) entry).get(3)) {
                    words.append(words.isEmpty() ? "" : " ").append(SafeEncoder.encode((byte[]) word));
                }
                commands.add(0, words.toString());
            }
            return commands;
        } finally {
            redis.sendCommand(Protocol.Command.CONFIG, "SET", "slowlog-log-slower-than", "10000");
        }
    }

    /** An official's question about a summed target's progress reads its county figure and newest change in one MGET. */
    @Test
    void aTargetsCountyFigureAndNewestChangeAreReadTogether() throws Throwable {
        var answer = new java.util.concurrent.atomic.AtomicReference<WeComTestClient.Answer>();

        var commands = commandsDuring(() -> answer.set(client.send(
                WeComTestClient.textXml("zhangsan", "新增城镇就业完成多少了", MSG_IDS.incrementAndGet()))));

        assertThat(answer.get().text()).contains("新增城镇就业");
        assertThat(commands).contains("MGET duban:{ledger}:t:new-urban-jobs:county duban:{ledger}:t:new-urban-jobs:last")
                .noneMatch(command -> command.startsWith("GET ") && command.endsWith(":county"));
    }

    /**
     * A message as it first arrives (written a moment ago) cannot be WeChat Work's retry, so the API-delivery mark is
     * not read for it; one old enough to be a retry is looked up.
     */
    @Test
    void onlyAMessageOldEnoughToBeARetryIsLookedUpForAnEarlierApiDelivery() throws Throwable {
        long fresh = MSG_IDS.incrementAndGet();
        long old = MSG_IDS.incrementAndGet();
        var answers = new java.util.ArrayList<WeComTestClient.Answer>();

        var freshCommands = commandsDuring(() -> answers.add(client.send(WeComTestClient.freshTextXml("zhangsan", "过亿元项目要引进多少个?", fresh))));
        var oldCommands = commandsDuring(() -> answers.add(client.send(WeComTestClient.textXml("zhangsan", "过亿元项目要引进多少个?", old))));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.text()).contains("过亿元项目"));
        assertThat(freshCommands).noneMatch(command -> command.contains(":wecom:message:"));
        assertThat(oldCommands).contains("GET duban:{ledger}:wecom:message:wecom-zhangsan/" + old);
    }

    @Test
    void aReportAndWeComsRetryOfItAreRecordedOnceAndDurably() throws Exception {
        long entries = ledger.entryCount();
        long before = aofBytes();
        String xml = WeComTestClient.textXml("zhouba", "新增城镇就业35人", MSG_IDS.incrementAndGet());

        var first = client.send(xml);
        var retry = client.send(xml);

        assertThat(first.text()).startsWith("已记录").contains("+35人");
        assertThat(retry.text()).isEqualTo(first.text());
        assertThat(ledger.entryCount()).isEqualTo(entries + 1);
        assertThat(aofBytes()).isGreaterThan(before);
    }

    @Test
    void theWorkbenchsLoginFilterIsNotOnTheCallbacksPath() {
        var security = context.getServletContext().getFilterRegistration("springSecurityFilterChain");

        assertThat(security).isNotNull();
        assertThat(security.getUrlPatternMappings()).contains("/workbench/*", "/login").doesNotContain("/*", "/wecom/*");
    }

    @Test
    void tomcatIsSizedForASmallServer() {
        var protocol = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector().getProtocolHandler();

        assertThat(((AbstractProtocol<?>) protocol).getMaxThreads()).isEqualTo(16);
        assertThat(((AbstractHttp11Protocol<?>) protocol).getMaxKeepAliveRequests()).isEqualTo(-1);
    }
}
