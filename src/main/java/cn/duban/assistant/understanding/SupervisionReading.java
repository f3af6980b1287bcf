package cn.duban.assistant.understanding;

import java.util.List;

import cn.duban.assistant.knowledge.Task;
import cn.duban.assistant.knowledge.TaskMatcher;
import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * Reads 督办单 and 通报 requests: 督办 津潍高铁, 督办单 津潍高铁, 对津潍高铁下督办单 (a draft on the task named), 督办单情况
 * (the list), 通报, 本月通报 (the month's 通报). A 督办 word written together with words that name no task (督办日报)
 * is not one; set apart (督办 养老服务高地) or with 对…下督办单 it is a request on a task that does not exist.
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
                if (!rest.equals(strip(said.substring(0, said.length() - suffix.length())))) {
                    return unknown(rest); // 对火星基地下督办单: a 督办单 asked for, on no task
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
                String written = strip(text.strip());
                if (named.isEmpty() && written.startsWith(prefix) && written.length() > prefix.length()
                        && SEPARATORS.indexOf(written.charAt(prefix.length())) >= 0) {
                    return unknown(rest); // 督办 养老服务高地 (督办日报, written together, is no request)
                }
                return named.isEmpty() ? null : new Intent.DraftOrder(named);
            }
        }
        return null;
    }

    /** A 督办单 asked for on words that name no task; null when the words ask something (督办 是什么). */
    private Intent unknown(String words) {
        if (words.codePointCount(0, words.length()) < 2 || vocabulary.foundIn("question.words", words)) {
            return null;
        }
        return new Intent.DraftOrder(List.of(), words, tasks.suggest(words));
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
