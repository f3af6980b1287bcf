package cn.duban.assistant.wording;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import cn.duban.assistant.digest.Digest;
import cn.duban.assistant.digest.TaskSummary;
import cn.duban.assistant.lights.Light;
import cn.duban.assistant.knowledge.Task;
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
    private final LightWording lights;

    BulletinWording(Replies replies, ProgressWording progress, ZoneId zone) {
        this.replies = replies;
        this.progress = progress;
        this.zone = zone;
        this.lights = new LightWording(replies);
    }

    String render(Bulletin bulletin) {
        List<String> lines = new ArrayList<>();
        lines.add(replies.text("bulletin.mark"));
        lines.add(replies.text("bulletin.title", Integer.toString(bulletin.to().getYear()), bulletin.to().getMonthValue()));
        lines.add(replies.text("bulletin.period", DATE.format(bulletin.from()), DAY.format(bulletin.to())));
        lines.add(replies.text("bulletin.tasks", bulletin.tasks(), bulletin.open(), bulletin.doneUnverified(), bulletin.verified()));
        TaskSummary tasks = bulletin.digest().tasks();
        if (tasks.total() > 0) {
            lines.add(replies.text("bulletin.lights", tasks.count(Light.RED), tasks.count(Light.YELLOW), tasks.count(Light.BLUE)));
        }
        lines.add(bulletin.silent().isEmpty() ? replies.text("bulletin.silent.none")
                : replies.text("bulletin.silent", bulletin.silent().size(), String.join("、", bulletin.silent().stream().map(Task::name).toList())));
        orders(bulletin.orders(), bulletin.to(), lines);
        Digest digest = bulletin.digest();
        List<String> targets = DigestWording.targetLines(digest, replies, progress, lights);
        lines.add(replies.text("bulletin.targets", targets.get(0)));
        lines.addAll(targets.subList(1, targets.size()));
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
