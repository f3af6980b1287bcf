package cn.duban.assistant.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.ledger.Ledger;
import cn.duban.assistant.ledger.LedgerEntry;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.wording.Replies;

/**
 * Where targets stand against 序时进度, worded for officials: a target's progress line and its units' figures,
 * the targets behind schedule, the units that have not reported, and what one unit reported.
 */
public class ProgressService {

    private final Knowledge knowledge;
    private final Ledger ledger;
    private final Roster roster;
    private final AssistantClock clock;
    private final Replies replies;
    private final ProgressCalculator calculator;
    private final int silentDays;

    public ProgressService(Knowledge knowledge, Ledger ledger, Roster roster, AssistantClock clock, Replies replies,
                           AssistantProperties properties) {
        this.knowledge = knowledge;
        this.ledger = ledger;
        this.roster = roster;
        this.clock = clock;
        this.replies = replies;
        this.calculator = new ProgressCalculator(properties.ledger().tolerance());
        this.silentDays = properties.ledger().silentDays();
    }

    public Progress progress(Target target) {
        return calculator.progress(target, ledger.countyFigure(target), ledger.lastChange(target).orElse(null), clock.today());
    }

    /** The progress of a target whose county figure is known, e.g. right after a report. */
    public Progress progress(Target target, BigDecimal countyFigure, LedgerEntry lastChange) {
        return calculator.progress(target, countyFigure, lastChange, clock.today());
    }

    /** 进度:累计12个,完成34.3%,序时进度49.6%,欠进度;最近 李四(常家镇)6月28日 */
    public String line(Progress progress) {
        Target target = progress.target();
        String status = replies.text("status." + progress.status().name());
        String text;
        if (progress.figure() == null) {
            text = replies.text("progress.line.none", Figures.percent(progress.schedule()));
        } else if (progress.rate()) {
            text = replies.text("progress.line.rate", Figures.amount(progress.figure(), target.unit()),
                    Figures.percent(progress.completion()), status);
        } else {
            String key = target.aggregation() == cn.duban.assistant.knowledge.Aggregation.SUM ? "progress.line.sum" : "progress.line.latest";
            text = replies.text(key, Figures.amount(progress.figure(), target.unit()), Figures.percent(progress.completion()),
                    Figures.percent(progress.schedule()), status);
        }
        LedgerEntry last = progress.lastChange();
        return last == null ? text : text + replies.text("progress.last", roster.nameOf(last.userId()), last.unit(),
                Figures.day(last.at(), clock.now().getZone()));
    }

    /** Each unit's figure for a target, with who reported it last and when. */
    public String units(Target target) {
        Map<String, BigDecimal> figures = ledger.unitFigures(target);
        Map<String, LedgerEntry> last = ledger.lastChanges(target);
        if (figures.isEmpty()) {
            return replies.text("progress.units.none");
        }
        List<String> lines = new ArrayList<>();
        lines.add(replies.text("progress.units.title"));
        figures.forEach((unit, figure) -> lines.add(replies.text("progress.units.item", unit, Figures.amount(figure, target.unit()),
                last.containsKey(unit) ? roster.nameOf(last.get(unit).userId()) : "",
                last.containsKey(unit) ? Figures.day(last.get(unit).at(), clock.now().getZone()) : "")));
        return String.join("\n", lines);
    }

    /** 哪些指标欠进度. */
    public String behind() {
        List<String> lines = new ArrayList<>();
        for (Target target : knowledge.targets()) {
            Progress progress = progress(target);
            if (progress.status() == Status.BEHIND || progress.status() == Status.NO_DATA) {
                String owner = target.owner().isEmpty() ? "" : replies.text("progress.behind.owner", target.owner());
                if (progress.status() == Status.NO_DATA) {
                    lines.add(replies.text("progress.behind.no-data", target.name(), owner));
                } else {
                    lines.add(replies.text(progress.rate() ? "progress.behind.rate" : "progress.behind.item", target.name(),
                            Figures.percent(progress.completion()), Figures.percent(progress.schedule()), owner));
                }
            }
        }
        if (lines.isEmpty()) {
            return replies.text("progress.behind.none");
        }
        lines.add(0, replies.text("progress.behind.title", clock.today().getMonthValue(), clock.today().getDayOfMonth()));
        return String.join("\n", lines);
    }

    /** The units that have not reported on their targets for {@code silentDays} days, with those targets. */
    public Map<String, List<Target>> silentUnits() {
        LocalDate since = clock.today().minusDays(silentDays - 1L);
        Map<String, List<Target>> silent = new LinkedHashMap<>();
        for (Target target : knowledge.targets()) {
            Map<String, LedgerEntry> last = ledger.lastChanges(target);
            for (String unit : roster.unitsReporting(target.id())) {
                LedgerEntry entry = last.get(unit);
                if (entry == null || entry.at().atZone(clock.now().getZone()).toLocalDate().isBefore(since)) {
                    silent.computeIfAbsent(unit, u -> new ArrayList<>()).add(target);
                }
            }
        }
        return silent;
    }

    /** After how many days without a report a unit counts as not reporting. */
    public int silentDays() {
        return silentDays;
    }

    /** 谁还没报. */
    public String silent() {
        Map<String, List<Target>> silent = silentUnits();
        if (silent.isEmpty()) {
            return replies.text("progress.silent.none", silentDays);
        }
        List<String> lines = new ArrayList<>();
        lines.add(replies.text("progress.silent.title", silentDays, silent.size()));
        silent.forEach((unit, targets) -> lines.add(replies.text("progress.silent.item", unit,
                String.join("、", targets.stream().map(Target::name).toList()))));
        return String.join("\n", lines);
    }

    /** The unit a message names, by its full name or without its 镇/乡/街道/县 affix. */
    public Optional<String> unitNamedIn(String text) {
        for (String unit : roster.units()) {
            String bare = unit.replaceFirst("^县", "").replaceFirst("(镇|乡|街道|办事处)$", "");
            if (text.contains(unit) || (bare.length() >= 2 && text.contains(bare))) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }

    /** 常家镇报了什么: the unit's figure on each target it reported, with who and when. */
    public String unit(String unit) {
        List<String> lines = new ArrayList<>();
        for (Target target : knowledge.targets()) {
            BigDecimal figure = ledger.unitFigures(target).get(unit);
            LedgerEntry last = ledger.lastChanges(target).get(unit);
            if (figure != null && last != null) {
                lines.add(replies.text("progress.unit.item", target.name(), Figures.amount(figure, target.unit()),
                        roster.nameOf(last.userId()), Figures.day(last.at(), clock.now().getZone())));
            }
        }
        if (lines.isEmpty()) {
            return replies.text("progress.unit.none", unit);
        }
        lines.add(0, replies.text("progress.unit.title", unit));
        return String.join("\n", lines);
    }
}
