package cn.duban.assistant.tasks;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.ledger.LedgerUnavailableException;
import cn.duban.assistant.lights.Light;
import cn.duban.assistant.lights.LightRules;
import cn.duban.assistant.lights.TargetLight;
import cn.duban.assistant.progress.ProgressService;
import cn.duban.assistant.roster.Reporter;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.tasks.TaskOutcome.Refusal;
import redis.clients.jedis.exceptions.JedisException;

/**
 * 红灯任务, 黄灯有哪些, 预警: the lit tasks, 红 then 黄 then 蓝, and the lit targets. Officials see every task; a
 * reporter sees the tasks his unit leads or shares (and the targets' county lights, as he sees their county lines);
 * people outside the roster are refused, as for progress.
 */
public class TaskWarnings {

    private final Knowledge knowledge;
    private final Roster roster;
    private final TaskLights lights;
    private final ProgressService progress;
    private final LightRules rules;
    private final AssistantClock clock;

    /** The warnings on these tasks and targets. */
    public TaskWarnings(Knowledge knowledge, Roster roster, TaskLights lights, ProgressService progress, LightRules rules,
                        AssistantClock clock) {
        this.knowledge = knowledge;
        this.roster = roster;
        this.lights = lights;
        this.progress = progress;
        this.rules = rules;
        this.clock = clock;
    }

    /** The tasks' lights, as the digest and the card use them. */
    public TaskLights lights() {
        return lights;
    }

    /** The lit tasks and targets of the colours {@code asked} (all three when empty), as this user may see them. */
    public TaskOutcome lit(String userId, List<Light> asked) {
        List<Light> colours = asked.isEmpty() ? List.of(Light.RED, Light.YELLOW, Light.BLUE) : asked;
        if (!roster.knows(userId)) {
            return new TaskOutcome.Refused(Refusal.ROSTER_ONLY, null, null);
        }
        Optional<String> unit = roster.official(userId).isPresent() ? Optional.empty()
                : roster.reporter(userId).map(Reporter::unit);
        try {
            List<TaskLight> tasks = lights.all().stream().filter(light -> colours.contains(light.light()))
                    .filter(light -> unit.isEmpty() || light.task().lead().equals(unit.get())
                            || light.task().partners().contains(unit.get()))
                    .sorted(Comparator.comparing(TaskLight::light)).toList();
            List<TargetLight> targets = knowledge.targets().stream()
                    .map(target -> progress.progress(target))
                    .map(standing -> new TargetLight(standing, rules.target(standing, clock.today())))
                    .filter(light -> colours.contains(light.warning().light()))
                    .sorted(Comparator.comparing(light -> light.warning().light())).toList();
            return new TaskOutcome.Lit(colours, tasks, targets, unit.orElse(null));
        } catch (LedgerUnavailableException | JedisException e) {
            return new TaskOutcome.Refused(Refusal.UNREADABLE, null, null);
        }
    }
}
