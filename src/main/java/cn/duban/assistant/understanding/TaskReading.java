package cn.duban.assistant.understanding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.duban.assistant.knowledge.Question;
import cn.duban.assistant.knowledge.Task;
import cn.duban.assistant.knowledge.TaskMatcher;
import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * Reads what a message says about tasks (重点任务): 核实/销号 of a task, a progress note on a task (it names a task, no
 * target, asks nothing and says something beyond the task's name), a unit's task list, a question about a task; and
 * the percent a note states, exactly or not.
 */
final class TaskReading {

    private static final String SEPARATORS = ":：,，、;；。.!！ \t-—~";

    private final Vocabulary vocabulary;
    private final TaskMatcher tasks;
    private final List<Task> all;
    private final UnitTasksReading unitTasks;
    private final NoteReading notes;
    private final NoteParts parts;
    private final NearTaskNames near;

    TaskReading(List<Task> all, Set<String> rosterUnits, Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.all = all;
        this.tasks = new TaskMatcher(all, rosterUnits);
        Set<String> names = new LinkedHashSet<>(rosterUnits);
        all.forEach(task -> {
            names.add(task.lead());
            names.addAll(task.partners());
        });
        this.unitTasks = new UnitTasksReading(List.copyOf(names), vocabulary);
        this.notes = new NoteReading(vocabulary);
        this.parts = new NoteParts(tasks, vocabulary);
        this.near = new NearTaskNames(all, vocabulary, notes);
    }

    /** The new words of a 更正 of a note (更正：一期厂房封顶 进度70%). */
    NoteDraft correction(String raw) {
        return notes.correction(raw);
    }

    /** A note whose name is no task's but near one of the writer's ({@code unit}) tasks (津维高铁：…); null otherwise. */
    Intent nearTask(String raw, String text, String unit) {
        return all.isEmpty() || !tasks.tasksNamed(text).isEmpty() || vocabulary.foundIn("task.asking", text) ? null
                : near.read(raw, unit);
    }

    /** 核实/销号 of a task, or a progress note; null when the message is neither. */
    Intent statement(String raw, String text, List<Figure> figures, java.util.function.Predicate<String> namesTarget) {
        if (all.isEmpty()) {
            return null;
        }
        List<Task> named = tasks.tasksNamed(text);
        if (named.isEmpty() || vocabulary.foundIn("task.asking", text) || vocabulary.foundIn("question.owner", text)
                || vocabulary.foundIn("question.when", text)) {
            return null;
        }
        if (vocabulary.foundIn("task.verify", text)) {
            String rest = vocabulary.without("task.verify", text);
            for (TaskMatcher.Named name : tasks.named(rest)) {
                rest = rest.replace(name.name(), " ");
            }
            if (strip(vocabulary.without("politeness", rest)).isEmpty()) {
                return new Intent.VerifyTask(named);
            }
            if (!vocabulary.foundIn("task.done", text)) {
                return null;
            }
            // 津潍高铁：已完成，请核实 — a note asking for the check
        }
        String outsideTaskNames = text;
        for (TaskMatcher.Named name : tasks.named(text)) {
            outsideTaskNames = outsideTaskNames.replace(name.name(), " ");
        }
        if (namesTarget.test(outsideTaskNames)) {
            // a target named outside the task's own name (电商 inside 县乡村三级电商服务体系 is not the target)
            return null;
        }
        String content = parts.content(raw, text);
        String said = Question.normalize(content);
        for (TaskMatcher.Named name : tasks.named(said)) {
            said = said.replace(name.name(), " ");
        }
        String words = strip(vocabulary.without("politeness", vocabulary.without("task.note.filler", said)));
        if (words.isEmpty() || !substantial(words, text)) {
            return null;
        }
        return new Intent.WriteNote(named, notes.draft(content));
    }

    /**
     * Whether what a message says beside the task's name makes a note: a colon after the name, a figure, the words
     * of a finished task, or four letters at least (农村人居环境 is a question about 人居环境, not a note 农村).
     */
    private boolean substantial(String words, String text) {
        long letters = words.codePoints().filter(Character::isLetterOrDigit).count();
        return letters >= 4 || words.codePoints().anyMatch(Character::isDigit) || vocabulary.foundIn("task.done", text)
                || tasks.named(text).stream().anyMatch(name -> name.end() < text.length() && ":：".indexOf(text.charAt(name.end())) >= 0);
    }

    /**
     * A message with several parts: a note for each part naming a task, and the clauses naming a target with a figure
     * as one report ({@code figures} reads them; {@code targetAt}: where a text names a target first, -1 when it
     * names none); null when the message is one note alone, or no note at all.
     */
    Intent several(String raw, String text, java.util.function.ToIntFunction<String> targetAt,
                   java.util.function.Function<String, Intent.FileReport> figures) {
        if (all.isEmpty()) {
            return null;
        }
        return parts.several(raw, text, targetAt, figures,
                (part, folded) -> statement(part, folded, List.of(), words -> targetAt.applyAsInt(words) >= 0));
    }

    /**
     * 更正 at the start of a message that the command reader took for a question (更正 进度90%: 进度 asks otherwise):
     * a plain correction, for the last note or figure; null when it is not one.
     */
    Intent noteCorrection(String text, List<Figure> figures) {
        String start = strip(text);
        boolean plain = vocabulary.words("correct.explicit").stream().anyMatch(start::startsWith);
        // 应为进度50%, 应为桩基完成七成: said in passing about a note, to be asked for a plain 更正
        boolean soft = !plain && statementFree(text) && vocabulary.words("correct.soft").stream()
                .anyMatch(word -> start.startsWith(word) && strip(start.substring(word.length())).codePoints().anyMatch(Character::isLetterOrDigit));
        if (!plain && !soft || vocabulary.foundIn("task.asking", text)) {
            return null;
        }
        return new Intent.Correct(figures.isEmpty() ? null : figures.get(figures.size() - 1), null, plain, figures.size(), null);
    }

    /** Whether the message starts with a correction word (更正：桩基全部完成，进度95% is no question about 全部进度). */
    boolean correcting(String text) {
        String start = strip(text);
        return vocabulary.words("correct.explicit").stream().anyMatch(start::startsWith);
    }

    /** 县交通运输局的任务, 交通局负责哪些任务, a reporter's 我们单位的任务: the unit asked about; null otherwise. */
    Intent unitTasks(String text, Optional<String> ownUnit) {
        return all.isEmpty() || !tasks.tasksNamed(text).isEmpty() ? null : unitTasks.read(text, ownUnit);
    }

    /**
     * A question about a task: the task's name alone (中庆新能源产业园), or with words asking how it goes
     * (津潍高铁进展, 津潍高铁怎么样了), or words of its text with such words (产业园进展); null when it is not one.
     */
    Intent question(String text) {
        if (all.isEmpty()) {
            return null;
        }
        List<Task> named = tasks.tasksNamed(text);
        boolean progress = vocabulary.foundIn("task.progress-words", text);
        String rest = strip(vocabulary.without("politeness", vocabulary.without("question.words",
                vocabulary.without("task.progress-words", text))));
        if (!named.isEmpty()) {
            for (TaskMatcher.Named name : tasks.named(rest)) {
                rest = rest.replace(name.name(), " ");
            }
            return progress || strip(rest).isEmpty() ? new Intent.AskTask(named) : null;
        }
        if (!progress) {
            return null;
        }
        List<Task> near = tasks.nearest(rest);
        return near.isEmpty() ? null : new Intent.AskTask(near);
    }

    /** Whether the text names no task. */
    boolean statementFree(String bare) {
        return tasks.tasksNamed(bare).isEmpty();
    }

    /** Whether the text is a task's name and nothing else (津潍高铁, 津潍高铁吧): an answer to "which task". */
    boolean onlyTaskName(String bare) {
        List<TaskMatcher.Named> names = tasks.named(bare);
        String rest = bare;
        for (TaskMatcher.Named name : names) {
            rest = rest.replace(name.name(), " ");
        }
        return !names.isEmpty() && strip(vocabulary.without("politeness", rest)).isEmpty();
    }

    /** The answer to "which task": choice {@code number} (0 when none), else the task the answer names. */
    Intent choose(int number, String bare, List<Task> choices) {
        return new Intent.ChooseTask(number, number >= 1 && number <= choices.size() ? choices.get(number - 1)
                : tasks.tasksNamed(bare).stream().filter(choices::contains).findFirst().orElse(null));
    }

    static String strip(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && SEPARATORS.indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && SEPARATORS.indexOf(text.charAt(to - 1)) >= 0) {
            to--;
        }
        return text.substring(from, to).strip();
    }

    static String stripStart(String text) {
        int from = 0;
        while (from < text.length() && SEPARATORS.indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        return text.substring(from);
    }
}
