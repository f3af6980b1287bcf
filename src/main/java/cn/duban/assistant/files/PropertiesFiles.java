package cn.duban.assistant.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The properties files a county adjusts (replies, vocabulary): the jar's own, and the same keys in a file of
 * {@code config/} replacing theirs. Both are UTF-8.
 */
public final class PropertiesFiles {

    private PropertiesFiles() {
    }

    /**
     * A properties resource of the jar, e.g. {@code /replies.properties}.
     *
     * @throws IllegalStateException when the jar lacks it
     */
    public static Properties bundled(String resource) {
        Properties properties = new Properties();
        try (InputStream in = PropertiesFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        return properties;
    }

    /**
     * The bundled properties with the keys of {@code file}, when it exists, replacing theirs.
     *
     * @throws MalformedFileException when the file cannot be read or names a key the bundle does not have (a typo
     *                                would otherwise change nothing without a word)
     */
    public static Properties withOverrides(Properties bundled, Path file) {
        Properties merged = new Properties();
        merged.putAll(bundled);
        if (!Files.isRegularFile(file)) {
            return merged;
        }
        Properties overrides = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            overrides.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw MalformedFileException.unreadable(file, e);
        }
        for (String key : overrides.stringPropertyNames()) {
            if (!bundled.containsKey(key)) {
                throw new MalformedFileException(file, 0, key, "没有这一项。可改的项见 jar 中的同名文件(" + file.getFileName() + ")");
            }
            merged.setProperty(key, overrides.getProperty(key));
        }
        return merged;
    }
}
