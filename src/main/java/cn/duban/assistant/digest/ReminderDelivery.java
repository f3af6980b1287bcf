package cn.duban.assistant.digest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.progress.ProgressCalculator;
import cn.duban.assistant.progress.ProgressService;
import cn.duban.assistant.roster.Reporter;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.wording.Replies;

/**
 * 催报: each reporter whose unit has not reported on the reporter's targets for {@code silentDays} days gets a short
 * reminder naming those targets with an example message; at most once a day ({@link OncePerDay}).
 */
public class ReminderDelivery {

    private final ProgressService progress;
    private final Roster roster;
    private final Replies replies;
    private final DigestChannel channel;
    private final OncePerDay once;

    public ReminderDelivery(ProgressService progress, Roster roster, Replies replies, DigestChannel channel, OncePerDay once) {
        this.progress = progress;
        this.roster = roster;
        this.replies = replies;
        this.channel = channel;
        this.once = once;
    }

    /** The reminder each reporter would get today, by UserID; reporters with nothing missing are left out. */
    public Map<String, String> reminders() {
        Map<String, List<Target>> silent = progress.silentUnits();
        Map<String, String> reminders = new LinkedHashMap<>();
        for (Reporter reporter : roster.reporters()) {
            List<Target> missing = silent.getOrDefault(reporter.unit(), List.of()).stream()
                    .filter(target -> reporter.mayReport(target.id())).toList();
            if (!missing.isEmpty()) {
                Target first = missing.get(0);
                String example = first.name() + (ProgressCalculator.isRate(first) ? "8.5" : "10") + first.unit();
                reminders.put(reporter.userId(), replies.text("reminder", reporter.name(), reporter.unit(),
                        progress.silentDays(), String.join("、", missing.stream().map(Target::name).toList()), example));
            }
        }
        return reminders;
    }

    public OncePerDay.Result remindToday() {
        Map<String, String> reminders = reminders();
        return once.deliver("reminder", List.copyOf(reminders.keySet()), reminders::get, channel);
    }
}
