package cn.duban.assistant.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.KnowledgeLoader;
import cn.duban.assistant.knowledge.Target;

/**
 * Reports in the forms counties publish them: a Notepad text saved as ANSI (GB18030), UTF-8 with a byte order mark,
 * a Word .docx written by Apache POI, and a PDF written by Apache PDFBox with an embedded Chinese font
 * ({@link PdfFixture}), its paragraphs broken at the margin and over pages with page numbers.
 */
class ReportFilesTest {

    static final String REPORT = """
            青山县人民政府工作报告
            县长 李明
            一、2024年目标任务
            今年经济社会发展的主要预期目标是:地区生产总值增长6%左右,一般公共预算收入增长5%以上,固定资产投资增长8%,城镇调查失业率控制在5.5%以内。
            二、重点工作
            (一)抓产业强实体
            力争新增规上工业企业30家以上,新增高新技术企业15家、省级“专精特新”企业10家。新建改造农村公路100公里,改造老旧小区12个、棚户区住房800套。新建5万亩高标准农田,新增城镇就业3000人以上。
            """;

    @TempDir
    Path dir;

    @Test
    void aNotepadTextInGb18030AndAUtf8TextWithBomReadAlike() throws IOException {
        Path ansi = dir.resolve("ansi.txt");
        Files.write(ansi, REPORT.getBytes(Charset.forName("GB18030")));
        Path bom = dir.resolve("bom.txt");
        Files.write(bom, ("\uFEFF" + REPORT).getBytes(StandardCharsets.UTF_8));
        assertThat(ReportFiles.read(ansi)).isEqualTo(REPORT);
        assertThat(ReportFiles.read(bom)).isEqualTo(REPORT);
    }

    @Test
    void aUtf8TextCutInTheMiddleOfItsLastCharacterKeepsTheRest() {
        byte[] whole = "新增城镇就业3000人".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1);
        assertThat(ReportFiles.plainText(cut)).isEqualTo("新增城镇就业3000");
    }

    @Test
    void aWordDocumentIsImportedWithItsTargets() throws IOException {
        Path docx = dir.resolve("青山县2024年政府工作报告.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            REPORT.lines().forEach(line -> document.createParagraph().createRun().setText(line));
            document.write(out);
        }
        assertImported(docx, "report-2024");
    }

    @Test
    void aTextPdfIsImportedWithItsParagraphsJoinedAgain() throws IOException {
        Path pdf = dir.resolve("qingshan-2024.pdf");
        Files.copy(PdfFixture.FILE, pdf);
        String text = ReportFiles.read(pdf);
        assertThat(text).contains("力争新增规上工业企业30家以上,新增高新技术企业15家", "(一)抓产业强实体\n力争")
                .doesNotContain("— 1 —");
        assertImported(pdf, "qingshan-2024");
    }

    @Test
    void aPdfWithoutTextIsRefusedAsAScan() throws IOException {
        Path pdf = dir.resolve("scan.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(pdf.toFile());
        }
        assertThatThrownBy(() -> ReportFiles.read(pdf)).isInstanceOf(ImportException.class).hasMessageContaining("扫描件");
    }

    private void assertImported(Path file, String id) {
        Path knowledge = dir.resolve("knowledge-" + id);
        ImportCommandsTest.Run run = ImportCommandsTest.run("import-report", file.toString(), "--assistant.knowledge-dir=" + knowledge);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains(id + ".txt", "年份: 2024", "县: 青山县", "讲话人: 李明", "找到 12 个量化目标");
        try {
            Files.move(knowledge.resolve("targets.proposed.yml"), knowledge.resolve("targets.yml"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Knowledge loaded = KnowledgeLoader.load(knowledge);
        assertThat(loaded.reports().get(0).headings()).contains("一、2024年目标任务", "(一)抓产业强实体");
        assertThat(loaded.targets()).extracting(Target::quote).contains("地区生产总值增长6%左右", "新增高新技术企业15家",
                "新增城镇就业3000人以上", "新建5万亩高标准农田");
    }
}
