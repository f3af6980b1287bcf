package cn.duban.assistant.conversation;

import java.util.Optional;
import java.util.function.Supplier;

import cn.duban.assistant.ledger.LedgerUnavailableException;
import cn.duban.assistant.progress.ProgressOutcome;
import cn.duban.assistant.reporting.ReportingOutcome;
import cn.duban.assistant.understanding.Intent;
import cn.duban.assistant.understanding.MessageReader;
import cn.duban.assistant.understanding.Sender;
import cn.duban.assistant.wording.Wording;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The one path of every message from every channel: the {@link MessageReader} decides its {@link Intent}, the
 * feature for that intent acts and returns an outcome, the {@link Wording} words it. It knows no channel. Each message
 * is handled wholly on the {@link Snapshot} of the knowledge and roster current when it arrived. Reports, 撤回, 更正
 * and answers to the assistant's questions are made exactly once by the ledger, which answers a repeated message with
 * the first reply; any other reply is remembered by message id for the same purpose — durably in Redis when the
 * message had an effect (a note, a 督办单, a claimed 是 or 汇总), in this process alone for a question.
 */
public class ConversationCore {

    /** How long a copy of a message waits for the first copy's reply. */
    private static final java.time.Duration COPY_WAIT = java.time.Duration.ofSeconds(10);

    private final CurrentKnowledge current;
    private final ReplyMemory memory;
    private final boolean withChart;
    private final cn.duban.assistant.workbench.ExportLinks exports;

    /** The core on the knowledge and roster in use; {@code withChart}: an official's 汇总 comes with its chart. */
    public ConversationCore(CurrentKnowledge current, ReplyMemory memory, boolean withChart) {
        this(current, memory, withChart, new cn.duban.assistant.workbench.ExportLinks(null));
    }

    /** The same, with 导出台账 linking to the workbench at the address {@code exports} has. */
    public ConversationCore(CurrentKnowledge current, ReplyMemory memory, boolean withChart,
                            cn.duban.assistant.workbench.ExportLinks exports) {
        this.current = current;
        this.memory = memory;
        this.withChart = withChart;
        this.exports = exports;
    }

    /**
     * The reply to a message. A copy of a message answered before (same message id) gets the first reply and has no
     * second effect (reports, 撤回 and 更正: the ledger knows their message ids); a copy of one that went out with a
     * chart gets an empty reply (the first copy's delivery has it).
     */
    public Reply handle(InboundMessage message) {
        if (message.image() == null) {
            return handleText(message);
        }
        // a photo: 佐证材料 of the sender's last note; with words (a mixed message) the words first, then the photo
        boolean words = message.text() != null && !message.text().isBlank();
        Reply said = words ? handleText(message) : null;
        if (said != null && (!message.image().isImage() || current.get().roster().reporter(message.userId()).isEmpty())) {
            return said;
        }
        String photo = TaskTurns.photo(current.get(), message);
        return said == null ? new Reply(photo) : new Reply(said.text().isEmpty() ? photo : said.text() + "\n" + photo, said.image());
    }

    private Reply handleText(InboundMessage message) {
        Snapshot now = current.get();
        Intent intent = now.reader().read(message.text(), sender(now, message.userId()));
        if (!(intent instanceof Intent.FileReport || intent instanceof Intent.Withdraw || intent instanceof Intent.Correct
                || intent instanceof Intent.WriteNote || intent instanceof Intent.WriteNotes)) {
            // a copy of 是 or 否 reads differently once the first copy dropped the question: the reply kept decides; a
            // question that cannot be such an answer was never kept in Redis, only in this process
            Optional<ReplyMemory.Kept> earlier = question(intent) && !now.reader().mayAnswer(message.text())
                    ? memory.recallHere(message.messageId()) : memory.recall(message.messageId(), COPY_WAIT);
            if (earlier.isPresent()) {
                return copy(earlier.get());
            }
        }
        boolean claimed = claimed(now, intent, message.userId());
        if (claimed && !memory.claim(message.messageId())) {
            return memory.recall(message.messageId(), COPY_WAIT).map(ConversationCore::copy).orElseGet(() -> new Reply(""));
        }
        String supervision = SupervisionTurns.reply(now, intent, message);
        if (supervision != null) {
            return new Reply(claimed ? keep(message, supervision) : kept(message, intent, supervision));
        }
        String task = TaskTurns.reply(now, intent, message);
        if (task != null) {
            return new Reply(claimed ? keep(message, task) : kept(message, intent, task));
        }
        ReportingOutcome done = ReportTurns.act(now, intent, message);
        if (done != null) {
            String text = now.wording().reporting(done);
            return new Reply(claimed ? keep(message, text) : text);
        }
        if (intent instanceof Intent.Reload) {
            String text = now.wording().reload(current.reload(message.userId()));
            return new Reply(claimed ? keep(message, text) : memory.remember(message.messageId(), text));
        }
        if (intent instanceof Intent.ExportLedger) {
            return new Reply(memory.answered(message.messageId(), now.wording().export(exports.link(now.roster(), message.userId()))));
        }
        if (intent instanceof Intent.Unreadable unreadable) {
            return new Reply(now.wording().unreadable(unreadable.problem()));
        }
        if (intent instanceof Intent.AskOverview) {
            return overview(now, message);
        }
        // a question has no effect to protect: its reply is kept in this process, with no durable write
        return new Reply(memory.answered(message.messageId(), QuestionTurns.answer(now, intent, message.userId())));
    }

    /**
     * Whether the message has an effect outside the ledger's own message check — an answer to the assistant's
     * question (the question is dropped), an official's 汇总 (the chart is sent) or 重新加载 (the files are read again)
     * — so that it is claimed before acting.
     */
    private static boolean claimed(Snapshot now, Intent intent, String userId) {
        boolean official = now.roster().official(userId).isPresent();
        return intent instanceof Intent.Confirm || intent instanceof Intent.Cancel || intent instanceof Intent.Choose
                || intent instanceof Intent.ChooseTask
                || (intent instanceof Intent.AskOverview || intent instanceof Intent.Reload) && official;
    }

    /**
     * Keeps the reply of an unclaimed message for its copies, and returns the reply kept: durably when the message had
     * an effect (a note, a 督办单 drafted), in this process alone for a question about tasks or 督办单.
     */
    private String kept(InboundMessage message, Intent intent, String text) {
        return question(intent) ? memory.answered(message.messageId(), text) : memory.remember(message.messageId(), text);
    }

    /** Whether the intent only asks: it has no effect, and its reply is kept in this process alone. */
    private static boolean question(Intent intent) {
        return intent instanceof Intent.Help || intent instanceof Intent.SmallTalk || intent instanceof Intent.Unreadable
                || intent instanceof Intent.ExportLedger || intent instanceof Intent.AskBehind || intent instanceof Intent.AskSilent
                || intent instanceof Intent.AskUnit || intent instanceof Intent.AskTargets || intent instanceof Intent.AskOwner
                || intent instanceof Intent.AskWhen || intent instanceof Intent.AskSeveral || intent instanceof Intent.AskTargetList
                || intent instanceof Intent.AskSpeaker || intent instanceof Intent.AskReport || intent instanceof Intent.AskTask
                || intent instanceof Intent.AskUnitTasks || intent instanceof Intent.AskLights || intent instanceof Intent.ListOrders;
    }

    /** Keeps the reply of a claimed message for its copies, and returns it. */
    private String keep(InboundMessage message, String text) {
        memory.keep(message.messageId(), text, false);
        return text;
    }

    private static Reply copy(ReplyMemory.Kept kept) {
        return new Reply(kept.withChart() ? "" : kept.text());
    }

    /** 帮助 for this user, e.g. when they open the app. */
    public String help(String userId) {
        return current.get().wording().help(userId);
    }

    private static Sender sender(Snapshot now, String userId) {
        Supplier<Sender.Pending> pending = new Supplier<>() {
            private Sender.Pending read;

            @Override
            public Sender.Pending get() {
                if (read == null) {
                    read = TaskTurns.pending(now, userId);
                }
                return read;
            }
        };
        return new Sender(userId, now.roster().reporter(userId), pending);
    }

    /** 汇总, 整体进度如何: the digest and its chart for officials; the county lines for reporters. */
    private Reply overview(Snapshot now, InboundMessage message) {
        String user = message.userId();
        Wording wording = now.wording();
        if (now.roster().official(user).isEmpty()) {
            return new Reply(memory.answered(message.messageId(), wording.progress(now.progress().countyLines(user))));
        }
        try {
            String text = wording.digest(now.digest().today());
            byte[] chart = withChart ? chart(now) : null;
            memory.keep(message.messageId(), text, chart != null);
            return new Reply(text, chart);
        } catch (LedgerUnavailableException | JedisException e) {
            String text = wording.progress(new ProgressOutcome.Refused(ProgressOutcome.Refusal.UNAVAILABLE, null));
            memory.keep(message.messageId(), text, false);
            return new Reply(text);
        }
    }

    /** The digest's chart; null when it cannot be drawn now. */
    private static byte[] chart(Snapshot now) {
        try {
            return now.digest().chart(now.wording().digestWriter());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
