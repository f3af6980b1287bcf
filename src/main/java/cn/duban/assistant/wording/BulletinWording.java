package cn.duban.assistant.wording;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import cn.duban.assistant.digest.Digest;
import cn.duban.assistant.knowledge.Task;
import cn.duban.assistant.progress.Status;
import cn.duban.assistant.supervision.Bulletin;
import cn.duban.assistant.supervision.SupervisionOrder;
import cn.duban.assistant.supervision.SupervisionOutcome;

/** Words a 通报 draft: marked as a draft, stored facts only, the targets' lines as the digest words them. */
final class BulletinWording {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");

    private final Replies replies;
    private final ProgressWording progress;
    private final ZoneId zone;

    BulletinWording(Replies replies, ProgressWording progress, ZoneId zone) {
        this.replies = replies;
        this.progress = progress;
        this.zone = zone;
    }

    String render(Bulletin bulletin) {
        List<String> lines = new ArrayList<>();
        lines.add(replies.text("bulletin.mark"));
        lines.add(replies.text("bulletin.title", Integer.toString(bulletin.to().getYear()), bulletin.to().getMonthValue()));
        lines.add(replies.text("bulletin.period", DATE.format(bulletin.from()), DAY.format(bulletin.to())));
        lines.add(replies.text("bulletin.tasks", bulletin.tasks(), bulletin.open(), bulletin.doneUnverified(), bulletin.verified()));
        lines.add(bulletin.silent().isEmpty() ? replies.text("bulletin.silent.none")
                : replies.text("bulletin.silent", bulletin.silent().size(), String.join("、", bulletin.silent().stream().map(Task::name).toList())));
        orders(bulletin.orders(), bulletin.to(), lines);
        Digest digest = bulletin.digest();
        lines.add(replies.text("bulletin.targets", replies.text("digest.counts", digest.count(Status.DONE), digest.count(Status.AHEAD),
                digest.count(Status.ON_SCHEDULE), digest.count(Status.BEHIND), digest.count(Status.NO_DATA))));
        if (!digest.attention().isEmpty()) {
            lines.add(replies.text("digest.behind"));
            digest.attention().forEach(standing -> lines.add(progress.behindItem(standing)));
        }
        lines.add(bulletin.unanswered().isEmpty() ? replies.text("bulletin.unanswered.none")
                : replies.text("bulletin.unanswered", String.join("、", bulletin.unanswered().entrySet().stream()
                .map(unit -> replies.text("bulletin.unanswered.unit", unit.getKey(), unit.getValue())).toList())));
        return String.join("\n", lines);
    }

    private void orders(List<SupervisionOutcome.Listed> orders, LocalDate today, List<String> lines) {
        if (orders.isEmpty()) {
            lines.add(replies.text("bulletin.orders.none"));
            return;
        }
        long answered = orders.stream().filter(item -> item.order().answered()).count();
        long overdue = orders.stream().filter(item -> item.order().overdue(today)).count();
        lines.add(replies.text("bulletin.orders", orders.size(), answered, orders.size() - answered, overdue));
        for (SupervisionOutcome.Listed item : orders) {
            SupervisionOrder order = item.order();
            String standing = order.answered() ? replies.text("duban.list.answered", DAY.format(order.feedbackAt().atZone(zone)))
                    : order.overdue(today) ? replies.text("duban.list.overdue") : replies.text("duban.list.waiting");
            lines.add(replies.text("bulletin.order", replies.text("duban.number", Integer.toString(order.year()), Long.toString(order.seq())),
                    item.taskName(), item.lead(), DAY.format(order.at().atZone(zone)), standing));
        }
    }
}
