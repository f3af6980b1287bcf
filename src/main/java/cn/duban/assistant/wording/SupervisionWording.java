package cn.duban.assistant.wording;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import cn.duban.assistant.knowledge.Task;
import cn.duban.assistant.roster.Reporter;
import cn.duban.assistant.supervision.SupervisionOrder;
import cn.duban.assistant.supervision.SupervisionOutcome;
import cn.duban.assistant.supervision.SupervisionWriter;
import cn.duban.assistant.tasks.TaskNote;

/** Words {@link SupervisionOutcome}s: a 督办单's draft and the 督办单 as sent, what 是/否 did, the list; 通报 in {@link BulletinWording}. */
final class SupervisionWording implements SupervisionWriter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final Replies replies;
    private final ZoneId zone;
    private final BulletinWording bulletins;

    SupervisionWording(Replies replies, ZoneId zone, BulletinWording bulletins) {
        this.replies = replies;
        this.zone = zone;
        this.bulletins = bulletins;
    }

    String render(SupervisionOutcome outcome) {
        if (outcome instanceof SupervisionOutcome.Draft draft) {
            List<String> lines = new ArrayList<>(List.of(replies.text("duban.draft.title", number(draft.year(), draft.number()))));
            lines.addAll(body(draft));
            lines.add(replies.text("duban.draft.recipients", people(draft.recipients())));
            lines.add(replies.text("duban.draft.ask"));
            return String.join("\n", lines);
        }
        if (outcome instanceof SupervisionOutcome.Sent sent) {
            SupervisionOrder order = sent.order();
            String number = number(order.year(), order.seq());
            if (!order.sent()) {
                return replies.text("duban.sent.none", number, sent.task().name(), people(sent.failed()));
            }
            String text = replies.text("duban.sent", number, sent.task().name(), people(sent.reached()), DATE.format(order.due()));
            return sent.failed().isEmpty() ? text : text + "\n" + replies.text("duban.sent.failed", people(sent.failed()));
        }
        if (outcome instanceof SupervisionOutcome.NotSent not) {
            return replies.text("duban.not-sent", not.task().name());
        }
        if (outcome instanceof SupervisionOutcome.Dropped dropped) {
            return replies.text("duban.dropped", dropped.task() == null ? "" : dropped.task().name());
        }
        if (outcome instanceof SupervisionOutcome.Orders orders) {
            return list(orders);
        }
        if (outcome instanceof SupervisionOutcome.Feedback feedback) {
            return replies.text("duban.feedback", String.join("、", feedback.orders().stream()
                    .map(order -> number(order.year(), order.seq())).toList()));
        }
        if (outcome instanceof SupervisionOutcome.UnknownTask unknown) {
            return unknown.near().isEmpty() ? replies.text("duban.refused.unknown", unknown.asked())
                    : replies.text("duban.refused.unknown.near", unknown.asked(),
                    String.join("、", unknown.near().stream().map(Task::name).toList()), unknown.near().get(0).name());
        }
        if (outcome instanceof SupervisionOutcome.BulletinDraft bulletin) {
            return bulletins.render(bulletin.bulletin());
        }
        return refused((SupervisionOutcome.Refused) outcome);
    }

    @Override
    public String order(SupervisionOutcome.Draft draft, long number) {
        List<String> lines = new ArrayList<>(List.of(replies.text("duban.order.title", number(draft.year(), number))));
        lines.addAll(body(draft));
        lines.add(replies.text("duban.order.how", draft.task().aliases().isEmpty() ? draft.task().name() : draft.task().aliases().get(0)));
        return String.join("\n", lines);
    }

    private List<String> body(SupervisionOutcome.Draft draft) {
        Task task = draft.task();
        List<String> lines = new ArrayList<>();
        lines.add(replies.text("duban.task", task.name()));
        lines.add(replies.text("tasks.card.quote", task.text()));
        if (!task.section().isBlank()) {
            lines.add(replies.text("tasks.card.source", task.section()));
        }
        lines.add(replies.text("duban.lead", task.lead()));
        lines.add(replies.text("tasks.card.deadline", DATE.format(task.deadline())));
        lines.add(switch (draft.state().state()) {
            case OPEN -> replies.text("tasks.card.state.open");
            case DONE_UNVERIFIED -> replies.text("duban.state.done");
            case VERIFIED -> replies.text("duban.state.verified");
        });
        TaskNote last = draft.last();
        lines.add(last == null ? replies.text("duban.last.none") : replies.text("duban.last", day(last.at()), last.unit(),
                last.text(), last.percent() == null ? "" : replies.text("tasks.card.percent", last.percent().toPlainString())));
        lines.add(replies.text("duban.due", DATE.format(draft.due())));
        return lines;
    }

    private String list(SupervisionOutcome.Orders orders) {
        if (orders.orders().isEmpty()) {
            return replies.text("duban.list.none");
        }
        List<String> lines = new ArrayList<>(List.of(replies.text("duban.list.title", orders.orders().size())));
        for (SupervisionOutcome.Listed item : orders.orders()) {
            SupervisionOrder order = item.order();
            String standing = !order.sent() ? replies.text("duban.list.unsent")
                    : order.answered() ? replies.text("duban.list.answered", day(order.feedbackAt()))
                    : order.overdue(orders.today()) ? replies.text("duban.list.overdue") : replies.text("duban.list.waiting");
            lines.add(replies.text("duban.list.item", number(order.year(), order.seq()), item.taskName(), day(order.at()),
                    DAY.format(order.due()), standing));
        }
        return String.join("\n", lines);
    }

    private String refused(SupervisionOutcome.Refused refused) {
        return switch (refused.refusal()) {
            case OFFICIALS_ONLY -> replies.text("duban.refused.officials-only");
            case NO_TASK -> replies.text("duban.refused.no-task");
            case WHICH_TASK -> replies.text("duban.refused.which", String.join("、", refused.choices().stream().map(Task::name).toList()));
            case NO_REPORTERS -> replies.text("duban.refused.no-reporters", refused.task().name(), refused.task().lead());
            case UNAVAILABLE -> replies.text("duban.refused.unavailable");
        };
    }

    /** 督办〔2023〕第3号. */
    String number(int year, long seq) {
        return replies.text("duban.number", Integer.toString(year), Long.toString(seq));
    }

    private String people(List<Reporter> reporters) {
        return String.join("、", reporters.stream().map(r -> replies.text("duban.person", r.name(), r.unit())).toList());
    }

    private String day(Instant at) {
        return at == null ? "" : DAY.format(at.atZone(zone));
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }
}
