package cn.duban.assistant.understanding;

import java.util.List;

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
 * and then the kinds of question ({@link QuestionReading}).
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
    private final QuestionReading questions;
    private final List<String> quotes;
    /** Per thread, the answer words of the message read last: {@link #mayAnswer} asks about it right after. */
    private final ThreadLocal<AnswerWords.Read> lastAnswerWords = new ThreadLocal<>();
    private final int maxLength;

    public MessageReader(Knowledge knowledge, Roster roster, Vocabulary vocabulary, int maxLength) {
        this.vocabulary = vocabulary;
        this.maxLength = maxLength;
        this.quotes = knowledge.targets().stream().map(target -> Question.normalize(target.quote())).toList();
        this.numerals = new NumeralReader(vocabulary);
        this.targets = new TargetMatcher(knowledge.targets(), vocabulary, knowledge.places());
        this.unitNames = new UnitNames(roster, knowledge.reports().stream().map(Report::county).toList(), vocabulary);
        this.reports = new ReportReading(knowledge.targets(), targets, new Units(vocabulary), unitNames, vocabulary);
        this.commands = new CommandReader(vocabulary, numerals, targets, unitNames);
        this.tasks = new TaskReading(knowledge.tasks(), roster.units(), vocabulary);
        this.supervision = new SupervisionReading(new cn.duban.assistant.knowledge.TaskMatcher(knowledge.tasks(), roster.units()), vocabulary);
        this.questions = new QuestionReading(knowledge, vocabulary, targets, tasks, unitNames);
    }

    /** What {@code message} from {@code sender} means; never null (an unreadable message is an intent too). */
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
        if (command instanceof Intent.AskOverview && (!tasks.statementFree(text) || tasks.correcting(text))) {
            command = null;
        }
        if (command == null) {
            command = tasks.noteCorrection(text, figures);
        }
        if (command != null) {
            return command;
        }
        Intent task = tasks.several(raw, text, words -> targets.occurrences(words).stream()
                .mapToInt(TargetMatcher.Occurrence::start).min().orElse(-1), part -> figurePart(part, sender));
        if (task == null) {
            task = tasks.statement(raw, text, figures, words -> !targets.occurrences(words).isEmpty());
        }
        if (task == null && targets.occurrences(text).isEmpty()) {
            task = tasks.nearTask(raw, text, sender.reporter().map(Reporter::unit).orElse(null));
        }
        if (task != null) {
            return task;
        }
        if (isReport(text, figures, sender)) {
            return new Intent.FileReport(reports.read(raw, text, figures, sender.reporter().map(Reporter::unit).orElse(null)));
        }
        return questions.read(raw, text, sender);
    }

    /**
     * Whether the message could be an answer to one of the assistant's questions (是/否, a number, a target's or a
     * task's name alone) — read as {@link #answer} reads it, with or without a figure — so that a copy of it may have
     * been claimed and answered before the question was dropped, and read differently now.
     */
    public boolean mayAnswer(String message) {
        String bare = commands.bare(Question.normalize(message == null ? "" : message.strip()));
        return answerWords(bare, commands.firstPart(bare), true).any();
    }

    /** The message's answer words, read once per thread for a message that is read and then asked about. */
    private AnswerWords answerWords(String bare, String first, boolean noFigures) {
        AnswerWords.Read last = lastAnswerWords.get();
        if (last != null && last.bare().equals(bare) && last.first().equals(first) && last.noFigures() == noFigures) {
            return last.words();
        }
        AnswerWords words = AnswerWords.of(vocabulary, targets, tasks, bare, first, noFigures);
        lastAnswerWords.set(new AnswerWords.Read(bare, first, noFigures, words));
        return words;
    }

    /** A part of a message with a note that reports figures (新增城镇就业20人), read as a report; null when it is none. */
    private Intent.FileReport figurePart(String part, Sender sender) {
        String text = Question.normalize(part);
        List<Figure> figures = numerals.read(text);
        return figures.isEmpty() || !isReport(text, figures, sender) ? null
                : new Intent.FileReport(reports.read(part, text, figures, sender.reporter().map(Reporter::unit).orElse(null)));
    }

    /** The new words of a 更正 of a progress note (更正：一期厂房封顶 进度70%). */
    public NoteDraft noteCorrection(String raw) {
        return tasks.correction(raw);
    }

    /** 是/否, a number or a target's name in answer to the assistant's question; 是/否 when nothing was asked. */
    private Intent answer(String bare, List<Figure> figures, Sender sender) {
        String first = figures.isEmpty() ? commands.firstPart(bare) : bare;
        AnswerWords said = answerWords(bare, first, figures.isEmpty());
        boolean yes = said.yes();
        boolean no = said.no();
        boolean choice = said.choice();
        boolean taskChoice = said.taskChoice();
        if (sender.reporter().isPresent() && said.any()) {
            Sender.Pending pending = sender.pending().get();
            if (pending.tasks().size() == 1 && yes) {
                return tasks.choose(1, bare, pending.tasks()); // 是 to 是“津潍高铁建设”吗
            }
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
            if (!pending.any() && vocabulary.pattern("choice.pattern").matcher(bare).matches()) {
                return new Intent.Choose(0, null);
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
}
