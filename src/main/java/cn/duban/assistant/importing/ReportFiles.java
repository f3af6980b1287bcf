package cn.duban.assistant.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads a report in the forms county reports are published in: {@code .txt} in UTF-8 or GB18030 (what Windows
 * Notepad and WPS save as ANSI on a Chinese system), Word {@code .docx} (Apache POI) and text {@code .pdf}
 * (Apache PDFBox, with the lines of each paragraph joined again). Each failure is an {@link ImportException} with
 * a Chinese message saying what to do.
 */
public final class ReportFiles {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private ReportFiles() {
    }

    /** The report's text, one paragraph a line. */
    public static String read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ImportException("找不到文件 " + file);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            String text;
            if (name.endsWith(".txt") || name.endsWith(".text")) {
                text = plainText(Files.readAllBytes(file));
            } else if (name.endsWith(".docx")) {
                text = word(file);
            } else if (name.endsWith(".pdf")) {
                text = pdf(file);
            } else if (name.endsWith(".doc") || name.endsWith(".wps")) {
                throw new ImportException("不支持旧版 Word/WPS 格式(" + file.getFileName() + "),请在 Word 或 WPS 中另存为 .docx 后再导入");
            } else {
                throw new ImportException("不支持的文件类型: " + file.getFileName() + "。可导入 .txt(UTF-8 或 GB18030)、.docx、文字版 .pdf");
            }
            if (text.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                throw new ImportException(file.getFileName() + " 中没有读到汉字"
                        + (name.endsWith(".pdf") ? "(可能是扫描件,请先做文字识别,或找文字版 PDF)" : ""));
            }
            return text.replace("\r\n", "\n").replace('\r', '\n');
        } catch (IOException e) {
            throw new ImportException("无法读取 " + file.getFileName() + "(" + e.getMessage() + ")");
        }
    }

    /**
     * Text in UTF-8 (with or without BOM), else GB18030. A UTF-8 text whose last character was cut in half (a page
     * excerpt) keeps the rest.
     */
    static String plainText(byte[] bytes) {
        try {
            return strict(StandardCharsets.UTF_8, bytes, bytes.length).replaceFirst("^\uFEFF", "");
        } catch (CharacterCodingException notUtf8) {
            for (int cut = 1; cut <= 3 && cut < bytes.length; cut++) {
                try {
                    return strict(StandardCharsets.UTF_8, bytes, bytes.length - cut).replaceFirst("^\uFEFF", "");
                } catch (CharacterCodingException stillNot) {
                    // a longer cut, or another encoding
                }
            }
        }
        try {
            return strict(GB18030, bytes, bytes.length);
        } catch (CharacterCodingException e) {
            throw new ImportException("文本既不是 UTF-8 也不是 GB18030 编码,请另存为 UTF-8 后再导入");
        }
    }

    private static String strict(Charset charset, byte[] bytes, int length) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, 0, length)).toString();
    }

    private static String word(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (org.apache.poi.UnsupportedFileFormatException | org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
            throw new ImportException(file.getFileName() + " 不是有效的 .docx 文件,请在 Word 或 WPS 中打开后另存为 .docx 再导入");
        }
    }

    private static String pdf(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return PdfParagraphs.join(stripper.getText(document));
        } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
            throw new ImportException(file.getFileName() + " 有密码保护,请先去掉密码再导入");
        } catch (IOException e) {
            throw new ImportException(file.getFileName() + " 不是有效的 PDF 文件,请确认文件完整,或另存为 .docx、.txt 后再导入");
        }
    }
}
