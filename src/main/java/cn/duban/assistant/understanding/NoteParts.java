package cn.duban.assistant.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.duban.assistant.knowledge.Question;
import cn.duban.assistant.knowledge.TaskMatcher;
import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * The parts of a progress note: the other tasks named with a task (津潍高铁和庆章高速：…, not kept in the note's words),
 * and a message with several parts — a note on each task named (棚改：…；人居环境：…) and figures beside them
 * (津潍高铁：完成征地；新增城镇就业20人). Every separator and joining word comes from the {@link Vocabulary}.
 */
final class NoteParts {

    private final TaskMatcher tasks;
    private final Vocabulary vocabulary;

    NoteParts(TaskMatcher tasks, Vocabulary vocabulary) {
        this.tasks = tasks;
        this.vocabulary = vocabulary;
    }

    /** The note's words: the message without the words before the task's name and the name itself. */
    String content(String raw, String text) {
        String folded = java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFKC);
        List<TaskMatcher.Named> names = tasks.named(text);
        TaskMatcher.Named first = names.get(0);
        int[] span = nameSpan(folded.toLowerCase(), first.name());
        if (span == null) {
            return TaskReading.strip(vocabulary.without("report.prefix", raw));
        }
        int at = span[0];
        String source = folded.length() == raw.length() ? raw : folded;
        String before = TaskReading.strip(vocabulary.without("politeness", vocabulary.without("report.prefix", folded.substring(0, at))));
        String after = source.substring(span[1]);
        after = withoutOtherNames(TaskReading.stripStart(after));
        for (String filler : vocabulary.words("task.note.filler")) {
            if (after.startsWith(filler)) {
                after = TaskReading.stripStart(after.substring(filler.length()));
                break;
            }
        }
        return before.isEmpty() ? TaskReading.strip(after) : TaskReading.strip(source.substring(0, at)) + " " + TaskReading.strip(after);
    }

    /**
     * Where a task's (normalised, quote-free) name is written in {@code lower}, quote marks in and around it included
     * (“双镇百村”建设 for 双镇百村建设); null when it is not.
     */
    private static int[] nameSpan(String lower, String name) {
        StringBuilder bare = new StringBuilder();
        int[] at = new int[lower.length() + 1];
        for (int i = 0; i < lower.length(); i++) {
            if (!Question.quoteMark(lower.charAt(i))) {
                at[bare.length()] = i;
                bare.append(lower.charAt(i));
            }
        }
        int found = name.isEmpty() ? -1 : bare.indexOf(name);
        if (found < 0) {
            return null;
        }
        int start = at[found];
        int end = at[found + name.length() - 1] + 1;
        while (start > 0 && Question.quoteMark(lower.charAt(start - 1))) {
            start--;
        }
        while (end < lower.length() && Question.quoteMark(lower.charAt(end))) {
            end++;
        }
        return new int[] {start, end};
    }

    /**
     * The words after a task's name without the other tasks named with it (津潍高铁和庆章高速：… keeps "…" only): a
     * joining word ({@code task.note.joins.pattern}) or separator, then a task's name, as often as they come.
     */
    String withoutOtherNames(String after) {
        Pattern joins = vocabulary.pattern("task.note.joins.pattern");
        while (true) {
            String rest = after;
            Matcher join = joins.matcher(rest);
            if (join.lookingAt()) {
                rest = TaskReading.stripStart(rest.substring(join.end()));
            }
            String folded = Question.normalize(rest);
            List<TaskMatcher.Named> next = tasks.named(folded);
            if (next.isEmpty() || next.get(0).start() != 0 || folded.length() != rest.length()) {
                return after;
            }
            after = TaskReading.stripStart(rest.substring(next.get(0).end()));
        }
    }

    /**
     * The clauses of a part (split at {@code task.note.clauses.pattern}); a clause naming a task with words and then a
     * target with a figure is cut where the target's name starts (人居环境：完成清洁 新增城镇就业 约20人,
     * 人居环境：完成清洁新增城镇就业20人), so that the note is not lost in the figure.
     */
    private List<String> clauses(String part, ToIntFunction<String> targetAt, Function<String, Intent.FileReport> figures) {
        Predicate<String> namesTarget = words -> targetAt.applyAsInt(words) >= 0;
        List<String> clauses = new ArrayList<>();
        for (String clause : vocabulary.pattern("task.note.clauses.pattern").split(part)) {
            int cut = targetStart(clause, targetAt);
            String before = cut <= 0 ? "" : Question.normalize(clause.substring(0, cut));
            String outside = before;
            for (TaskMatcher.Named name : tasks.named(before)) {
                outside = outside.replace(name.name(), " ");
            }
            boolean note = cut > 0 && !tasks.tasksNamed(before).isEmpty() && !namesTarget.test(outside)
                    && !TaskReading.strip(outside).isEmpty() && figures.apply(clause.substring(cut)) != null;
            clauses.addAll(note ? List.of(clause.substring(0, cut), clause.substring(cut)) : List.of(clause));
        }
        return clauses;
    }

    /** Where the first target's name in a clause naming a task starts; -1 when none (or not to be told). */
    private int targetStart(String clause, ToIntFunction<String> targetAt) {
        String folded = Question.normalize(clause);
        return folded.length() != clause.length() || tasks.tasksNamed(folded).isEmpty() ? -1 : targetAt.applyAsInt(folded);
    }

    /**
     * A message with several parts (split at {@code task.note.parts.pattern}, clauses at
     * {@code task.note.clauses.pattern}; {@code statement} reads a part as a note): a note for each part naming a task (a part naming none goes on the note
     * before it), and the clauses naming a target with a figure as one report ({@code figures} reads them, null when
     * they are no report). Null when the message is one note alone, or no note at all.
     */
    Intent several(String raw, String text, ToIntFunction<String> targetAt, Function<String, Intent.FileReport> figures,
                   BiFunction<String, String, Intent> statement) {
        Predicate<String> namesTarget = words -> targetAt.applyAsInt(words) >= 0;
        if (tasks.tasksNamed(text).isEmpty() || vocabulary.foundIn("task.asking", text)) {
            return null;
        }
        List<StringBuilder> notes = new ArrayList<>();
        List<String> figureClauses = new ArrayList<>();
        Matcher parts = vocabulary.pattern("task.note.parts.pattern").matcher(raw);
        int from = 0;
        String separator = "";
        while (from <= raw.length()) {
            boolean found = parts.find();
            String part = raw.substring(from, found ? parts.start() : raw.length());
            StringBuilder kept = new StringBuilder();
            for (String clause : clauses(part, targetAt, figures)) {
                String folded = Question.normalize(clause);
                String outside = folded;
                for (TaskMatcher.Named name : tasks.named(folded)) {
                    outside = outside.replace(name.name(), " ");
                }
                if (namesTarget.test(outside) && figures.apply(clause) != null) {
                    figureClauses.add(TaskReading.strip(clause));
                } else if (!TaskReading.strip(clause).isEmpty()) {
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
            Intent one = tasks.tasksNamed(folded).isEmpty() ? null : statement.apply(note.toString(), folded);
            if (!(one instanceof Intent.WriteNote written)) {
                return null;
            }
            read.add(written);
        }
        return read.isEmpty() ? null : new Intent.WriteNotes(read,
                figureClauses.isEmpty() ? null : figures.apply(String.join("，", figureClauses)));
    }
}
