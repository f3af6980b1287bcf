package cn.duban.assistant.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.duban.assistant.conversation.ConversationCore;
import cn.duban.assistant.conversation.InboundMessage;

/**
 * The whole service on a random port, as the workbench tests share it (one Spring context): the bundled knowledge
 * copied to a folder the import may change, the shipped roster, 2023-07-03 as today (three tasks past their deadline), WeChat Work unconfigured, and
 * local accounts for each role — 王五 (official, {noop}), 张三 (official, {bcrypt}), 李四 (reporter of 常家镇), and
 * a guest whose UserID is in no roster. One context (and one data folder) for every workbench test class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc
abstract class WorkbenchApp {

    static final String OFFICIAL = "duchashi";
    static final String OFFICIAL_PASSWORD = "official-pass-1";
    static final String BCRYPT_OFFICIAL = "zhangsan-web";
    static final String BCRYPT_PASSWORD = "bcrypt-pass-2";
    static final String REPORTER = "changjia";
    static final String REPORTER_PASSWORD = "reporter-pass-3";
    static final String GUEST = "guest";
    static final String GUEST_PASSWORD = "guest-pass-4";

    static final Path DATA = temporary("duban-wb-data");
    static final Path KNOWLEDGE = copyOfKnowledge();
    private static final AtomicLong MESSAGES = new AtomicLong();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("assistant.data-dir", DATA::toString);
        registry.add("assistant.knowledge-dir", KNOWLEDGE::toString);
        registry.add("assistant.today", () -> "2023-07-03");
        registry.add("assistant.digest.enabled", () -> "false");
        registry.add("assistant.knowledge.watch", () -> "false");
        account(registry, 0, OFFICIAL, "{noop}" + OFFICIAL_PASSWORD, "wangwu");
        account(registry, 1, BCRYPT_OFFICIAL, "{bcrypt}" + new BCryptPasswordEncoder().encode(BCRYPT_PASSWORD), "zhangsan");
        account(registry, 2, REPORTER, "{noop}" + REPORTER_PASSWORD, "lisi");
        account(registry, 3, GUEST, "{noop}" + GUEST_PASSWORD, "nobody");
    }

    private static void account(DynamicPropertyRegistry registry, int n, String username, String password, String userid) {
        registry.add("assistant.workbench.users[" + n + "].username", () -> username);
        registry.add("assistant.workbench.users[" + n + "].password", () -> password);
        registry.add("assistant.workbench.users[" + n + "].userid", () -> userid);
    }

    @LocalServerPort
    int port;

    @Autowired
    ConversationCore core;

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** A chat message to the assistant, as WeChat Work would hand it over; its reply. */
    String say(String user, String text) {
        return core.handle(new InboundMessage("wb-" + MESSAGES.incrementAndGet() + "-" + System.nanoTime(), user, text,
                Instant.parse("2023-07-03T02:00:00Z").plusSeconds(MESSAGES.get()))).text();
    }

    /** A photo from a member, as WeChat Work's channel would hand it over; the reply. */
    String sendPhoto(String user, byte[] photo) {
        return core.handle(new InboundMessage("wb-" + MESSAGES.incrementAndGet() + "-" + System.nanoTime(), user, "",
                Instant.parse("2023-07-03T02:00:00Z").plusSeconds(MESSAGES.get()),
                new cn.duban.assistant.conversation.Attachment(photo))).text();
    }

    private static Path temporary(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path copyOfKnowledge() {
        Path target = temporary("duban-wb-knowledge");
        Path source = Path.of("knowledge");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
