package cn.duban.assistant.understanding;

import java.text.Normalizer;
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
    private final List<String> units;
    private final NoteReading notes;

    TaskReading(List<Task> all, Set<String> rosterUnits, Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.all = all;
        this.tasks = new TaskMatcher(all, rosterUnits);
        Set<String> names = new LinkedHashSet<>(rosterUnits);
        all.forEach(task -> {
            names.add(task.lead());
            names.addAll(task.partners());
        });
        this.units = List.copyOf(names);
        this.notes = new NoteReading(vocabulary);
    }

    /** The new words of a 更正 of a note (更正：一期厂房封顶 进度70%). */
    NoteDraft correction(String raw) {
        return notes.correction(raw);
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
            return strip(vocabulary.without("politeness", rest)).isEmpty() ? new Intent.VerifyTask(named) : null;
        }
        String outsideTaskNames = text;
        for (TaskMatcher.Named name : tasks.named(text)) {
            outsideTaskNames = outsideTaskNames.replace(name.name(), " ");
        }
        if (namesTarget.test(outsideTaskNames)) {
            // a target named outside the task's own name (电商 inside 县乡村三级电商服务体系 is not the target)
            return null;
        }
        String content = content(raw, text);
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

    /** The note's words: the message without the words before the task's name and the name itself. */
    private String content(String raw, String text) {
        String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        List<TaskMatcher.Named> names = tasks.named(text);
        TaskMatcher.Named first = names.get(0);
        int at = folded.toLowerCase().indexOf(first.name());
        if (at < 0) {
            return strip(vocabulary.without("report.prefix", raw));
        }
        String source = folded.length() == raw.length() ? raw : folded;
        String before = strip(vocabulary.without("politeness", vocabulary.without("report.prefix", folded.substring(0, at))));
        String after = source.substring(at + first.name().length());
        after = withoutOtherNames(stripStart(after));
        for (String filler : vocabulary.words("task.note.filler")) {
            if (after.startsWith(filler)) {
                after = stripStart(after.substring(filler.length()));
                break;
            }
        }
        return before.isEmpty() ? strip(after) : strip(source.substring(0, at)) + " " + strip(after);
    }

    /**
     * The words after a task's name without the other tasks named with it (津潍高铁和庆章高速：… keeps "…" only): a
     * joining word ({@code task.note.joins.pattern}) or separator, then a task's name, as often as they come.
     */
    private String withoutOtherNames(String after) {
        java.util.regex.Pattern joins = vocabulary.pattern("task.note.joins.pattern");
        while (true) {
            String rest = after;
            java.util.regex.Matcher join = joins.matcher(rest);
            if (join.lookingAt()) {
                rest = stripStart(rest.substring(join.end()));
            }
            String folded = Question.normalize(rest);
            List<TaskMatcher.Named> next = tasks.named(folded);
            if (next.isEmpty() || next.get(0).start() != 0 || folded.length() != rest.length()) {
                return after;
            }
            after = stripStart(rest.substring(next.get(0).end()));
        }
    }

    /**
     * A message with several parts (split at {@code task.note.parts.pattern}, clauses at
     * {@code task.note.clauses.pattern}): a note for each part naming a task (a part naming none goes on the note
     * before it), and the clauses naming a target with a figure as one report ({@code figures} reads them, null when
     * they are no report). Null when the message is one note alone, or no note at all.
     */
    Intent several(String raw, String text, java.util.function.Predicate<String> namesTarget,
                   java.util.function.Function<String, Intent.FileReport> figures) {
        if (all.isEmpty() || tasks.tasksNamed(text).isEmpty() || vocabulary.foundIn("task.asking", text)) {
            return null;
        }
        List<StringBuilder> notes = new ArrayList<>();
        List<String> figureClauses = new ArrayList<>();
        java.util.regex.Matcher parts = vocabulary.pattern("task.note.parts.pattern").matcher(raw);
        int from = 0;
        String separator = "";
        while (from <= raw.length()) {
            boolean found = parts.find();
            String part = raw.substring(from, found ? parts.start() : raw.length());
            StringBuilder kept = new StringBuilder();
            for (String clause : vocabulary.pattern("task.note.clauses.pattern").split(part)) {
                String folded = Question.normalize(clause);
                String outside = folded;
                for (TaskMatcher.Named name : tasks.named(folded)) {
                    outside = outside.replace(name.name(), " ");
                }
                if (namesTarget.test(outside) && figures.apply(clause) != null) {
                    figureClauses.add(strip(clause));
                } else if (!strip(clause).isEmpty()) {
                    kept.append(kept.length() == 0 ? "" : "，").append(clause);
                }
            }
            if (kept.length() > 0) {
                if (notes.isEmpty() || !tasks.tasksNamed(Question.normalize(kept.toString())).isEmpty()) {
                    notes.add(kept);
                } else {
                    notes.get(notes.size() - 1).append(separator).append(kept);
                }
            }
            separator = found ? parts.group() : "";
            from = found ? parts.end() : raw.length() + 1;
        }
        if (notes.size() + (figureClauses.isEmpty() ? 0 : 1) < 2) {
            return null;
        }
        List<Intent.WriteNote> read = new ArrayList<>();
        for (StringBuilder note : notes) {
            String folded = Question.normalize(note.toString());
            Intent one = tasks.tasksNamed(folded).isEmpty() ? null : statement(note.toString(), folded, List.of(), namesTarget);
            if (!(one instanceof Intent.WriteNote written)) {
                return null;
            }
            read.add(written);
        }
        return read.isEmpty() ? null : new Intent.WriteNotes(read,
                figureClauses.isEmpty() ? null : figures.apply(String.join("，", figureClauses)));
    }

    /**
     * 更正 at the start of a message that the command reader took for a question (更正 进度90%: 进度 asks otherwise):
     * a plain correction, for the last note or figure; null when it is not one.
     */
    Intent noteCorrection(String text, List<Figure> figures) {
        String start = strip(text);
        boolean plain = vocabulary.words("correct.explicit").stream().anyMatch(start::startsWith);
        if (!plain || vocabulary.foundIn("task.asking", text)) {
            return null;
        }
        return new Intent.Correct(figures.isEmpty() ? null : figures.get(figures.size() - 1), null, true, figures.size(), null);
    }

    /** 县交通运输局的任务, 交通局负责哪些任务, a reporter's 我们单位的任务: the unit asked about; null otherwise. */
    Intent unitTasks(String text, Optional<String> ownUnit) {
        List<int[]> spans = vocabulary.spans("task.unit-list", text);
        if (all.isEmpty() || spans.isEmpty() || !tasks.tasksNamed(text).isEmpty()) {
            return null;
        }
        String before = strip(text.substring(0, spans.get(0)[0]));
        if (ownUnit.isPresent() && (before.isEmpty() || vocabulary.foundIn("own-unit", before) || before.startsWith("我"))) {
            return new Intent.AskUnitTasks(ownUnit.get());
        }
        String asked = strip(vocabulary.without("question.words", before));
        List<String> exact = units.stream().filter(unit -> asked.contains(Question.normalize(unit))).toList();
        if (!exact.isEmpty()) {
            return new Intent.AskUnitTasks(exact.get(0));
        }
        String shortName = asked.startsWith("县") ? asked.substring(1) : asked;
        List<String> near = units.stream().filter(unit -> shortName.length() >= 2 && shorthand(shortName, Question.normalize(unit))).toList();
        return near.size() == 1 ? new Intent.AskUnitTasks(near.get(0)) : null;
    }

    /** 交通局 for 县交通运输局: the same first and last character, the rest in order. */
    private static boolean shorthand(String shortName, String unit) {
        String name = unit.startsWith("县") ? unit.substring(1) : unit;
        if (name.isEmpty() || name.charAt(0) != shortName.charAt(0) || name.charAt(name.length() - 1) != shortName.charAt(shortName.length() - 1)) {
            return false;
        }
        int at = 0;
        for (char c : shortName.toCharArray()) {
            at = name.indexOf(c, at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
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

    private static String strip(String text) {
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

    private static String stripStart(String text) {
        int from = 0;
        while (from < text.length() && SEPARATORS.indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        return text.substring(from);
    }
}
