package cn.duban.assistant.lights;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import cn.duban.assistant.knowledge.Task;
import cn.duban.assistant.progress.Progress;
import cn.duban.assistant.progress.Status;

/**
 * The 三色 rules as county 督查室 apply them (issue 13): for a task not done, 红 after its deadline; 黄 when the stated
 * percent is below the elapsed share of its period (序时进度) or no note came for {@code silentDays}; 蓝 when the
 * deadline is within {@code dueSoonDays}; the most urgent wins. A task's period runs from {@code periodStart} (the
 * report year's first day) to its deadline. A target is 黄 when 欠进度 and 红 when its period has ended unmet.
 */
public final class LightRules {

    private final int dueSoonDays;
    private final int silentDays;

    /**
     * @param dueSoonDays days before a deadline when 蓝 comes on (e.g. 15)
     * @param silentDays  days without a note after which a task is 黄 (e.g. 30)
     */
    public LightRules(int dueSoonDays, int silentDays) {
        this.dueSoonDays = dueSoonDays;
        this.silentDays = silentDays;
    }

    /**
     * A task's light on {@code today}.
     *
     * @param periodStart the first day of the task's period (the report year's first day)
     */
    public Warning task(Task task, TaskFacts facts, LocalDate periodStart, LocalDate today) {
        if (facts.done()) {
            return Warning.of(Warning.Reason.DONE);
        }
        if (today.isAfter(task.deadline())) {
            return Warning.of(Warning.Reason.OVERDUE);
        }
        if (facts.percent() != null && behind(facts.percent(), periodStart, task.deadline(), today)) {
            return Warning.of(Warning.Reason.BEHIND);
        }
        LocalDate quietSince = facts.lastNote() != null && facts.lastNote().isAfter(periodStart) ? facts.lastNote() : periodStart;
        if (ChronoUnit.DAYS.between(quietSince, today) >= silentDays) {
            return Warning.of(Warning.Reason.SILENT);
        }
        if (ChronoUnit.DAYS.between(today, task.deadline()) < dueSoonDays) {
            return Warning.of(Warning.Reason.DUE_SOON);
        }
        return Warning.of(Warning.Reason.ON_COURSE);
    }

    /** A target's light: 红 when its period has ended unmet, 黄 when 欠进度 (see {@link #forTarget}). */
    public Warning target(Progress progress, LocalDate today) {
        return forTarget(progress, today);
    }

    /**
     * The one rule for a target's light, used by 预警, the digest and the 通报 alike: 红 when its period has ended
     * unmet (reported or not), 黄 when 欠进度, none otherwise (a target not yet reported has no light until its period
     * ends).
     */
    public static Warning forTarget(Progress progress, LocalDate today) {
        if (progress.status() == Status.DONE) {
            return Warning.of(Warning.Reason.DONE);
        }
        if (today.isAfter(progress.target().periodEnd())) {
            return Warning.of(Warning.Reason.OVERDUE);
        }
        return Warning.of(progress.status() == Status.BEHIND ? Warning.Reason.BEHIND : Warning.Reason.ON_COURSE);
    }

    /**
     * Whether {@code percent} is below the task's 序时进度: the share of its period (both ends counted) gone by the
     * end of {@code today}, decided on whole numbers (percent × days of the period against 100 × days elapsed), never
     * on a rounded share, as targets are.
     */
    static boolean behind(int percent, LocalDate start, LocalDate deadline, LocalDate today) {
        long total = Math.max(1, ChronoUnit.DAYS.between(start, deadline) + 1);
        long elapsed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(start, today) + 1));
        return (long) percent * total < 100L * elapsed;
    }

    /** 序时进度 of a task in percent (six decimals) for display: 0 before its period, 100 after it. */
    public static BigDecimal schedule(LocalDate start, LocalDate deadline, LocalDate today) {
        long total = Math.max(1, ChronoUnit.DAYS.between(start, deadline) + 1);
        long elapsed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(start, today) + 1));
        return BigDecimal.valueOf(elapsed * 100).divide(BigDecimal.valueOf(total), 6, java.math.RoundingMode.HALF_UP);
    }
}
