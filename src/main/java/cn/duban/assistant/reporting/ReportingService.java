package cn.duban.assistant.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.knowledge.Aggregation;
import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.Question;
import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.ledger.Figure;
import cn.duban.assistant.ledger.FigureReader;
import cn.duban.assistant.ledger.Ledger;
import cn.duban.assistant.ledger.LedgerEntry;
import cn.duban.assistant.ledger.LedgerUnavailableException;
import cn.duban.assistant.ledger.Units;
import cn.duban.assistant.progress.Figures;
import cn.duban.assistant.progress.ProgressCalculator;
import cn.duban.assistant.progress.ProgressService;
import cn.duban.assistant.roster.Reporter;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.wording.Replies;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;

/**
 * Takes figures reported by chat: checks who reports and what, converts the figure to the target's unit, asks back
 * when unsure (which target; a figure larger than the whole year's target), records it in the ledger and confirms
 * with the new standing. 撤回 and 更正 change the reporter's last report; the ledger keeps the original.
 */
public class ReportingService {

    private static final Set<String> CONFIRM = Set.of("是", "是的", "确认", "确定", "对", "对的", "好", "好的", "没错", "yes", "y");
    private static final Set<String> CANCEL = Set.of("否", "不", "不是", "取消", "算了", "错了", "no", "n", "不对");
    private static final Pattern CORRECTION = Pattern.compile("^(更正|更改|修改|改正)(为|成)?[::\\s]*");
    private static final Pattern WITHDRAWAL = Pattern.compile("^(撤回|撤销)(上报|上一条|刚才的?)?$");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\u3002.!\uFF01]+$");
    private static final Pattern COUNTED = Pattern.compile("[人个家项户名位件套]");
    private static final String PENDING = "duban:{ledger}:pending:";

    private final Knowledge knowledge;
    private final Ledger ledger;
    private final Roster roster;
    private final ProgressService progress;
    private final Replies replies;
    private final UnifiedJedis redis;
    private final AssistantProperties properties;
    private final ReportReader reader;
    private final ObjectMapper json = new ObjectMapper();

    public ReportingService(Knowledge knowledge, Ledger ledger, Roster roster, ProgressService progress, Replies replies,
                            UnifiedJedis redis, AssistantProperties properties) {
        this.knowledge = knowledge;
        this.ledger = ledger;
        this.roster = roster;
        this.progress = progress;
        this.replies = replies;
        this.redis = redis;
        this.properties = properties;
        this.reader = new ReportReader(knowledge);
    }

    public boolean isReport(String userId, String text) {
        return reader.looksLikeReport(text, roster.reporter(userId).isPresent());
    }

    public static boolean isWithdrawal(String text) {
        return WITHDRAWAL.matcher(Question.normalize(text).strip()).matches();
    }

    public static boolean isCorrection(String text) {
        return CORRECTION.matcher(Question.normalize(text).strip()).find();
    }

    /** A report message: recorded, or a question back, or a clear refusal. */
    public String report(String messageId, String userId, String text, Instant at) {
        Optional<Reporter> reporter = roster.reporter(userId);
        if (reporter.isEmpty()) {
            return notAReporter(userId);
        }
        Optional<ReportDraft> read = reader.read(text, reporter.get());
        if (read.isEmpty()) {
            return replies.text(reader.figureCount(text) == 0 ? "reporting.no-figure" : "reporting.several-figures");
        }
        ReportDraft draft = read.get();
        List<Target> candidates = draft.candidateTargetIds().stream().map(id -> knowledge.target(id).orElseThrow()).toList();
        if (candidates.isEmpty()) {
            return replies.text("reporting.unknown-target", allowedNames(reporter.get()));
        }
        List<Target> allowed = candidates.stream().filter(target -> reporter.get().mayReport(target.id())).toList();
        if (allowed.isEmpty()) {
            return replies.text("reporting.not-allowed", names(candidates), allowedNames(reporter.get()));
        }
        try {
            if (allowed.size() > 1) {
                remember(userId, draft, allowed);
                List<String> lines = new ArrayList<>();
                lines.add(replies.text("reporting.ask-target", draft.figure().text()));
                for (int i = 0; i < allowed.size(); i++) {
                    lines.add(replies.text("reporting.ask-target.item", i + 1, allowed.get(i).name()));
                }
                lines.add(replies.text("reporting.ask-target.how"));
                return String.join("\n", lines);
            }
            Target target = allowed.get(0);
            Checked checked = check(draft.figure(), target);
            if (checked.refusal() != null) {
                return checked.refusal();
            }
            if (implausible(checked.value(), target)) {
                remember(userId, draft, List.of(target));
                return replies.text("reporting.ask-confirm", target.name(), Figures.amount(checked.value(), target.unit()),
                        Figures.amount(target.value(), target.unit()));
            }
            return record(messageId, userId, reporter.get(), target, draft.cumulative(), checked.value(), draft.raw(), at, "");
        } catch (LedgerUnavailableException | JedisException e) {
            return replies.text("reporting.unavailable");
        }
    }

    /** The answer to a question the assistant asked (是/否, or which target); empty when nothing is pending. */
    public Optional<String> answerPending(String messageId, String userId, String text, Instant at) {
        Optional<Reporter> reporter = roster.reporter(userId);
        String answer = TRAILING_MARKS.matcher(Question.normalize(text).strip()).replaceAll("");
        if (reporter.isEmpty() || !couldAnswer(answer)) {
            return Optional.empty();
        }
        PendingReport pending;
        try {
            Optional<LedgerEntry> repeated = ledger.entryForMessage(messageId);
            if (repeated.isPresent()) {
                return Optional.of(confirmation(repeated.get(), "reporting.no-figure"));
            }
            pending = pending(userId);
        } catch (LedgerUnavailableException | JedisException e) {
            return Optional.empty();
        }
        if (pending == null) {
            return Optional.empty();
        }
        try {
            if (CANCEL.contains(answer)) {
                redis.del(PENDING + userId);
                return Optional.of(replies.text("reporting.cancelled"));
            }
            List<Target> candidates = pending.candidateTargetIds().stream().map(id -> knowledge.target(id).orElseThrow()).toList();
            Target chosen = null;
            if (candidates.size() == 1 && CONFIRM.contains(answer)) {
                chosen = candidates.get(0);
            } else if (candidates.size() > 1) {
                chosen = choose(answer, candidates);
            }
            if (chosen == null) {
                return Optional.empty();
            }
            Figure figure = new Figure(pending.amount(), pending.figureUnit(), pending.figureText());
            Checked checked = check(figure, chosen);
            if (checked.refusal() != null) {
                redis.del(PENDING + userId);
                return Optional.of(checked.refusal());
            }
            return Optional.of(record(messageId, userId, reporter.get(), chosen, pending.cumulative(), checked.value(),
                    pending.raw(), at, PENDING + userId));
        } catch (LedgerUnavailableException | JedisException e) {
            return Optional.of(replies.text("reporting.unavailable"));
        }
    }

    /** Whether a message could answer a question the assistant asked: 是/否, a number, or a target's name. */
    private boolean couldAnswer(String answer) {
        if (CONFIRM.contains(answer) || CANCEL.contains(answer) || answer.matches("[0-9]{1,2}")) {
            return true;
        }
        return answer.length() <= 12 && FigureReader.read(answer).isEmpty() && reader.namesATarget(answer);
    }

    private static Target choose(String answer, List<Target> candidates) {
        if (answer.matches("[0-9]+")) {
            int index = Integer.parseInt(answer) - 1;
            return index >= 0 && index < candidates.size() ? candidates.get(index) : null;
        }
        return candidates.stream().filter(target -> target.names().stream().map(Question::normalize).anyMatch(answer::contains))
                .findFirst().orElse(null);
    }

    /** 撤回: withdraws the reporter's last report. */
    public String withdraw(String messageId, String userId, String text, Instant at) {
        if (roster.reporter(userId).isEmpty()) {
            return notAReporter(userId);
        }
        try {
            Optional<LedgerEntry> last = ledger.lastReportOf(userId);
            if (last.isEmpty()) {
                return replyForRepeat(messageId).orElse(replies.text("reporting.nothing-to-withdraw"));
            }
            return confirmation(outcomeEntry(ledger.withdraw(messageId, at, userId, last.get(), text.strip()))
                    .orElse(null), "reporting.nothing-to-withdraw");
        } catch (Ledger.ConcurrentChangeException e) {
            return replies.text("reporting.changed");
        } catch (LedgerUnavailableException | JedisException e) {
            return replies.text("reporting.unavailable");
        }
    }

    /** 更正 95人: replaces the reporter's last report with a new figure. */
    public String correct(String messageId, String userId, String text, Instant at) {
        if (roster.reporter(userId).isEmpty()) {
            return notAReporter(userId);
        }
        String rest = CORRECTION.matcher(Question.normalize(text).strip()).replaceFirst("");
        List<Figure> figures = FigureReader.read(rest);
        if (figures.size() != 1) {
            return replies.text(figures.isEmpty() ? "reporting.correct-how" : "reporting.several-figures");
        }
        try {
            Optional<LedgerEntry> last = ledger.lastReportOf(userId);
            if (last.isEmpty()) {
                return replyForRepeat(messageId).orElse(replies.text("reporting.nothing-to-correct"));
            }
            Target target = knowledge.target(last.get().targetId()).orElseThrow();
            Checked checked = check(figures.get(0), target);
            if (checked.refusal() != null) {
                return checked.refusal();
            }
            return confirmation(outcomeEntry(ledger.correct(messageId, at, userId, last.get(), checked.value(), text.strip()))
                    .orElse(null), "reporting.nothing-to-correct");
        } catch (Ledger.ConcurrentChangeException e) {
            return replies.text("reporting.changed");
        } catch (LedgerUnavailableException | JedisException e) {
            return replies.text("reporting.unavailable");
        }
    }

    /** For a repeated 撤回/更正 message whose report is gone by now: the reply the first one got. */
    private Optional<String> replyForRepeat(String messageId) {
        return ledger.entryForMessage(messageId).map(entry -> confirmation(entry, "reporting.nothing-to-withdraw"));
    }

    private String record(String messageId, String userId, Reporter reporter, Target target, boolean cumulative,
                          BigDecimal value, String raw, Instant at, String pendingKey) {
        String kind = cumulative ? LedgerEntry.SET : LedgerEntry.ADD;
        return confirmation(outcomeEntry(ledger.record(messageId, at, userId, reporter.unit(), target, kind, value, raw,
                pendingKey)).orElse(null), "reporting.no-figure");
    }

    private static Optional<LedgerEntry> outcomeEntry(Ledger.Outcome outcome) {
        if (outcome instanceof Ledger.Outcome.Recorded recorded) {
            return Optional.of(recorded.entry());
        }
        if (outcome instanceof Ledger.Outcome.AlreadyRecorded again) {
            return Optional.of(again.entry());
        }
        return Optional.empty();
    }

    /** The reply to a ledger entry, made from the entry alone, so a repeated message gets the same words. */
    String confirmation(LedgerEntry entry, String keyWhenNone) {
        if (entry == null) {
            return replies.text(keyWhenNone);
        }
        Target target = knowledge.target(entry.targetId()).orElseThrow();
        List<String> lines = new ArrayList<>();
        if (entry.isWithdrawal()) {
            LedgerEntry original = ledger.entry(entry.refersTo()).orElse(entry);
            lines.add(replies.text("reporting.withdrawn", entry.unit(), target.name(), describe(original, target)));
        } else if (entry.isCorrection()) {
            LedgerEntry original = ledger.entry(entry.refersTo()).orElse(entry);
            lines.add(replies.text("reporting.corrected", entry.unit(), target.name(), describe(original, target),
                    describe(entry, target)));
        } else {
            lines.add(replies.text("reporting.recorded", entry.unit(), target.name(), describe(entry, target)));
        }
        if (target.aggregation() == Aggregation.SUM && entry.unitAfter() != null) {
            lines.add(replies.text("reporting.unit-total", entry.unit(), Figures.amount(entry.unitAfter(), target.unit())));
        }
        lines.add(progress.line(progress.progress(target, entry.countyAfter(), entry)));
        lines.add(replies.text(entry.isWithdrawal() ? "reporting.after-withdraw" : "reporting.undo-hint",
                Figures.amount(entry.value(), target.unit())));
        return String.join("\n", lines);
    }

    private static String describe(LedgerEntry entry, Target target) {
        String amount = Figures.amount(entry.value(), target.unit());
        return switch (entry.kind()) {
            case LedgerEntry.ADD -> "+" + amount;
            case LedgerEntry.SET -> "累计" + amount;
            default -> amount;
        };
    }

    /** The figure in the target's unit, or the reason it cannot be recorded. */
    record Checked(BigDecimal value, String refusal) {
    }

    Checked check(Figure figure, Target target) {
        Optional<BigDecimal> converted = Units.convert(figure, target.unit());
        if (converted.isEmpty()) {
            return new Checked(null, replies.text("reporting.wrong-unit", target.name(), target.unit(), figure.unit()));
        }
        BigDecimal value = converted.get();
        if (value.signum() == 0) {
            return new Checked(null, replies.text("reporting.zero"));
        }
        if (value.signum() < 0) {
            return new Checked(null, replies.text("reporting.negative"));
        }
        if (COUNTED.matcher(target.unit()).matches() && value.stripTrailingZeros().scale() > 0) {
            return new Checked(null, replies.text("reporting.not-whole", target.name(), target.unit()));
        }
        if (value.stripTrailingZeros().scale() > 4) {
            return new Checked(null, replies.text("reporting.too-precise"));
        }
        if (target.value().signum() > 0 && value.compareTo(target.value().multiply(BigDecimal.valueOf(100))) > 0) {
            return new Checked(null, replies.text("reporting.absurd", Figures.amount(value, target.unit()), target.name(),
                    Figures.amount(target.value(), target.unit())));
        }
        return new Checked(value, null);
    }

    /** More than the whole year's target at once (three times the target for a growth rate). */
    static boolean implausible(BigDecimal value, Target target) {
        BigDecimal limit = ProgressCalculator.isRate(target) ? target.value().multiply(BigDecimal.valueOf(3)) : target.value();
        return target.value().signum() > 0 && value.compareTo(limit) > 0;
    }

    private void remember(String userId, ReportDraft draft, List<Target> candidates) {
        PendingReport pending = new PendingReport(candidates.stream().map(Target::id).toList(), draft.figure().amount(),
                draft.figure().unit(), draft.figure().text(), draft.cumulative(), draft.raw());
        try {
            redis.set(PENDING + userId, json.writeValueAsString(pending),
                    SetParams.setParams().ex(properties.ledger().confirmTimeout().toSeconds()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private PendingReport pending(String userId) {
        String stored = redis.get(PENDING + userId);
        if (stored == null) {
            return null;
        }
        try {
            return json.readValue(stored, PendingReport.class);
        } catch (JsonProcessingException e) {
            redis.del(PENDING + userId);
            return null;
        }
    }

    private String notAReporter(String userId) {
        return replies.text(roster.official(userId).isPresent() ? "reporting.official-not-reporter" : "reporting.not-in-roster");
    }

    private String allowedNames(Reporter reporter) {
        return names(knowledge.targets().stream().filter(target -> reporter.mayReport(target.id())).toList());
    }

    private static String names(List<Target> targets) {
        return String.join("、", targets.stream().map(Target::name).toList());
    }
}
