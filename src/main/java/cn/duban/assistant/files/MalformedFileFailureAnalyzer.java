package cn.duban.assistant.files;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a malformed knowledge or roster file into a short startup message that names the file, the line and the field. */
class MalformedFileFailureAnalyzer extends AbstractFailureAnalyzer<MalformedFileException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MalformedFileException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "请改正上述文件后重新启动。文件格式见 README。", cause);
    }
}
