package cn.duban.assistant.knowledge;

/**
 * One sentence of a report, the unit the index retrieves and the assistant quotes.
 *
 * @param reportId the report it belongs to
 * @param section  the heading of its section ("一、…", with a sub-heading after " / "), empty before the first heading
 * @param text     the sentence as written, with its closing punctuation
 */
public record ReportSentence(String reportId, String section, String text) {
}
