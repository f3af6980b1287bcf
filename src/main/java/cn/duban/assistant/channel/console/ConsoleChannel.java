package cn.duban.assistant.channel.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.conversation.ConversationCore;
import cn.duban.assistant.conversation.CurrentKnowledge;
import cn.duban.assistant.conversation.InboundMessage;
import cn.duban.assistant.conversation.Reply;
import cn.duban.assistant.roster.Roster;

/**
 * The terminal channel: one message a line from standard input, each reply followed by a line holding only
 * {@code ---} on standard output (UTF-8, whatever the locale). {@code /as ID} changes the acting user.
 * Standard output carries replies only.
 */
@Component
public class ConsoleChannel {

    public static final String END_OF_REPLY = "---";
    static final String DEFAULT_USER = "console";
    private static final String SWITCH_USER = "/as";

    private final ConversationCore core;
    private final CurrentKnowledge current;
    private final AssistantClock clock;
    private final Path chartDir;
    private final String session = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLong sequence = new AtomicLong();

    public ConsoleChannel(ConversationCore core, CurrentKnowledge current, AssistantClock clock,
                          AssistantProperties properties) {
        this.chartDir = properties.dataDir().resolve("charts");
        this.core = core;
        this.current = current;
        this.clock = clock;
    }

    /** The user named by {@code --user=ID}, else the roster's first official, else {@value #DEFAULT_USER}. */
    public String userFrom(String[] args) {
        Roster roster = current.get().roster();
        return Arrays.stream(args).filter(arg -> arg.startsWith("--user=")).map(arg -> arg.substring("--user=".length()))
                .filter(user -> !user.isBlank()).findFirst()
                .orElse(roster.officials().isEmpty() ? DEFAULT_USER : roster.officials().get(0).userId());
    }

    /** Writes a chart under the data folder; returns its absolute path. */
    private String saveChart(byte[] png) throws IOException {
        Files.createDirectories(chartDir);
        Path file = chartDir.resolve("digest-" + clock.today() + "-" + session + "-" + sequence.get() + ".png");
        Files.write(file, png);
        return file.toAbsolutePath().toString();
    }

    /** Chats until the input ends; returns the process exit code. */
    public int run(InputStream in, OutputStream stdout, String user) {
        PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        String actingUser = user;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String trimmed = line.strip();
                String reply;
                if (trimmed.equals(SWITCH_USER) || trimmed.startsWith(SWITCH_USER + " ")) {
                    String requested = trimmed.substring(SWITCH_USER.length()).strip();
                    actingUser = requested.isEmpty() ? actingUser : requested;
                    reply = current.get().wording().actingAs(actingUser, current.get().roster().knows(actingUser));
                } else {
                    InboundMessage message = new InboundMessage("console-" + session + "-" + sequence.incrementAndGet(),
                            actingUser, line, clock.now().toInstant());
                    Reply answer = core.handle(message);
                    reply = answer.hasImage()
                            ? answer.text() + "\n" + current.get().wording().chartSaved(saveChart(answer.image()))
                            : answer.text();
                }
                out.println(reply);
                out.println(END_OF_REPLY);
            }
            return 0;
        } catch (IOException e) {
            System.err.println("读取输入失败: " + e.getMessage());
            return 1;
        }
    }
}
