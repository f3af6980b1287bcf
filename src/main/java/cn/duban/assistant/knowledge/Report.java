package cn.duban.assistant.knowledge;

import java.util.List;

/**
 * A government work report (or a speech about one) as county staff put it in {@code knowledge/reports/}.
 *
 * @param id           the file name without extension, e.g. {@code qingyun-2023}
 * @param title        the report's title
 * @param speaker      who delivered it, may be empty
 * @param speakerTitle the speaker's office, may be empty
 * @param county       the county it speaks for, may be empty
 * @param year         the year it plans
 * @param source       where the text was taken from, may be empty
 * @param headings     its section headings in order
 * @param sentences    its sentences in order
 */
public record Report(String id, String title, String speaker, String speakerTitle, String county, int year,
                     String source, List<String> headings, List<ReportSentence> sentences) {

    /** The whole text of the report's sentences, for checking quotes. */
    public String fullText() {
        StringBuilder text = new StringBuilder();
        sentences.forEach(sentence -> text.append(sentence.text()));
        return text.toString();
    }
}
