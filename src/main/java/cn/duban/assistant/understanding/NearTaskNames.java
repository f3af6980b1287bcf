package cn.duban.assistant.understanding;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.duban.assistant.knowledge.Question;
import cn.duban.assistant.knowledge.Task;
import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * A note-shaped message (a name, a colon, what happened: 津维高铁：完成征地) whose name is no task's but is close to a
 * name or alias of one of the writer's tasks: one character differs, one is missing or added, or most of the bigrams
 * are shared. The note is then asked about, never recorded on a guess.
 */
final class NearTaskNames {

    /** The share of bigrams two longer names must share (Dice) to be near. */
    private static final double SHARED = 0.6;
    /** Names longer than this are not read as a task's name before a colon. */
    private static final int LONGEST = 16;

    private final List<Task> all;
    private final Vocabulary vocabulary;
    private final NoteReading notes;

    NearTaskNames(List<Task> all, Vocabulary vocabulary, NoteReading notes) {
        this.all = all;
        this.vocabulary = vocabulary;
        this.notes = notes;
    }

    /** The question about a note whose name is near the writer's ({@code unit}) tasks; null when it is none. */
    Intent read(String raw, String unit) {
        if (unit == null) {
            return null;
        }
        String text = TaskReading.strip(vocabulary.without("report.prefix", raw.strip()));
        int colon = firstColon(text);
        if (colon <= 0) {
            return null;
        }
        String written = TaskReading.strip(text.substring(0, colon));
        String words = TaskReading.strip(text.substring(colon + 1));
        String name = Question.normalize(written);
        String said = vocabulary.without("task.progress-words", Question.normalize(words));
        if (name.length() < 2 || name.length() > LONGEST || said.codePoints().filter(Character::isLetterOrDigit).count() < 2) {
            return null;
        }
        Set<Task> near = new LinkedHashSet<>();
        for (Task task : all) {
            if (task.lead().equals(unit) || task.partners().contains(unit)) {
                task.names().stream().map(Question::normalize).filter(known -> near(name, known)).findFirst()
                        .ifPresent(known -> near.add(task));
            }
        }
        return near.isEmpty() ? null : new Intent.NoteNearTask(written, List.copyOf(near), notes.draft(words));
    }

    private static int firstColon(String text) {
        int wide = text.indexOf('：');
        int narrow = text.indexOf(':');
        return wide < 0 ? narrow : narrow < 0 ? wide : Math.min(wide, narrow);
    }

    /** One character apart (changed, missing or added), or most bigrams shared for names of four letters or more. */
    static boolean near(String written, String known) {
        if (written.equals(known) || known.length() < 2) {
            return false;
        }
        if (Math.abs(written.length() - known.length()) <= 1 && Math.min(written.length(), known.length()) >= 3
                && oneApart(written, known)) {
            return true;
        }
        if (written.length() < 4 || known.length() < 4) {
            return false;
        }
        Set<String> a = bigrams(written);
        Set<String> b = bigrams(known);
        long shared = a.stream().filter(b::contains).count();
        return 2.0 * shared / (a.size() + b.size()) >= SHARED;
    }

    private static boolean oneApart(String a, String b) {
        if (a.length() == b.length()) {
            int differ = 0;
            for (int i = 0; i < a.length(); i++) {
                differ += a.charAt(i) == b.charAt(i) ? 0 : 1;
            }
            return differ == 1;
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        for (int i = 0; i < longer.length(); i++) {
            if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> bigrams(String text) {
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            grams.add(text.substring(i, i + 2));
        }
        return grams;
    }
}
