package cn.duban.assistant.wording;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.duban.assistant.knowledge.Aggregation;
import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.ledger.LedgerEntry;
import cn.duban.assistant.lights.Light;
import cn.duban.assistant.lights.LightRules;
import cn.duban.assistant.progress.Progress;
import cn.duban.assistant.progress.ProgressOutcome;
import cn.duban.assistant.progress.Status;
import cn.duban.assistant.progress.UnitFigure;
import cn.duban.assistant.roster.Roster;

/** Words progress: a target's line against 序时进度, units' figures, what is behind, who has not reported. */
final class ProgressWording {

    private final Replies replies;
    private final Roster roster;
    private final ZoneId zone;
    private final AnswerWording answers;

    ProgressWording(Replies replies, Roster roster, ZoneId zone, AnswerWording answers) {
        this.replies = replies;
        this.roster = roster;
        this.zone = zone;
        this.answers = answers;
    }

    String render(ProgressOutcome outcome) {
        if (outcome instanceof ProgressOutcome.Targets targets) {
            return String.join("\n\n", targets.standings().stream().map(standing -> standing(standing, targets.viewerUnit())).toList());
        }
        if (outcome instanceof ProgressOutcome.Behind behind) {
            if (behind.targets().isEmpty()) {
                return replies.text("progress.behind.none");
            }
            List<String> lines = new ArrayList<>();
            lines.add(replies.text("progress.behind.title", behind.today().getMonthValue(), behind.today().getDayOfMonth()));
            behind.targets().forEach(progress -> lines.add(behindItem(progress)));
            return String.join("\n", lines);
        }
        if (outcome instanceof ProgressOutcome.Silent silent) {
            if (silent.units().isEmpty()) {
                return silent.anyOpen() ? replies.text("progress.silent.none", silent.days()) : replies.text("progress.silent.closed");
            }
            List<String> lines = new ArrayList<>();
            lines.add(replies.text("progress.silent.title", silent.days(), silent.units().size()));
            silent.units().forEach((unit, targets) -> lines.add(replies.text("progress.silent.item", unit, names(targets))));
            return String.join("\n", lines);
        }
        if (outcome instanceof ProgressOutcome.CountyLines county) {
            List<String> lines = new ArrayList<>();
            lines.add(replies.text("progress.county.title"));
            county.targets().forEach(progress -> lines.add(replies.text("progress.county.item", progress.target().name(), figures(progress))));
            return String.join("\n", lines);
        }
        if (outcome instanceof ProgressOutcome.UnitFigures unit) {
            return unitFigures(unit);
        }
        ProgressOutcome.Refused refused = (ProgressOutcome.Refused) outcome;
        return switch (refused.reason()) {
            case OWN_UNIT_ONLY -> replies.text("progress.unit.forbidden", refused.ownUnit());
            case UNAVAILABLE -> replies.text("progress.unavailable");
            case OFFICIALS_ONLY -> replies.text("progress.officials-only");
        };
    }

    /** The target's statement with its progress line from the outcome, or the statement alone when it has none. */
    String statement(ProgressOutcome.Targets outcome, Target target) {
        return outcome.standings().stream().filter(standing -> standing.target().equals(target)).findFirst()
                .map(standing -> standing(standing, outcome.viewerUnit())).orElseGet(() -> answers.targetFigure(target));
    }

    /** A target's statement, then its progress line and, for officials asking how it goes, each unit. */
    private String standing(ProgressOutcome.Standing standing, String viewerUnit) {
        StringBuilder text = new StringBuilder(answers.targetFigure(standing.target()));
        if (standing.unavailable()) {
            text.append('\n').append(replies.text("progress.unavailable"));
        } else if (standing.progress() != null) {
            text.append('\n').append(line(standing.progress(), viewerUnit));
        }
        if (standing.units() != null) {
            text.append('\n').append(units(standing.target(), standing.units()));
        }
        return text.toString();
    }

    /**
     * 进度：累计12个，完成34.3%，序时进度49.6%，欠进度；最近 李四（常家镇）6月28日. A reporter ({@code viewerUnit}) sees
     * who reported last only when it was his own unit.
     */
    String line(Progress progress, String viewerUnit) {
        LedgerEntry last = progress.lastChange();
        String latest = "";
        if (last != null) {
            latest = viewerUnit == null || viewerUnit.equals(last.unit())
                    ? replies.text("progress.last", roster.nameOf(last.userId()), last.unit(), Figures.day(last.at(), zone))
                    : replies.text("progress.last.day", Figures.day(last.at(), zone));
        }
        return replies.text("progress.line", figures(progress), latest);
    }

    /** 累计12个，完成34.3%，序时进度49.6%，欠进度 — the figures of a line. */
    private String figures(Progress progress) {
        Target target = progress.target();
        boolean ended = ended(progress);
        String status = replies.text(ended ? "progress.ended" : "status." + progress.status().name());
        if (progress.figure() == null) {
            return ended ? replies.text("progress.line.none.ended")
                    : replies.text("progress.line.none", Figures.percent(progress.schedule()));
        }
        if (progress.rate()) {
            return replies.text("progress.line.rate", Figures.amount(progress.figure(), target.unit()),
                    Figures.completion(progress.completion()), status);
        }
        String[] shares = Figures.completionAndSchedule(progress);
        String key = target.aggregation() == Aggregation.SUM ? "progress.line.sum" : "progress.line.latest";
        return replies.text(key, Figures.amount(progress.figure(), target.unit()), shares[0], shares[1], status);
    }

    private String units(Target target, List<UnitFigure> figures) {
        if (figures.isEmpty()) {
            return replies.text("progress.units.none");
        }
        List<String> lines = new ArrayList<>();
        lines.add(replies.text("progress.units.title"));
        figures.forEach(figure -> lines.add(replies.text("progress.units.item", figure.unit(), Figures.amount(figure.figure(), target.unit()),
                figure.last() == null ? "" : roster.nameOf(figure.last().userId()),
                figure.last() == null ? "" : Figures.day(figure.last().at(), zone))));
        return String.join("\n", lines);
    }

    private String unitFigures(ProgressOutcome.UnitFigures unit) {
        if (unit.figures().isEmpty()) {
            return unit.asked().isEmpty() ? replies.text("progress.unit.none", unit.unit())
                    : replies.text("progress.unit.none-target", unit.unit(), names(unit.asked()));
        }
        List<String> lines = new ArrayList<>();
        if (unit.asked().isEmpty()) {
            lines.add(replies.text("progress.unit.title", unit.unit()));
        }
        for (UnitFigure figure : unit.figures()) {
            lines.add(replies.text(unit.asked().isEmpty() ? "progress.unit.item" : "progress.unit.target", figure.target().name(),
                    Figures.amount(figure.figure(), figure.target().unit()), roster.nameOf(figure.last().userId()),
                    Figures.day(figure.last().at(), zone), unit.unit()));
        }
        return String.join("\n", lines);
    }

    /** · 引进过亿元项目：完成34.3%，序时进度49.6% — or 尚无上报 — with the owner when known. */
    String behindItem(Progress progress) {
        Target target = progress.target();
        String owner = target.owner().isEmpty() ? "" : replies.text("progress.behind.owner", target.owner());
        if (ended(progress)) {
            return progress.completion() == null ? replies.text("progress.behind.ended.none", target.name(), owner)
                    : replies.text("progress.behind.ended", target.name(), Figures.completionAndSchedule(progress)[0], owner);
        }
        if (progress.status() == Status.NO_DATA) {
            return replies.text("progress.behind.no-data", target.name(), owner);
        }
        if (progress.rate()) {
            return replies.text("progress.behind.rate", target.name(), Figures.completion(progress.completion()), "", owner);
        }
        String[] shares = Figures.completionAndSchedule(progress);
        return replies.text("progress.behind.item", target.name(), shares[0], shares[1], owner);
    }

    /** Its period has ended unmet: 红灯 by the one rule 预警, the digest and the 通报 use. */
    private static boolean ended(Progress progress) {
        return LightRules.forTarget(progress, progress.asOf()).light() == Light.RED;
    }

    /** Each silent unit with the targets it owes: 尚堂镇（引进过亿元项目、新增城镇就业）. */
    String silentUnits(Map<String, List<Target>> silent) {
        return String.join("、", silent.entrySet().stream()
                .map(entry -> replies.text("digest.silent.unit", entry.getKey(), names(entry.getValue()))).toList());
    }

    static String names(List<Target> targets) {
        return String.join("、", targets.stream().map(Target::name).toList());
    }
}
