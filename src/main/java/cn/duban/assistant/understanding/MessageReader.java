package cn.duban.assistant.understanding;

import java.util.List;
import java.util.Optional;

import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.Question;
import cn.duban.assistant.knowledge.Report;
import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.knowledge.TargetMatcher;
import cn.duban.assistant.roster.Reporter;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * The one place that decides what a message means ({@link Intent}), in this order: unreadable input, 帮助, 重新加载, an
 * answer to the assistant's own question, 是/否 with nothing asked, 撤回, 更正, small talk, the overview, a report,
 * and then the kinds of question (behind, silent, a unit, the speaker, a target, the target list, the report).
 * Every trigger word comes from the {@link Vocabulary}; figures from the {@link NumeralReader}.
 */
public final class MessageReader {

    private final Vocabulary vocabulary;
    private final NumeralReader numerals;
    private final TargetMatcher targets;
    private final ReportReading reports;
    private final UnitNames unitNames;
    private final CommandReader commands;
    private final TaskReading tasks;
    private final SupervisionReading supervision;
    private final Knowledge knowledge;
    private final List<String> speakerTitles;
    private final List<String> quotes;
    private final int maxLength;

    public MessageReader(Knowledge knowledge, Roster roster, Vocabulary vocabulary, int maxLength) {
        this.vocabulary = vocabulary;
        this.knowledge = knowledge;
        this.maxLength = maxLength;
        this.quotes = knowledge.targets().stream().map(target -> Question.normalize(target.quote())).toList();
        this.speakerTitles = knowledge.reports().stream().map(Report::speakerTitle).filter(title -> !title.isBlank())
                .map(Question::normalize).distinct().toList();
        this.numerals = new NumeralReader(vocabulary);
        this.targets = new TargetMatcher(knowledge.targets(), vocabulary, knowledge.places());
        this.unitNames = new UnitNames(roster, knowledge.reports().stream().map(Report::county).toList(), vocabulary);
        this.reports = new ReportReading(knowledge.targets(), targets, new Units(vocabulary), unitNames, vocabulary);
        this.commands = new CommandReader(vocabulary, numerals, targets, unitNames);
        this.tasks = new TaskReading(knowledge.tasks(), roster.units(), vocabulary);
        this.supervision = new SupervisionReading(new cn.duban.assistant.knowledge.TaskMatcher(knowledge.tasks(), roster.units()), vocabulary);
    }

    public Intent read(String message, Sender sender) {
        String raw = message == null ? "" : message.strip();
        if (raw.isEmpty()) {
            return new Intent.Unreadable(Intent.Unreadable.Problem.EMPTY);
        }
        if (raw.codePointCount(0, raw.length()) > maxLength) {
            return new Intent.Unreadable(Intent.Unreadable.Problem.TOO_LONG);
        }
        String text = Question.normalize(raw);
        String bare = commands.bare(text);
        if (vocabulary.set("help").contains(text.strip()) || vocabulary.set("help").contains(bare)) {
            return new Intent.Help();
        }
        if (vocabulary.set("reload").contains(bare)) {
            return new Intent.Reload();
        }
        if (vocabulary.set("export").contains(bare)) {
            return new Intent.ExportLedger();
        }
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return new Intent.Unreadable(Intent.Unreadable.Problem.NO_CONTENT);
        }
        Intent supervised = supervision.read(text, bare);
        if (supervised != null) {
            return supervised;
        }
        List<Figure> figures = numerals.read(text);
        Intent answer = answer(bare, figures, sender);
        if (answer != null) {
            return answer;
        }
        Intent command = commands.read(text, bare, figures);
        if (command instanceof Intent.AskOverview && !tasks.statementFree(text)) {
            command = null;
        }
        if (command == null) {
            command = tasks.noteCorrection(text, figures);
        }
        if (command != null) {
            return command;
        }
        Intent task = tasks.statement(raw, text, figures, words -> !targets.occurrences(words).isEmpty());
        if (task != null) {
            return task;
        }
        if (isReport(text, figures, sender)) {
            return new Intent.FileReport(reports.read(raw, text, figures, sender.reporter().map(Reporter::unit).orElse(null)));
        }
        return question(raw, text, sender);
    }

    /** The new words of a 更正 of a progress note (更正：一期厂房封顶 进度70%). */
    public NoteDraft noteCorrection(String raw) {
        return tasks.correction(raw);
    }

    /** 是/否, a number or a target's name in answer to the assistant's question; 是/否 when nothing was asked. */
    private Intent answer(String bare, List<Figure> figures, Sender sender) {
        String first = figures.isEmpty() ? commands.firstPart(bare) : bare;
        boolean yes = vocabulary.set("confirm").contains(bare) || vocabulary.set("confirm").contains(first);
        boolean no = vocabulary.set("cancel").contains(bare) || vocabulary.set("cancel").contains(first);
        boolean choice = vocabulary.pattern("choice.pattern").matcher(bare).matches() || bare.length() <= 12 && figures.isEmpty() && !targets.named(bare).isEmpty();
        boolean taskChoice = bare.length() <= 16 && figures.isEmpty() && tasks.onlyTaskName(bare);
        if (sender.reporter().isPresent() && (yes || no || choice || taskChoice)) {
            Sender.Pending pending = sender.pending().get();
            if (!pending.tasks().isEmpty() && (choice || taskChoice) && !no) {
                int n = vocabulary.pattern("choice.pattern").matcher(bare).matches() ? ((Intent.Choose) choose(bare, List.of())).number() : 0;
                return tasks.choose(n, bare, pending.tasks());
            }
            if (no && pending.any()) {
                return new Intent.Cancel();
            }
            if (yes && pending.yesNo()) {
                return new Intent.Confirm();
            }
            if ((!pending.choices().isEmpty() || pending.voided()) && choice) {
                return choose(bare, pending.choices());
            }
        }
        if (!bare.equals(first)) {
            return null;
        }
        if (yes && !vocabulary.set("acknowledge").contains(bare)) {
            return new Intent.Confirm();
        }
        return no ? new Intent.Cancel() : null;
    }

    private Intent choose(String bare, List<Target> choices) {
        var number = vocabulary.pattern("choice.pattern").matcher(bare);
        if (number.matches()) {
            String digits = number.group(1);
            int n = Character.isDigit(digits.charAt(0)) ? Integer.parseInt(digits)
                    : digits.length() == 1 && NumberWords.smallUnit(digits.charAt(0)) == 10 ? 10 : NumberWords.digit(digits.charAt(0));
            return new Intent.Choose(n, n >= 1 && n <= choices.size() ? choices.get(n - 1) : null);
        }
        List<Target> named = targets.named(bare);
        return new Intent.Choose(0, named.stream().filter(choices::contains).findFirst().orElse(null));
    }

    /**
     * A report: 上报 at the start; or a figure with no question and not the report's own wording (力争…, a target's
     * quote), from a reporter or naming a target (others are then told they cannot report); or, from a reporter, a
     * target named with a unit but no figure (新增城镇就业很多人), to be told the figure is missing.
     */
    private boolean isReport(String text, List<Figure> figures, Sender sender) {
        boolean asking = CommandReader.asks(vocabulary, text);
        if (vocabulary.words("report.prefix").stream().anyMatch(text.strip()::startsWith)) {
            return !asking;
        }
        if (asking || vocabulary.foundIn("target.statement", text) || vocabulary.foundIn("report.past", text)
                || quotes.stream().anyMatch(text::contains)) {
            return false;
        }
        List<TargetMatcher.Occurrence> named = targets.occurrences(text);
        if (!figures.isEmpty()) {
            return sender.reporter().isPresent() || !named.isEmpty();
        }
        return sender.reporter().isPresent() && !named.isEmpty() && vocabulary.foundIn("vague-quantity", text);
    }

    private Intent question(String raw, String text, Sender sender) {
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
            return new Intent.AskSeveral(parts.stream().map(part -> question(part, Question.normalize(part), sender)).toList());
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
