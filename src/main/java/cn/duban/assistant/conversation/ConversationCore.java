package cn.duban.assistant.conversation;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import cn.duban.assistant.digest.DigestService;
import cn.duban.assistant.knowledge.ReportAnswerer;
import cn.duban.assistant.ledger.LedgerUnavailableException;
import cn.duban.assistant.progress.ProgressOutcome;
import cn.duban.assistant.progress.ProgressService;
import cn.duban.assistant.reporting.ReportingOutcome;
import cn.duban.assistant.reporting.ReportingService;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.understanding.Intent;
import cn.duban.assistant.understanding.MessageReader;
import cn.duban.assistant.understanding.Sender;
import cn.duban.assistant.wording.Wording;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The one path of every message from every channel: the {@link MessageReader} decides its {@link Intent}, the
 * feature for that intent acts and returns an outcome, the {@link Wording} words it. It knows no channel. Reports,
 * 撤回, 更正 and answers to the assistant's questions are made exactly once by the ledger, which answers a repeated
 * message with the first reply; any other reply is remembered by message id for the same purpose.
 */
public class ConversationCore {

    private final MessageReader reader;
    private final ReportingService reporting;
    private final ProgressService progress;
    private final ReportAnswerer answerer;
    private final DigestService digest;
    private final Wording wording;
    private final Roster roster;
    private final ReplyMemory memory;
    private final boolean withChart;

    public ConversationCore(MessageReader reader, ReportingService reporting, ProgressService progress, ReportAnswerer answerer,
                            DigestService digest, Wording wording, Roster roster, ReplyMemory memory, boolean withChart) {
        this.reader = reader;
        this.reporting = reporting;
        this.progress = progress;
        this.answerer = answerer;
        this.digest = digest;
        this.wording = wording;
        this.roster = roster;
        this.memory = memory;
        this.withChart = withChart;
    }

    public Reply handle(InboundMessage message) {
        Intent intent = reader.read(message.text(), sender(message.userId()));
        ReportingOutcome done = ledgerAction(intent, message);
        if (done != null) {
            return new Reply(wording.reporting(done));
        }
        if (intent instanceof Intent.Unreadable unreadable) {
            return new Reply(wording.unreadable(unreadable.problem()));
        }
        Optional<String> earlier = memory.recall(message.messageId());
        if (earlier.isPresent()) {
            return new Reply(earlier.get());
        }
        if (intent instanceof Intent.AskOverview) {
            return overview(message);
        }
        return new Reply(memory.remember(message.messageId(), answer(intent, message.userId())));
    }

    /** 帮助 for this user, e.g. when they open the app. */
    public String help(String userId) {
        return wording.help(userId);
    }

    private Sender sender(String userId) {
        Supplier<Sender.Pending> pending = new Supplier<>() {
            private Sender.Pending read;

            @Override
            public Sender.Pending get() {
                if (read == null) {
                    read = reporting.pendingFor(userId);
                }
                return read;
            }
        };
        return new Sender(userId, roster.reporter(userId), pending);
    }

    /** Reports, 撤回, 更正 and answers to the assistant's questions: the ledger makes each exactly once. */
    private ReportingOutcome ledgerAction(Intent intent, InboundMessage message) {
        String id = message.messageId();
        String user = message.userId();
        Instant at = message.receivedAt();
        String raw = message.text() == null ? "" : message.text().strip();
        if (intent instanceof Intent.FileReport report) {
            return reporting.file(id, user, report.draft(), at);
        }
        if (intent instanceof Intent.Withdraw withdraw) {
            return reporting.withdraw(id, user, withdraw.figure(), withdraw.target(), withdraw.soft(), raw, at);
        }
        if (intent instanceof Intent.Correct correct) {
            return reporting.correct(id, user, correct, raw, at);
        }
        if (intent instanceof Intent.Confirm) {
            return reporting.confirm(id, user, at);
        }
        if (intent instanceof Intent.Cancel) {
            return reporting.cancel(user);
        }
        return intent instanceof Intent.Choose choose ? reporting.choose(id, user, choose.target(), at) : null;
    }

    private String answer(Intent intent, String user) {
        if (intent instanceof Intent.Help) {
            return wording.help(user);
        }
        if (intent instanceof Intent.SmallTalk talk) {
            return wording.smallTalk(talk.kind());
        }
        if (intent instanceof Intent.AskBehind) {
            return wording.progress(progress.behind(user));
        }
        if (intent instanceof Intent.AskSilent) {
            return wording.progress(progress.silent(user));
        }
        if (intent instanceof Intent.AskUnit unit) {
            return wording.progress(progress.unit(user, unit.unit(), unit.targets()));
        }
        if (intent instanceof Intent.AskTargets targets) {
            return wording.progress(progress.targets(user, targets.targets(), targets.detail()));
        }
        if (intent instanceof Intent.AskTargetList) {
            return wording.answer(answerer.targetList());
        }
        if (intent instanceof Intent.AskSpeaker) {
            return wording.answer(answerer.speakers());
        }
        return wording.answer(answerer.answer(((Intent.AskReport) intent).question()));
    }

    /** 汇总, 整体进度如何: the digest and its chart for officials; the county lines for reporters. */
    private Reply overview(InboundMessage message) {
        String user = message.userId();
        if (roster.official(user).isEmpty()) {
            return new Reply(memory.remember(message.messageId(), wording.progress(progress.countyLines(user))));
        }
        try {
            String text = memory.remember(message.messageId(), wording.digest(digest.today()));
            return new Reply(text, withChart ? chart() : null);
        } catch (LedgerUnavailableException | JedisException e) {
            return new Reply(wording.progress(new ProgressOutcome.Refused(ProgressOutcome.Refusal.UNAVAILABLE, null)));
        }
    }

    /** The digest's chart; null when it cannot be drawn now. */
    private byte[] chart() {
        try {
            return digest.chart(wording.digestWriter());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
