package cn.duban.assistant.digest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.ledger.Ledger;
import cn.duban.assistant.ledger.LedgerEntry;
import cn.duban.assistant.progress.Progress;
import cn.duban.assistant.progress.ProgressCalculator;
import cn.duban.assistant.progress.ProgressService;
import cn.duban.assistant.progress.Status;
import cn.duban.assistant.lights.Light;
import cn.duban.assistant.lights.LightRules;
import cn.duban.assistant.lights.TargetLight;
import cn.duban.assistant.lights.Warning;
import cn.duban.assistant.tasks.TaskLight;
import cn.duban.assistant.tasks.TaskLights;
import cn.duban.assistant.tasks.TaskState;

/**
 * The morning digest, exceptions first: the date and 序时进度, counts by status, every target behind schedule or
 * unreported (a target whose period ended unmet is listed apart, 红灯 as in 预警), the reports since the last digest and from which units, each unit that has not reported with the
 * targets it owes, and the tasks by 三色 light with the 红 and 黄 ones. The chart shows each target's completion
 * against 序时进度, and the tasks by light.
 */
public class DigestComposer {

    private final Knowledge knowledge;
    private final Ledger ledger;
    private final ProgressService progress;
    private final AssistantClock clock;
    private final ProgressChart chart;
    private final TaskLights tasks;

    /** The composer; {@code tasks} gives the tasks' lights (null: the digest leaves tasks out). */
    public DigestComposer(Knowledge knowledge, Ledger ledger, ProgressService progress, AssistantClock clock, ProgressChart chart,
                          TaskLights tasks) {
        this.chart = chart;
        this.tasks = tasks;
        this.knowledge = knowledge;
        this.ledger = ledger;
        this.progress = progress;
        this.clock = clock;
    }

    /** Today's digest, counting the reports made since the last digest ({@link Since}). */
    public Digest compose(Since since) {
        LocalDate today = clock.today();
        BigDecimal schedule = knowledge.targets().isEmpty() ? BigDecimal.ZERO
                : ProgressCalculator.schedule(knowledge.targets().get(0), today);
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        List<Progress> attention = new ArrayList<>();
        List<TargetLight> ended = new ArrayList<>();
        for (Target target : knowledge.targets()) {
            Progress standing = progress.progress(target);
            Warning light = LightRules.forTarget(standing, today);
            if (light.light() == Light.RED) {
                ended.add(new TargetLight(standing, light));
                continue;
            }
            counts.merge(standing.status(), 1, Integer::sum);
            if (standing.needsAttention()) {
                attention.add(standing);
            }
        }
        List<LedgerEntry> recent = ledger.history().stream().filter(since::counts)
                .filter(entry -> !entry.isWithdrawal()).toList();
        Set<String> units = new LinkedHashSet<>();
        recent.forEach(entry -> units.add(entry.unit()));
        return new Digest(today, schedule, counts, attention, recent.size(), List.copyOf(units), progress.silentDays(),
                progress.silentUnits(), tasks(), List.copyOf(ended));
    }

    /** The tasks by light, with the 红 and 黄 ones (红 first). */
    private TaskSummary tasks() {
        if (tasks == null || knowledge.tasks().isEmpty()) {
            return TaskSummary.none();
        }
        List<TaskLight> all = tasks.all();
        Map<Light, Integer> lights = new EnumMap<>(Light.class);
        Map<TaskState.State, Integer> states = new EnumMap<>(TaskState.State.class);
        all.forEach(light -> {
            lights.merge(light.light(), 1, Integer::sum);
            states.merge(light.state(), 1, Integer::sum);
        });
        List<TaskLight> attention = all.stream().filter(light -> light.light() == Light.RED || light.light() == Light.YELLOW)
                .sorted(java.util.Comparator.comparing(TaskLight::light)).toList();
        return new TaskSummary(all.size(), lights, states, attention);
    }

    /** The chart: each target's completion against 序时进度, as a PNG, labelled by the writer. */
    public byte[] chart(DigestWriter writer) {
        List<Progress> standings = knowledge.targets().stream().map(progress::progress).toList();
        TaskSummary summary = tasks();
        return chart.render(writer.chartText(clock.today(), summary), standings, writer::completion, summary);
    }
}
