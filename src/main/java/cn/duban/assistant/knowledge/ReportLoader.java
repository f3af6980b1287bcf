package cn.duban.assistant.knowledge;

import cn.duban.assistant.files.MalformedFileException;
import cn.duban.assistant.files.YamlRecord;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads {@code knowledge/reports/*.txt}: a block of report information between two {@code ---} lines
 * (title, speaker, speaker-title, county, year, source), then the report's text as published.
 */
final class ReportLoader {

    private static final String FENCE = "---";

    private ReportLoader() {
    }

    static List<Report> loadAll(Path reportsDir) {
        if (!Files.isDirectory(reportsDir)) {
            throw new MalformedFileException(reportsDir, 0, null, "找不到报告目录");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(reportsDir)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw MalformedFileException.unreadable(reportsDir, e);
        }
        if (files.isEmpty()) {
            throw new MalformedFileException(reportsDir, 0, null, "目录中没有报告(*.txt)");
        }
        List<Report> reports = new ArrayList<>();
        for (Path file : files) {
            reports.add(load(file));
        }
        return reports;
    }

    static Report load(Path file) {
        String content = read(file);
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        List<String> lines = content.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
            throw new MalformedFileException(file, 1, null, "文件应以一行 --- 开头,接着写报告信息(title、year 等),再以一行 --- 结束");
        }
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(FENCE)) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            throw new MalformedFileException(file, 1, null, "报告信息缺少结束的一行 ---");
        }
        YamlRecord info = YamlRecord.parse(file, String.join("\n", lines.subList(1, close)), 1);
        String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
        String body = String.join("\n", lines.subList(close + 1, lines.size()));
        SentenceSplitter.SplitText text = SentenceSplitter.split(id, body);
        if (text.sentences().isEmpty()) {
            throw new MalformedFileException(file, close + 2, null, "报告正文为空");
        }
        int year = info.integer("year");
        if (year < 1949 || year > 2200) {
            throw info.problem("year", "年份不合理: " + year);
        }
        return new Report(id, info.text("title"), info.optionalText("speaker", ""),
                info.optionalText("speaker-title", ""), info.optionalText("county", ""), year,
                info.optionalText("source", ""), text.headings(), text.sentences());
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).transform(s -> {
                if (s.indexOf('\uFFFD') >= 0) {
                    throw new MalformedFileException(file, 0, null, "文件不是 UTF-8 编码,请另存为 UTF-8");
                }
                return s;
            });
        } catch (IOException e) {
            throw MalformedFileException.unreadable(file, e);
        }
    }
}
