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

    /** How long a copy of a message waits for the first copy's reply. */
    private static final java.time.Duration COPY_WAIT = java.time.Duration.ofSeconds(10);

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

    /**
     * The reply to a message. A copy of a message answered before (same message id) gets the first reply and has no
     * second effect (reports, 撤回 and 更正: the ledger knows their message ids); a copy of one that went out with a
     * chart gets an empty reply (the first copy's delivery has it).
     */
    public Reply handle(InboundMessage message) {
        Intent intent = reader.read(message.text(), sender(message.userId()));
        if (!(intent instanceof Intent.FileReport || intent instanceof Intent.Withdraw || intent instanceof Intent.Correct)) {
            // a copy of 是 or 否 reads differently once the first copy dropped the question: the reply kept decides
            Optional<ReplyMemory.Kept> earlier = memory.recall(message.messageId(), COPY_WAIT);
            if (earlier.isPresent()) {
                return copy(earlier.get());
            }
        }
        if (claimed(intent, message.userId()) && !memory.claim(message.messageId())) {
            return memory.recall(message.messageId(), COPY_WAIT).map(ConversationCore::copy).orElseGet(() -> new Reply(""));
        }
        ReportingOutcome done = ledgerAction(intent, message);
        if (done != null) {
            Reply reply = new Reply(wording.reporting(done));
            if (claimed(intent, message.userId())) {
                memory.keep(message.messageId(), reply.text(), false);
            }
            return reply;
        }
        if (intent instanceof Intent.Unreadable unreadable) {
            return new Reply(wording.unreadable(unreadable.problem()));
        }
        if (intent instanceof Intent.AskOverview) {
            return overview(message);
        }
        return new Reply(memory.remember(message.messageId(), answer(intent, message.userId())));
    }

    /**
     * Whether the message has an effect outside the ledger's own message check — an answer to the assistant's
     * question (the question is dropped), an official's 汇总 (the chart is sent) — so that it is claimed before acting.
     */
    private boolean claimed(Intent intent, String userId) {
        return intent instanceof Intent.Confirm || intent instanceof Intent.Cancel || intent instanceof Intent.Choose
                || intent instanceof Intent.AskOverview && roster.official(userId).isPresent();
    }

    private static Reply copy(ReplyMemory.Kept kept) {
        return new Reply(kept.withChart() ? "" : kept.text());
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
        if (intent instanceof Intent.AskSeveral several) {
            return String.join("\n\n", several.parts().stream().map(part -> answer(part, user)).toList());
        }
        if (intent instanceof Intent.AskWhen when) {
            return wording.answer(answerer.when(when.question(), when.targets()), progress.targets(user, when.targets(), false));
        }
        if (intent instanceof Intent.AskOwner owner) {
            return wording.answer(answerer.owners(owner.question(), owner.targets()), progress.targets(user, owner.targets(), false));
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
            String text = wording.digest(digest.today());
            byte[] chart = withChart ? chart() : null;
            memory.keep(message.messageId(), text, chart != null);
            return new Reply(text, chart);
        } catch (LedgerUnavailableException | JedisException e) {
            String text = wording.progress(new ProgressOutcome.Refused(ProgressOutcome.Refusal.UNAVAILABLE, null));
            memory.keep(message.messageId(), text, false);
            return new Reply(text);
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
