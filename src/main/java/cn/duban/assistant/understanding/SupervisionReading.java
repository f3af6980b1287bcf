package cn.duban.assistant.understanding;

import java.util.List;

import cn.duban.assistant.knowledge.Task;
import cn.duban.assistant.knowledge.TaskMatcher;
import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * Reads 督办单 and 通报 requests: 督办 津潍高铁, 督办单 津潍高铁, 对津潍高铁下督办单 (a draft on the task named), 督办单情况
 * (the list), 通报, 本月通报 (the month's 通报). A 督办 word before words that name no task (督办日报) is not one.
 */
final class SupervisionReading {

    private static final String SEPARATORS = ":：,，、 \t";

    private final Vocabulary vocabulary;
    private final TaskMatcher tasks;

    SupervisionReading(TaskMatcher tasks, Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.tasks = tasks;
    }

    /** The request, or null when the message is none. */
    Intent read(String text, String bare) {
        if (vocabulary.set("bulletin").contains(bare)) {
            return new Intent.DraftBulletin();
        }
        if (vocabulary.set("duban.list").contains(bare)) {
            return new Intent.ListOrders();
        }
        String said = strip(bare);
        for (String suffix : vocabulary.words("duban.draft.suffix")) {
            if (said.endsWith(suffix) && said.length() > suffix.length()) {
                String rest = strip(said.substring(0, said.length() - suffix.length()));
                for (String lead : vocabulary.words("duban.draft.lead-in")) {
                    if (rest.startsWith(lead)) {
                        rest = strip(rest.substring(lead.length()));
                        break;
                    }
                }
                List<Task> named = tasks.tasksNamed(rest);
                if (!named.isEmpty()) {
                    return new Intent.DraftOrder(named);
                }
            }
        }
        for (String prefix : vocabulary.words("duban.draft.prefix")) {
            if (said.startsWith(prefix)) {
                String rest = strip(said.substring(prefix.length()));
                if (rest.isEmpty()) {
                    return new Intent.DraftOrder(List.of());
                }
                List<Task> named = tasks.tasksNamed(rest);
                return named.isEmpty() ? null : new Intent.DraftOrder(named);
            }
        }
        return null;
    }

    private static String strip(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && SEPARATORS.indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && SEPARATORS.indexOf(text.charAt(to - 1)) >= 0) {
            to--;
        }
        return text.substring(from, to);
    }
}
