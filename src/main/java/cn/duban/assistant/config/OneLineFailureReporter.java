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
        String joint = what.isEmpty() || fix.isEmpty() || "。.!?！？".indexOf(what.charAt(what.length() - 1)) >= 0 ? "" : "。";
        boolean ascii = !what.isEmpty() && what.charAt(what.length() - 1) < 128 && joint.isEmpty();
        return "启动失败: " + what + joint + (ascii && !fix.isEmpty() ? " " : "") + fix;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
