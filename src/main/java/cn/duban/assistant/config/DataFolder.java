package cn.duban.assistant.config;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.stereotype.Component;

/**
 * The folder {@code assistant.data-dir}, created when missing and checked at startup to take new files before
 * anything (the embedded Redis, the digest's charts) writes there: a file in its place or a folder the assistant
 * may not write to stops startup naming the setting.
 */
@Component
public class DataFolder {

    private static final String SETTING = "assistant.data-dir";
    private static final String FIX = "请让 assistant.data-dir 指向助手能写入的文件夹(或给该文件夹写权限)后重新启动。";

    private final Path path;

    public DataFolder(AssistantProperties properties) {
        this.path = properties.dataDir();
        requireWritable(path);
    }

    /** The checked folder. */
    public Path path() {
        return path;
    }

    /**
     * Creates the folder when it is missing and writes and removes a file in it.
     *
     * @throws StartupException when that fails
     */
    public static void requireWritable(Path folder) {
        Path absolute = folder.toAbsolutePath();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new StartupException("设置有误: " + SETTING + " " + absolute + " 是一个文件,应为文件夹(台账和图表存放在其中)",
                    "请让 assistant.data-dir 指向一个文件夹后重新启动。");
        }
        try {
            Files.createDirectories(absolute);
            Files.delete(Files.createTempFile(absolute, ".write-check", ""));
        } catch (IOException e) {
            throw new StartupException("设置有误: " + SETTING + " " + absolute + " 不能写入(" + reason(e) + ")", FIX, e);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "没有写权限";
        }
        if (e instanceof FileSystemException files && files.getReason() != null) {
            return files.getReason().contains("Read-only") ? "只读文件系统" : files.getReason();
        }
        return e.getMessage();
    }
}
