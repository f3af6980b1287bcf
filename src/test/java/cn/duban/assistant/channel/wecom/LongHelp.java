package cn.duban.assistant.channel.wecom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A help text of at least a number of UTF-8 bytes, written as the override of {@code help.intro}, for long answers. */
public final class LongHelp {

    private LongHelp() {
    }

    /**
     * Writes {@code config/replies.properties} in {@code configDir} with a help intro of numbered lines
     * ({@code 第N条说明…}) of at least {@code bytes} bytes.
     *
     * @return the help text as the assistant shows it (lines separated by {@code \n})
     */
    public static String write(Path configDir, int bytes) throws IOException {
        StringBuilder help = new StringBuilder();
        for (int i = 1; help.toString().getBytes(StandardCharsets.UTF_8).length < bytes; i++) {
            help.append("第").append(i).append("条说明:可以问报告中的目标和工作部署,也可以上报本单位的进度。\\n");
        }
        Files.writeString(configDir.resolve("replies.properties"), "help.intro=" + help, StandardCharsets.UTF_8);
        return help.toString().replace("\\n", "\n");
    }
}
