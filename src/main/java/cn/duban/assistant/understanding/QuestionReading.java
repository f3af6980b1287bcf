package cn.duban.assistant.understanding;

import java.util.List;
import java.util.Optional;

import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.Question;
import cn.duban.assistant.knowledge.Report;
import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.knowledge.TargetMatcher;
import cn.duban.assistant.roster.Reporter;
import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * Decides which kind of question a message that is neither a command nor a filing asks, in this order: the lights
 * (红灯任务), silent units, targets behind, a unit's tasks, a unit's figures, the speaker, several questions at once,
 * who leads, when, a target, a task, the target list, and otherwise the report's text. Trigger words come from the
 * {@link Vocabulary}.
 */
final class QuestionReading {

    private final Knowledge knowledge;
    private final Vocabulary vocabulary;
    private final TargetMatcher targets;
    private final TaskReading tasks;
    private final UnitNames unitNames;
    private final List<String> speakerTitles;

    QuestionReading(Knowledge knowledge, Vocabulary vocabulary, TargetMatcher targets, TaskReading tasks,
                    UnitNames unitNames) {
        this.knowledge = knowledge;
        this.vocabulary = vocabulary;
        this.targets = targets;
        this.tasks = tasks;
        this.unitNames = unitNames;
        this.speakerTitles = knowledge.reports().stream().map(Report::speakerTitle).filter(title -> !title.isBlank())
                .map(Question::normalize).distinct().toList();
    }

    /** The question {@code raw} ({@code text} normalised) asks, from {@code sender}. */
    Intent read(String raw, String text, Sender sender) {
        Question question = Question.of(raw, vocabulary);
        List<Target> named = targets.named(text);
        Intent lights = named.isEmpty() && tasks.statementFree(text) ? LightQuestions.read(vocabulary, text) : null;
        if (lights != null) {
            return lights;
        }
        if (vocabulary.foundIn("silent.pattern", text)) {
            return new Intent.AskSilent();
        }
        if (named.isEmpty() && vocabulary.foundIn("behind", text)) {
            return new Intent.AskBehind();
        }
        Intent unitTasks = tasks.unitTasks(text, sender.reporter().map(Reporter::unit));
        if (unitTasks != null) {
            return unitTasks;
        }
        Optional<String> unit = unitNames.rosterUnitIn(text)
                .or(() -> sender.reporter().filter(r -> vocabulary.foundIn("own-unit", text)).map(r -> r.unit()));
        if (unit.isPresent() && (vocabulary.foundIn("unit.ask", text) || !named.isEmpty())) {
            return new Intent.AskUnit(unit.get(), named);
        }
        if (asksSpeaker(text)) {
            return new Intent.AskSpeaker();
        }
        List<String> parts = parts(raw, text, named.size() < 2);
        if (parts.size() > 1) {
            return new Intent.AskSeveral(parts.stream().map(part -> read(part, Question.normalize(part), sender)).toList());
        }
        if (vocabulary.foundIn("question.owner", text)) {
            Intent task = named.isEmpty() ? tasks.question(Question.normalize(vocabulary.without("question.owner", raw))) : null;
            if (task instanceof Intent.AskTask one && one.tasks().size() == 1) {
                return task; // tasks.yml names the lead unit: the card says it
            }
            Question rest = Question.of(vocabulary.without("question.owner", raw), vocabulary);
            if (!named.isEmpty() || rest.hasContent()) {
                return new Intent.AskOwner(rest, named);
            }
        }
        if (vocabulary.foundIn("question.when", text)) {
            Intent task = named.isEmpty() ? tasks.question(Question.normalize(
                    vocabulary.without("question.when.verbs", vocabulary.without("question.when", raw)))) : null;
            if (task instanceof Intent.AskTask one && one.tasks().size() == 1) {
                return task; // tasks.yml names the deadline: the card says it
            }
            Question rest = Question.of(vocabulary.without("question.when.verbs", vocabulary.without("question.when", raw)), vocabulary);
            if (!named.isEmpty() || rest.hasContent()) {
                return new Intent.AskWhen(rest, named);
            }
        }
        List<Target> asked = targets.askedFor(question);
        if (!asked.isEmpty()) {
            return new Intent.AskTargets(asked, vocabulary.foundIn("progress.detail", text));
        }
        Intent task = tasks.question(text);
        if (task != null) {
            return task;
        }
        if (targets.asksForAll(question) && !knowledge.targets().isEmpty()) {
            return new Intent.AskTargetList();
        }
        return new Intent.AskReport(question);
    }

    /**
     * The parts of a question that asks several things: split at ；？！。, and, when it says 分别 or 各, at 和/与 —
     * unless it names several targets ({@code atJoins} false: 高企和就业分别由谁负责 asks one thing of both, and the
     * target paths answer each); one part (the whole) when it asks one thing. Parts without a letter or digit are
     * dropped.
     */
    private List<String> parts(String raw, String text, boolean atJoins) {
        List<String> parts = new java.util.ArrayList<>();
        boolean each = atJoins && vocabulary.foundIn("question.each", text);
        for (String piece : vocabulary.pattern("question.separators.pattern").split(raw)) {
            if (each) {
                parts.addAll(withSharedPredicate(List.of(vocabulary.pattern("question.each.joins.pattern").split(piece))));
            } else {
                parts.add(piece);
            }
        }
        return parts.stream().map(String::strip).filter(part -> part.codePoints().anyMatch(Character::isLetterOrDigit)).toList();
    }

    /**
     * Joined subjects with the predicate they share: 津潍高铁和庆章高速分别什么时候建成 asks 津潍高铁什么时候建成 and
     * 庆章高速什么时候建成 — what follows 分别/各 in the last part goes to each.
     */
    private List<String> withSharedPredicate(List<String> subjects) {
        if (subjects.size() < 2) {
            return subjects;
        }
        String last = subjects.get(subjects.size() - 1);
        List<int[]> each = vocabulary.spans("question.each", last);
        if (each.isEmpty()) {
            return subjects;
        }
        String predicate = last.substring(each.get(0)[1]);
        List<String> parts = new java.util.ArrayList<>();
        subjects.subList(0, subjects.size() - 1).forEach(subject -> parts.add(subject + predicate));
        parts.add(last.substring(0, each.get(0)[0]) + predicate);
        return parts;
    }

    /**
     * 这篇讲话是谁讲的, 讲话的是哪位领导, 县长是谁, 庆云县县长叫什么 — an office is the speaker's only when his title holds
     * it with the words before it (副县长, 县委书记 and 市长 are other people).
     */
    private boolean asksSpeaker(String text) {
        if (vocabulary.foundIn("speaker", text)) {
            return true;
        }
        if (!vocabulary.foundIn("speaker.who", text)) {
            return false;
        }
        if (speakerTitles.stream().anyMatch(text::contains)) {
            return true;
        }
        for (int[] office : vocabulary.spans("speaker.office", text)) {
            int from = office[0];
            while (from > 0 && office[0] - from < 2 && Character.isIdeographic(text.charAt(from - 1))
                    && !vocabulary.set("speaker.office.not-title").contains(String.valueOf(text.charAt(from - 1)))) {
                from--;
            }
            String said = text.substring(from, office[1]);
            if (speakerTitles.stream().anyMatch(title -> title.contains(said))) {
                return true;
            }
        }
        return false;
    }
}
