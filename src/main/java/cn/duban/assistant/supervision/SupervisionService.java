package cn.duban.assistant.supervision;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.digest.Digest;
import cn.duban.assistant.digest.DigestChannel;
import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.Task;
import cn.duban.assistant.ledger.LedgerUnavailableException;
import cn.duban.assistant.roster.Reporter;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.supervision.SupervisionOutcome.Refusal;
import cn.duban.assistant.supervision.SupervisionOutcome.Refused;
import cn.duban.assistant.tasks.TaskNote;
import cn.duban.assistant.tasks.TaskNotes;
import redis.clients.jedis.exceptions.JedisException;

/**
 * 督办单 and 通报 for officials: a draft from stored data only, sent on 是 to the lead unit's reporters through the
 * digest's channel, dropped on 否; the list with each one's 反馈; the lead unit's next note linked as the 反馈.
 */
public class SupervisionService {

    /** Days a lead unit has to answer a 督办单 ({@code assistant.tasks.reply-days}). */
    private final int replyDays;

    private final Knowledge knowledge;
    private final Roster roster;
    private final TaskNotes notes;
    private final SupervisionOrders orders;
    private final DigestChannel channel;
    private final Duration askTimeout;
    private final ZoneId zone;
    private final AssistantClock clock;

    /** With {@code channel} null (WeChat Work not configured) a 督办单 is drafted but never sent. */
    public SupervisionService(Knowledge knowledge, Roster roster, TaskNotes notes, SupervisionOrders orders,
                              DigestChannel channel, Duration askTimeout, AssistantClock clock, int replyDays) {
        this.replyDays = replyDays;
        this.clock = clock;
        this.zone = clock.now().getZone();
        this.knowledge = knowledge;
        this.roster = roster;
        this.notes = notes;
        this.orders = orders;
        this.channel = channel;
        this.askTimeout = askTimeout;
    }

    /** 督办 <task>: the draft, asked 是否发送; officials only. */
    public SupervisionOutcome draft(String userId, List<Task> tasks) {
        return draft(userId, tasks, "", List.of());
    }

    /** A draft, or when {@code asked} names no task, that there is no such task, with the tasks {@code near} it. */
    public SupervisionOutcome draft(String userId, List<Task> tasks, String asked, List<Task> near) {
        LocalDate today = clock.today();
        return guarded(() -> {
            if (roster.official(userId).isEmpty()) {
                return Refused.of(Refusal.OFFICIALS_ONLY);
            }
            if (tasks.isEmpty() && !asked.isEmpty()) {
                return new SupervisionOutcome.UnknownTask(asked, near);
            }
            if (tasks.isEmpty()) {
                return Refused.of(Refusal.NO_TASK);
            }
            if (tasks.size() > 1) {
                return new Refused(Refusal.WHICH_TASK, null, tasks);
            }
            SupervisionOutcome.Draft draft = compose(tasks.get(0), today);
            if (draft.recipients().isEmpty()) {
                return new Refused(Refusal.NO_REPORTERS, draft.task(), List.of());
            }
            orders.ask(userId, draft.task().id(), askTimeout);
            return draft;
        });
    }

    private SupervisionOutcome.Draft compose(Task task, LocalDate today) {
        List<Reporter> recipients = roster.reporters().stream().filter(r -> r.unit().equals(task.lead())).toList();
        List<TaskNote> last = notes.notes(task.id(), 1);
        return new SupervisionOutcome.Draft(task, today.getYear(), orders.next(today.getYear()), notes.state(task.id()),
                last.isEmpty() ? null : last.get(0), today.plusDays(replyDays), recipients);
    }

    /** Whether a draft waits for this user's 是/否. */
    public boolean waiting(String userId) {
        try {
            return roster.official(userId).isPresent() && orders.pending(userId) != null;
        } catch (LedgerUnavailableException | JedisException e) {
            return false;
        }
    }

    /** 是: numbers the waiting draft, sends it and records whom it reached. */
    public SupervisionOutcome confirm(String userId, Instant at, SupervisionWriter writer) {
        LocalDate today = clock.today();
        return guarded(() -> {
            Optional<Task> task = Optional.ofNullable(orders.pending(userId)).flatMap(knowledge::task);
            if (task.isEmpty()) {
                orders.drop(userId);
                return Refused.of(Refusal.NO_TASK);
            }
            SupervisionOutcome.Draft draft = compose(task.get(), today);
            if (channel == null) {
                orders.drop(userId);
                return new SupervisionOutcome.NotSent(draft.task());
            }
            long number = orders.number(today.getYear(), draft.task().id(), userId, at, draft.due());
            String text = writer.order(draft, number);
            List<Reporter> reached = new ArrayList<>();
            List<Reporter> failed = new ArrayList<>();
            for (Reporter reporter : draft.recipients()) {
                (sends(reporter.userId(), text) ? reached : failed).add(reporter);
            }
            orders.delivered(today.getYear(), number, reached.stream().map(Reporter::userId).toList(),
                    failed.stream().map(Reporter::userId).toList());
            return new SupervisionOutcome.Sent(draft.task(), orders.order(today.getYear() + ":" + number).orElseThrow(),
                    reached, failed);
        });
    }

    private boolean sends(String userId, String text) {
        try {
            return channel.sendDigest(userId, text);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** 否: drops the waiting draft (its number is not used); empty when none waited. */
    public Optional<SupervisionOutcome> cancel(String userId) {
        try {
            String taskId = orders.pending(userId);
            if (taskId == null || !orders.drop(userId)) {
                return Optional.empty();
            }
            return Optional.of(new SupervisionOutcome.Dropped(knowledge.task(taskId).orElse(null)));
        } catch (LedgerUnavailableException | JedisException e) {
            return Optional.of(Refused.of(Refusal.UNAVAILABLE));
        }
    }

    /** 督办单情况: every 督办单 with its 反馈; officials only. */
    public SupervisionOutcome list(String userId) {
        LocalDate today = clock.today();
        return guarded(() -> roster.official(userId).isEmpty() ? Refused.of(Refusal.OFFICIALS_ONLY)
                : new SupervisionOutcome.Orders(orders.all().stream().map(this::listed).toList(), today));
    }

    /** A task's 督办单, oldest first, for the workbench (which decides who may see them). */
    public List<SupervisionOrder> ofTask(String taskId) {
        return orders.ofTask(taskId);
    }

    SupervisionOutcome.Listed listed(SupervisionOrder order) {
        Optional<Task> task = knowledge.task(order.taskId());
        return new SupervisionOutcome.Listed(order, task.map(Task::name).orElse(order.taskId()), task.map(Task::lead).orElse(""));
    }

    /**
     * The 督办单 a note answers: those sent on its task before it and not answered yet (or answered by this very note,
     * for a repeated message), when the note's unit leads the task. Partners' notes are not a 反馈.
     */
    public Optional<SupervisionOutcome> feedback(TaskNote note) {
        try {
            Optional<Task> task = knowledge.task(note.taskId());
            if (task.isEmpty() || !task.get().lead().equals(note.unit()) || !note.standingNote()) {
                return Optional.empty();
            }
            List<SupervisionOrder> answered = orders.ofTask(note.taskId()).stream()
                    .filter(order -> order.sent() && !order.at().isAfter(note.at()))
                    .filter(order -> (!order.answered() || order.feedback() == note.id()) && orders.answer(order, note.id(), note.at()))
                    .toList();
            return answered.isEmpty() ? Optional.empty() : Optional.of(new SupervisionOutcome.Feedback(answered));
        } catch (LedgerUnavailableException | JedisException e) {
            return Optional.empty();
        }
    }

    /** 通报: this month to today, with the targets' standing from {@code digest}; officials only. */
    public SupervisionOutcome bulletin(String userId, Supplier<Digest> digest) {
        LocalDate today = clock.today();
        return guarded(() -> roster.official(userId).isEmpty() ? Refused.of(Refusal.OFFICIALS_ONLY)
                : new SupervisionOutcome.BulletinDraft(new BulletinComposer(knowledge, notes, orders, this::listed, zone)
                .compose(today.withDayOfMonth(1), today, digest.get())));
    }

    private static SupervisionOutcome guarded(Supplier<SupervisionOutcome> action) {
        try {
            return action.get();
        } catch (LedgerUnavailableException | JedisException e) {
            return Refused.of(Refusal.UNAVAILABLE);
        }
    }
}
