package cn.duban.assistant.supervision;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.duban.assistant.digest.Digest;
import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.Task;
import cn.duban.assistant.tasks.TaskNote;
import cn.duban.assistant.tasks.TaskNotes;

/** Gathers a {@link Bulletin} from the tasks, their notes and states, the 督办单 and the digest: nothing else. */
final class BulletinComposer {

    private final Knowledge knowledge;
    private final TaskNotes notes;
    private final SupervisionOrders orders;
    private final Function<SupervisionOrder, SupervisionOutcome.Listed> listed;
    private final ZoneId zone;

    BulletinComposer(Knowledge knowledge, TaskNotes notes, SupervisionOrders orders,
                     Function<SupervisionOrder, SupervisionOutcome.Listed> listed, ZoneId zone) {
        this.zone = zone;
        this.knowledge = knowledge;
        this.notes = notes;
        this.orders = orders;
        this.listed = listed;
    }

    Bulletin compose(LocalDate from, LocalDate to, Digest digest) {
        int open = 0;
        int done = 0;
        int verified = 0;
        List<Task> silent = new ArrayList<>();
        for (Task task : knowledge.tasks()) {
            var state = notes.state(task.id()).state();
            switch (state) {
                case OPEN -> open++;
                case DONE_UNVERIFIED -> done++;
                case VERIFIED -> verified++;
            }
            if (state == cn.duban.assistant.tasks.TaskState.State.VERIFIED) {
                continue; // closed (销号): no progress is expected of it
            }
            boolean noted = notes.history(task.id()).stream().filter(TaskNote::standingNote)
                    .map(note -> note.at().atZone(zone).toLocalDate())
                    .anyMatch(day -> !day.isBefore(from) && !day.isAfter(to));
            if (!noted) {
                silent.add(task);
            }
        }
        List<SupervisionOutcome.Listed> sent = new ArrayList<>();
        Map<String, Integer> unanswered = new LinkedHashMap<>();
        for (SupervisionOrder order : orders.all()) {
            if (!order.sent()) {
                continue;
            }
            SupervisionOutcome.Listed item = listed.apply(order);
            LocalDate day = order.at().atZone(zone).toLocalDate();
            if (!day.isBefore(from) && !day.isAfter(to)) {
                sent.add(item);
            }
            if (!order.answered()) {
                unanswered.merge(item.lead().isEmpty() ? item.taskName() : item.lead(), 1, Integer::sum);
            }
        }
        return new Bulletin(from, to, knowledge.tasks().size(), open, done, verified, silent, sent, digest, unanswered);
    }
}
