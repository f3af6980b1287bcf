package cn.duban.assistant.config;

/**
 * Something found at startup that the operator must fix before the assistant can run: what is wrong, naming the
 * setting or file, and what to do. Startup stops with the two on one line ({@link StartupFailureAnalyzer}).
 */
public class StartupException extends RuntimeException {

    private final String fix;

    public StartupException(String problem, String fix) {
        super(problem);
        this.fix = fix;
    }

    public StartupException(String problem, String fix, Throwable cause) {
        super(problem, cause);
        this.fix = fix;
    }

    /** A setting that cannot work: {@code 设置有误: <name> <problem>}. */
    public static StartupException setting(String name, String problem) {
        return new StartupException("设置有误: " + name + " " + problem, "请改正后重新启动。");
    }

    /** What to do about it, e.g. 请改正后重新启动。 */
    public String fix() {
        return fix;
    }
}
