package cn.duban.assistant.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.digest.DigestService;
import cn.duban.assistant.knowledge.Answer;
import cn.duban.assistant.knowledge.AnswerComposer;
import cn.duban.assistant.knowledge.Question;
import cn.duban.assistant.knowledge.ReportAnswerer;
import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.ledger.LedgerUnavailableException;
import cn.duban.assistant.progress.ProgressService;
import cn.duban.assistant.reporting.ReportingService;
import cn.duban.assistant.roster.Reporter;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.wording.Replies;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The one place that decides what a message is — a command (帮助, 撤回, 更正, an answer to a question the assistant
 * asked), a progress question, a report, or a question about the report — and who answers it. Every channel goes
 * through here; nothing here knows which channel a message came from. A message id seen before gets the reply it
 * got the first time.
 */
public class ConversationCore {

    private static final Set<String> HELP = Set.of("帮助", "?", "help", "菜单", "使用说明", "怎么用");
    private static final Set<String> DIGEST = Set.of("汇总", "日报", "今日汇总", "今天汇总", "今日日报", "督办日报");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s?!.\u3002]+$");
    private static final Pattern ASKS_BEHIND = Pattern.compile("欠进度|落后|滞后|没完成|未完成|拖后腿");
    private static final Pattern ASKS_SILENT = Pattern.compile("(谁|哪些|哪个|哪几个|什么单位).{0,6}(没|未|还没)(有)?(上)?报|未上报|没上报|没报|未报");
    private static final Pattern ASKS_UNIT = Pattern.compile("报了|上报|报的|情况|数据|进度|完成");
    private static final Pattern ASKS_DETAIL = Pattern.compile("进度|完成|情况|怎么样|如何|各单位|最新|多少了");

    private final ReportAnswerer answerer;
    private final AnswerComposer composer;
    private final Replies replies;
    private final ReportingService reporting;
    private final ProgressService progress;
    private final Roster roster;
    private final ReplyMemory memory;
    private final DigestService digest;
    private final int maxMessageLength;
    private final boolean withChart;

    public ConversationCore(ReportAnswerer answerer, AnswerComposer composer, Replies replies, ReportingService reporting,
                            ProgressService progress, Roster roster, ReplyMemory memory, DigestService digest,
                            AssistantProperties properties) {
        this.digest = digest;
        this.answerer = answerer;
        this.composer = composer;
        this.replies = replies;
        this.reporting = reporting;
        this.progress = progress;
        this.roster = roster;
        this.memory = memory;
        this.maxMessageLength = properties.maxMessageLength();
        this.withChart = properties.digest().chart();
    }

    public Reply handle(InboundMessage message) {
        String text = message.text() == null ? "" : message.text().strip();
        if (text.isEmpty()) {
            return new Reply(replies.text("input.empty"));
        }
        if (text.codePointCount(0, text.length()) > maxMessageLength) {
            return new Reply(replies.text("input.too-long", maxMessageLength));
        }
        if (isHelp(text)) {
            return new Reply(replies.text("help"));
        }
        Question question = Question.of(text);
        if (!question.hasContent() && !hasLetters(question.normalized())) {
            return new Reply(replies.text("input.no-content"));
        }
        Optional<String> ledgerReply = ledgerAction(message, text);
        if (ledgerReply.isPresent()) {
            return new Reply(ledgerReply.get());
        }
        Optional<String> earlier = memory.recall(message.messageId());
        if (earlier.isPresent()) {
            return new Reply(earlier.get());
        }
        Optional<String> digestText = digestRequest(message.userId(), text);
        if (digestText.isPresent()) {
            return new Reply(memory.remember(message.messageId(), digestText.get()), chartFor(message.userId()));
        }
        String reply = progressQuestion(message.userId(), question.normalized())
                .orElseGet(() -> answer(message.userId(), question));
        return new Reply(memory.remember(message.messageId(), reply));
    }

    /**
     * 撤回, 更正, an answer to a question the assistant asked, or a report. The ledger itself answers a repeat of
     * such a message: it refuses a second effect and gives the same confirmation, so these replies need no memory.
     */
    private Optional<String> ledgerAction(InboundMessage message, String text) {
        String id = message.messageId();
        String user = message.userId();
        if (ReportingService.isWithdrawal(text)) {
            return Optional.of(reporting.withdraw(id, user, text, message.receivedAt()));
        }
        if (ReportingService.isCorrection(text)) {
            return Optional.of(reporting.correct(id, user, text, message.receivedAt()));
        }
        Optional<String> answered = reporting.answerPending(id, user, text, message.receivedAt());
        if (answered.isPresent()) {
            return answered;
        }
        if (reporting.isReport(user, text)) {
            return Optional.of(reporting.report(id, user, text, message.receivedAt()));
        }
        return Optional.empty();
    }

    /** 汇总 / 日报: today's digest, for officials. */
    private Optional<String> digestRequest(String user, String text) {
        if (!DIGEST.contains(TRAILING_MARKS.matcher(Question.normalize(text).strip()).replaceAll(""))) {
            return Optional.empty();
        }
        if (roster.official(user).isEmpty()) {
            return Optional.of(replies.text("digest.officials-only"));
        }
        try {
            return Optional.of(digest.today());
        } catch (LedgerUnavailableException | JedisException e) {
            return Optional.of(replies.text("progress.unavailable"));
        }
    }

    /** The digest's chart for an official, when charts are on; null otherwise or when it cannot be drawn now. */
    private byte[] chartFor(String user) {
        if (!withChart || roster.official(user).isEmpty()) {
            return null;
        }
        try {
            return digest.chart();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Optional<String> progressQuestion(String user, String text) {
        boolean behind = ASKS_BEHIND.matcher(text).find();
        boolean silent = ASKS_SILENT.matcher(text).find();
        Optional<String> unit = ASKS_UNIT.matcher(text).find() ? progress.unitNamedIn(text) : Optional.empty();
        if (!behind && !silent && unit.isEmpty()) {
            return Optional.empty();
        }
        if (!roster.knows(user)) {
            return Optional.of(replies.text("progress.officials-only"));
        }
        Optional<Reporter> reporter = roster.reporter(user).filter(r -> roster.official(user).isEmpty());
        try {
            if (unit.isPresent()) {
                if (reporter.isPresent() && !reporter.get().unit().equals(unit.get())) {
                    return Optional.of(replies.text("progress.unit.forbidden", reporter.get().unit()));
                }
                return Optional.of(progress.unit(unit.get()));
            }
            if (reporter.isPresent() && silent) {
                return Optional.of(replies.text("progress.officials-only"));
            }
            return Optional.of(silent ? progress.silent() : progress.behind());
        } catch (LedgerUnavailableException | JedisException e) {
            return Optional.of(replies.text("progress.unavailable"));
        }
    }

    /** A question about the report; a target's answer gains its progress line for people in the roster. */
    private String answer(String user, Question question) {
        Answer answer = answerer.answer(question);
        if (!(answer instanceof Answer.TargetFigures figures) || !roster.knows(user)) {
            return composer.compose(answer);
        }
        boolean detail = roster.official(user).isPresent() && ASKS_DETAIL.matcher(question.normalized()).find();
        List<String> parts = new ArrayList<>();
        for (Target target : figures.targets()) {
            StringBuilder part = new StringBuilder(composer.targetFigure(target));
            try {
                part.append('\n').append(progress.line(progress.progress(target)));
                if (detail) {
                    part.append('\n').append(progress.units(target));
                }
            } catch (LedgerUnavailableException | JedisException e) {
                part.append('\n').append(replies.text("progress.unavailable"));
            }
            parts.add(part.toString());
        }
        return String.join("\n\n", parts);
    }

    private static boolean isHelp(String text) {
        String command = Question.normalize(text).strip();
        return HELP.contains(command) || HELP.contains(TRAILING_MARKS.matcher(command).replaceAll(""));
    }

    private static boolean hasLetters(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
