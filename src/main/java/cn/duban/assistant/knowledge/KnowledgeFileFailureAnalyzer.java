package cn.duban.assistant.knowledge;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a malformed knowledge file into a short startup message that names the file, the line and the field. */
class KnowledgeFileFailureAnalyzer extends AbstractFailureAnalyzer<KnowledgeFileException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, KnowledgeFileException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "请改正上述文件后重新启动。知识文件的格式见 README 的“更换或增加知识”一节。", cause);
    }
}
