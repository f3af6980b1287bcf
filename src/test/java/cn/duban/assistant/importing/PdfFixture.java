package cn.duban.assistant.importing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The text PDF the import test reads, {@code importing/qingshan-2024.pdf}: {@link ReportFilesTest#REPORT} written by
 * Apache PDFBox with the glyphs it uses from WenQuanYi Micro Hei embedded, so the test needs no font on the machine.
 * To write it again (needs Debian's fonts-wqy-microhei), run {@link #main} on the test class path from the project folder.
 */
final class PdfFixture {

    static final Path FILE = Path.of("src/test/resources/importing/qingshan-2024.pdf");
    private static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    private PdfFixture() {
    }

    public static void main(String[] args) throws IOException {
        writePdf(FILE, ReportFilesTest.REPORT, 28);
    }

    /** A PDF as a word processor prints one: lines of {@code width} characters, 12 lines a page, page numbers. */
    static void writePdf(Path file, String text, int width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.strip().split("\n")) {
            for (int i = 0; i < paragraph.length(); i += width) {
                lines.add(paragraph.substring(i, Math.min(paragraph.length(), i + width)));
            }
        }
        try (PDDocument document = new PDDocument(); TrueTypeCollection fonts = new TrueTypeCollection(FONT.toFile())) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            fonts.processAllFonts(font -> {
                if (first[0] == null) {
                    first[0] = font;
                }
            });
            PDType0Font font = PDType0Font.load(document, first[0], true);
            for (int page = 0; page * 12 < lines.size(); page++) {
                PDPage pdfPage = new PDPage();
                document.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(50, 700);
                    for (String line : lines.subList(page * 12, Math.min(lines.size(), page * 12 + 12))) {
                        content.showText(line);
                        content.newLineAtOffset(0, -20);
                    }
                    content.newLineAtOffset(200, -40);
                    content.showText("— " + (page + 1) + " —");
                    content.endText();
                }
            }
            document.save(new File(file.toString()));
        }
    }
}
