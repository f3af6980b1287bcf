package cn.duban.assistant;

/** Lets tests in other packages run the jar's commands as a separate process. */
public final class ConsoleProcessTestAccess {

    private ConsoleProcessTestAccess() {
    }

    public static ConsoleProcessTest.Run run(String input, String... args) throws Exception {
        return ConsoleProcessTest.run(input, args);
    }
}
