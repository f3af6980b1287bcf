package cn.duban.assistant.tasks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.Task;
import cn.duban.assistant.ledger.LedgerUnavailableException;
import redis.clients.jedis.exceptions.JedisException;

/** Questions about tasks: a task's card (its latest notes, state, light and photos) and a unit's tasks. */
final class TaskCards {

    /** How many notes a card shows. */
    static final int LATEST = 3;

    private final Knowledge knowledge;
    private final TaskNotes notes;
    private final EvidenceService evidence;
    private final TaskWarnings warnings;

    TaskCards(Knowledge knowledge, TaskNotes notes, EvidenceService evidence, TaskWarnings warnings) {
        this.knowledge = knowledge;
        this.notes = notes;
        this.evidence = evidence;
        this.warnings = warnings;
    }

    /** A question about tasks: one task's card, or which of several. */
    TaskOutcome ask(List<Task> tasks) {
        return tasks.size() == 1 ? card(tasks.get(0), false) : new TaskOutcome.WhichTask(tasks, false);
    }

    /** A task's card; while Redis cannot be read, without its notes and state (the knowledge still answers). */
    TaskOutcome card(Task task, boolean fromOfficial) {
        try {
            // read once: the card shows the latest notes, the light needs them all
            List<TaskNote> standing = notes.notes(task.id(), Integer.MAX_VALUE);
            TaskState state = notes.state(task.id());
            List<TaskNote> latest = standing.subList(0, Math.min(LATEST, standing.size()));
            Map<Long, Integer> photos = new HashMap<>();
            if (evidence != null) {
                latest.forEach(note -> photos.put(note.id(), evidence.count(note)));
            }
            return new TaskOutcome.Card(task, List.copyOf(latest), state, fromOfficial,
                    warnings.lights().light(task, standing, state), photos);
        } catch (LedgerUnavailableException | JedisException e) {
            return new TaskOutcome.Card(task, List.of(), null, fromOfficial, null);
        }
    }

    /** The tasks a unit leads, then those it shares. */
    TaskOutcome unitTasks(String unit) {
        return new TaskOutcome.UnitTasks(unit, knowledge.tasks().stream().filter(t -> t.lead().equals(unit)).toList(),
                knowledge.tasks().stream().filter(t -> t.partners().contains(unit)).toList());
    }
}
