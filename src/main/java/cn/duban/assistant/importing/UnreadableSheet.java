package cn.duban.assistant.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Why a file named as a spreadsheet could not be read, in words a 督查室 clerk can act on: an empty file, a text or
 * other file renamed, a zip that is no workbook, an old {@code .xls} that failed. Never a Java class name or an
 * English library message.
 */
final class UnreadableSheet {

    private UnreadableSheet() {
    }

    /** The message for {@code file}, which POI failed to open as a workbook. */
    static String message(Path file) {
        String name = file.getFileName().toString();
        String saveAs = ",请在 Excel 或 WPS 中打开分工方案原表,另存为 .xlsx 再导入";
        FileMagic magic;
        try {
            if (Files.size(file) == 0) {
                return name + " 不是能读取的 Excel 表格:它是空文件(0 字节)" + saveAs;
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                magic = FileMagic.valueOf(in);
            }
        } catch (IOException e) {
            return name + " 无法读取(文件打不开或正在被其他程序占用),请关闭占用它的程序后再导入";
        }
        boolean xls = name.toLowerCase(Locale.ROOT).endsWith(".xls");
        return switch (magic) {
            case OLE2 -> name + " 不是能读取的 Excel 表格:它是旧版 Office 格式(.xls),读取失败(可能已损坏、加了密码或不是表格)"
                    + saveAs;
            case OOXML -> name + " 不是能读取的 Excel 表格:它是压缩包,里面没有 Excel 工作表" + saveAs;
            case HTML, XML -> name + " 不是能读取的 Excel 表格:它是网页或 XML 文件,只是扩展名为 " + extension(xls) + saveAs;
            default -> name + " 不是能读取的 Excel 表格:它是文本或其他格式的文件,只是扩展名为 " + extension(xls) + saveAs;
        };
    }

    private static String extension(boolean xls) {
        return xls ? ".xls" : ".xlsx";
    }
}
