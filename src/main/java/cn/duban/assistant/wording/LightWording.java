package cn.duban.assistant.wording;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import cn.duban.assistant.digest.TaskSummary;
import cn.duban.assistant.lights.Light;
import cn.duban.assistant.lights.LightCounts;
import cn.duban.assistant.lights.TargetLight;
import cn.duban.assistant.progress.Progress;
import cn.duban.assistant.tasks.TaskLight;
import cn.duban.assistant.tasks.TaskOutcome;
import cn.duban.assistant.tasks.TaskState;

/** Words the 三色 lights: a card's light line, the lit list (红灯任务, 预警) and the digest's task lines. */
final class LightWording {

    /** The digest lists at most this many 红 and 黄 tasks, then 等N项 (so that it stays one WeChat Work message). */
    static final int DIGEST_LIST = 5;

    private final Replies replies;

    LightWording(Replies replies) {
        this.replies = replies;
    }

    /** A card's line: 黄灯：30天未报进展; empty for a task done. */
    String card(TaskLight light) {
        if (light.light() == Light.NONE) {
            if (light.state() != TaskState.State.OPEN) {
                return "";
            }
            return light.percent() == null ? replies.text("lights.card.none")
                    : replies.text("lights.card.none.pace", light.percent(), light.schedule().setScale(1, RoundingMode.HALF_UP).toPlainString(),
                            replies.text(light.ahead() ? "status.AHEAD" : "status.ON_SCHEDULE"));
        }
        return replies.text("lights.card", colour(light.light()), reason(light));
    }

    /** Why a task is lit, without its colour: 已超过完成时限, 30天未报进展. */
    String reason(TaskLight light) {
        return switch (light.warning().reason()) {
            case OVERDUE -> replies.text("lights.reason.overdue", light.days());
            case BEHIND -> replies.text("lights.reason.behind", light.percent(), schedule(light));
            case SILENT -> light.lastNote() == null ? replies.text("lights.reason.no-notes", light.days())
                    : replies.text("lights.reason.silent", light.days());
            case DUE_SOON -> replies.text("lights.reason.due-soon", light.days());
            default -> "";
        };
    }

    /** 序时进度 with one decimal, more when one would make it look level with the percent. */
    private static String schedule(TaskLight light) {
        for (int decimals = 1; decimals < 4; decimals++) {
            BigDecimal shown = light.schedule().setScale(decimals, RoundingMode.HALF_UP);
            if (shown.compareTo(BigDecimal.valueOf(light.percent())) > 0) {
                return shown.toPlainString();
            }
        }
        return light.schedule().setScale(4, RoundingMode.HALF_UP).toPlainString();
    }

    String colour(Light light) {
        return replies.text("lights.colour." + light.name().toLowerCase());
    }

    /** The lit tasks and targets, 红 then 黄 then 蓝; or that none is lit. */
    String lit(TaskOutcome.Lit lit) {
        String unit = lit.unit() == null ? "" : replies.text("lights.unit", lit.unit());
        if (lit.tasks().isEmpty() && lit.targets().isEmpty()) {
            return lit.asked().size() == 3 ? replies.text("lights.none", unit)
                    : replies.text("lights.none.colour", String.join("、", lit.asked().stream().map(this::colour).toList()), unit);
        }
        List<String> lines = new ArrayList<>(List.of(replies.text("lights.title", unit)));
        LightCounts counts = LightCounts.of(lit.tasks().stream().map(TaskLight::light).toList(),
                lit.targets().stream().map(target -> target.warning().light()).toList());
        for (Light light : lit.asked()) {
            List<TaskLight> tasks = lit.tasks().stream().filter(task -> task.light() == light).toList();
            List<TargetLight> targets = lit.targets().stream().filter(target -> target.warning().light() == light).toList();
            if (tasks.isEmpty() && targets.isEmpty()) {
                continue;
            }
            lines.add(replies.text("lights.group", colour(light), counts(counts, light)));
            tasks.forEach(task -> lines.add(replies.text("lights.task", task.task().name(), task.task().lead(),
                    Figures.date(task.task().deadline()), lastNote(task), reason(task))));
            targets.forEach(target -> lines.add(target(target)));
        }
        return String.join("\n", lines);
    }

    /** A light's counts, each kind named: 任务3项，指标1项 (a kind with none left out). */
    private String counts(LightCounts counts, Light light) {
        List<String> kinds = new ArrayList<>();
        if (counts.tasks(light) > 0) {
            kinds.add(replies.text("lights.group.tasks", counts.tasks(light)));
        }
        if (counts.targets(light) > 0) {
            kinds.add(replies.text("lights.group.targets", counts.targets(light)));
        }
        return String.join("，", kinds);
    }

    /** A lit target's line, the same in 预警, the digest and the 通报. */
    String target(TargetLight light) {
        Progress progress = light.progress();
        String name = progress.target().name();
        if (progress.completion() == null) {
            return replies.text(light.warning().light() == Light.RED ? "lights.target.ended.none" : "lights.target.none", name);
        }
        String[] shown = Figures.completionAndSchedule(progress);
        return replies.text(light.warning().light() == Light.RED ? "lights.target.ended" : "lights.target.behind", name,
                shown[0], shown[1]);
    }

    private String lastNote(TaskLight light) {
        return light.lastNote() == null ? replies.text("lights.no-notes")
                : replies.text("lights.last-note", light.lastNote().getMonthValue(), light.lastNote().getDayOfMonth());
    }

    /** The digest's task lines: the counts by light, then the 红 and 黄 tasks (at most {@link #DIGEST_LIST}). */
    List<String> digest(TaskSummary tasks) {
        if (tasks.total() == 0) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(List.of(replies.text("digest.tasks", tasks.total(), tasks.count(Light.RED),
                tasks.count(Light.YELLOW), tasks.count(Light.BLUE), tasks.count(TaskState.State.DONE_UNVERIFIED),
                tasks.count(TaskState.State.VERIFIED))));
        if (!tasks.attention().isEmpty()) {
            lines.add(replies.text("digest.tasks.attention"));
            tasks.attention().stream().limit(DIGEST_LIST).forEach(task -> lines.add(replies.text("digest.tasks.item",
                    colour(task.light()), task.task().name(), task.task().lead(), lastNote(task))));
            if (tasks.attention().size() > DIGEST_LIST) {
                lines.add(replies.text("digest.tasks.more", tasks.attention().size() - DIGEST_LIST));
            }
        }
        return lines;
    }

    /** The chart's tasks panel: its title and each light's label with its count. */
    List<String> chartLabels(TaskSummary tasks) {
        return java.util.Arrays.stream(Light.values())
                .map(light -> replies.text("digest.chart.light", light == Light.NONE ? replies.text("lights.colour.none")
                        : colour(light), tasks.count(light))).toList();
    }
}
