package cn.duban.assistant.digest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.progress.ProgressService;
import cn.duban.assistant.roster.Reporter;
import cn.duban.assistant.roster.Roster;

/**
 * 催报: each reporter whose unit has not reported on the reporter's targets for {@code silentDays} days gets a short
 * reminder naming those targets with an example message; at most once a day ({@link OncePerDay}).
 */
public class ReminderDelivery {

    private final ProgressService progress;
    private final Roster roster;
    private final DigestWriter writer;
    private final DigestChannel channel;
    private final OncePerDay once;

    public ReminderDelivery(ProgressService progress, Roster roster, DigestWriter writer, DigestChannel channel, OncePerDay once) {
        this.progress = progress;
        this.roster = roster;
        this.writer = writer;
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
                reminders.put(reporter.userId(), writer.reminder(reporter, progress.silentDays(), missing));
            }
        }
        return reminders;
    }

    public OncePerDay.Result remindToday() {
        Map<String, String> reminders = reminders();
        return once.deliver("reminder", List.copyOf(reminders.keySet()), reminders::get, channel);
    }
}
