package cn.duban.assistant.config;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * Reports why startup failed as one line on standard error, {@code 启动失败: <what is wrong>。<what to do>}, in place
 * of Spring's framed report (its reporter is switched off in {@code application.yml}). No stack trace follows: the
 * analysis says everything the operator needs.
 */
class OneLineFailureReporter implements FailureAnalysisReporter {

    @Override
    public void report(FailureAnalysis analysis) {
        System.err.println(line(analysis.getDescription(), analysis.getAction()));
        System.err.flush();
    }

    static String line(String description, String action) {
        String what = oneLine(description);
        String fix = oneLine(action);
        if (fix.isEmpty()) {
            return "启动失败: " + what;
        }
        char last = what.isEmpty() ? '。' : what.charAt(what.length() - 1);
        String joint = ".!?".indexOf(last) >= 0 ? " " : "。！？".indexOf(last) >= 0 ? "" : "。";
        return "启动失败: " + what + joint + fix;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
