package cn.duban.assistant.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.ledger.Ledger;
import cn.duban.assistant.ledger.LedgerEntry;
import cn.duban.assistant.ledger.LedgerUnavailableException;
import cn.duban.assistant.roster.Reporter;
import cn.duban.assistant.roster.Roster;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Where targets stand against 序时进度, and who may see what: officials see every unit, a reporter the county line
 * and his own unit, anyone else only the report. Answers are {@link ProgressOutcome}s; the wording layer words them.
 */
public class ProgressService {

    private final Knowledge knowledge;
    private final Ledger ledger;
    private final Roster roster;
    private final AssistantClock clock;
    private final ProgressCalculator calculator;
    private final int silentDays;

    public ProgressService(Knowledge knowledge, Ledger ledger, Roster roster, AssistantClock clock,
                           AssistantProperties properties) {
        this.knowledge = knowledge;
        this.ledger = ledger;
        this.roster = roster;
        this.clock = clock;
        this.calculator = new ProgressCalculator(properties.ledger().tolerance());
        this.silentDays = properties.ledger().silentDays();
    }

    public Progress progress(Target target) {
        Ledger.Standing standing = ledger.standing(target);
        return calculator.progress(target, standing.county(), standing.last(), clock.today());
    }

    /** The progress of a target whose county figure is known, e.g. right after a report. */
    public Progress progress(Target target, BigDecimal countyFigure, LedgerEntry lastChange) {
        return calculator.progress(target, countyFigure, lastChange, clock.today());
    }

    /** Each unit's figure for a target, with its last change. */
    public List<UnitFigure> units(Target target) {
        Map<String, LedgerEntry> last = ledger.lastChanges(target);
        List<UnitFigure> figures = new ArrayList<>();
        ledger.unitFigures(target).forEach((unit, figure) -> figures.add(new UnitFigure(unit, target, figure, last.get(unit))));
        return figures;
    }

    /**
     * A target question: the targets, with their progress for people in the roster and each unit's figure for
     * officials asking how it goes ({@code detail}).
     */
    public ProgressOutcome targets(String userId, List<Target> targets, boolean detail) {
        boolean official = roster.official(userId).isPresent();
        boolean known = roster.knows(userId);
        List<ProgressOutcome.Standing> standings = new ArrayList<>();
        for (Target target : targets) {
            if (!known) {
                standings.add(new ProgressOutcome.Standing(target, null, false, null));
                continue;
            }
            try {
                standings.add(new ProgressOutcome.Standing(target, progress(target), false,
                        official && detail ? units(target) : null));
            } catch (LedgerUnavailableException | JedisException e) {
                standings.add(new ProgressOutcome.Standing(target, null, true, null));
            }
        }
        String viewerUnit = official ? null : roster.reporter(userId).map(Reporter::unit).orElse(null);
        return new ProgressOutcome.Targets(standings, viewerUnit);
    }

    /** 哪些指标欠进度: targets behind 序时进度 or not reported. */
    public ProgressOutcome behind(String userId) {
        return guarded(userId, false, () -> {
            List<Progress> behind = knowledge.targets().stream().map(this::progress).filter(Progress::needsAttention).toList();
            return new ProgressOutcome.Behind(clock.today(), behind);
        });
    }

    /** 谁还没报, for officials: each silent unit with the targets it owes. */
    public ProgressOutcome silent(String userId) {
        return guarded(userId, true, () -> new ProgressOutcome.Silent(silentDays, silentUnits(),
                knowledge.targets().stream().anyMatch(this::open)));
    }

    /** The county line of every target, for a reporter asking how things stand (the digest is for officials). */
    public ProgressOutcome countyLines(String userId) {
        return guarded(userId, false, () -> new ProgressOutcome.CountyLines(knowledge.targets().stream().map(this::progress).toList()));
    }

    /** 常家镇报了什么 / 常家镇就业多少人了: a unit's figures, for officials and the unit's own reporters. */
    public ProgressOutcome unit(String userId, String unit, List<Target> asked) {
        if (roster.official(userId).isEmpty() && roster.reporter(userId).isPresent()
                && !roster.reporter(userId).map(Reporter::unit).orElse("").equals(unit)) {
            return new ProgressOutcome.Refused(ProgressOutcome.Refusal.OWN_UNIT_ONLY, roster.reporter(userId).get().unit());
        }
        return guarded(userId, false, () -> {
            List<UnitFigure> figures = new ArrayList<>();
            for (Target target : asked.isEmpty() ? knowledge.targets() : asked) {
                BigDecimal figure = ledger.unitFigure(target, unit);
                LedgerEntry last = figure == null ? null : ledger.lastChange(target, unit).orElse(null);
                if (figure != null && last != null && !nothingLeft(last)) {
                    figures.add(new UnitFigure(unit, target, figure, last));
                }
            }
            return new ProgressOutcome.UnitFigures(unit, asked, figures);
        });
    }

    /**
     * The units that have not reported on their targets for {@code silentDays} days, with those targets. Only targets
     * whose period runs today count: after a period (or before it) nothing can be recorded, so nobody is asked.
     */
    public Map<String, List<Target>> silentUnits() {
        LocalDate today = clock.today();
        LocalDate since = today.minusDays(silentDays - 1L);
        Map<String, List<Target>> silent = new LinkedHashMap<>();
        for (Target target : knowledge.targets()) {
            if (!open(target)) {
                continue;
            }
            Map<String, LedgerEntry> last = ledger.lastChanges(target);
            for (String unit : roster.unitsReporting(target.id())) {
                LedgerEntry entry = last.get(unit);
                if (entry == null || nothingLeft(entry) || entry.at().atZone(clock.now().getZone()).toLocalDate().isBefore(since)) {
                    silent.computeIfAbsent(unit, u -> new ArrayList<>()).add(target);
                }
            }
        }
        return silent;
    }

    /** Whether the target's period runs today: only then can it be reported on. */
    private boolean open(Target target) {
        LocalDate today = clock.today();
        return !today.isAfter(target.periodEnd()) && !today.isBefore(target.periodStart());
    }

    /** A 撤回 that left the unit nothing on the target: the unit has reported nothing there. */
    private static boolean nothingLeft(LedgerEntry last) {
        return last.isWithdrawal() && (last.unitAfter() == null || last.unitAfter().signum() == 0);
    }

    /** After how many days without a report a unit counts as not reporting. */
    public int silentDays() {
        return silentDays;
    }

    /** Runs a ledger read for someone in the roster ({@code officialsOnly}: for officials); refuses others. */
    private ProgressOutcome guarded(String userId, boolean officialsOnly,
                                    Supplier<ProgressOutcome> read) {
        if (officialsOnly ? roster.official(userId).isEmpty() : !roster.knows(userId)) {
            return new ProgressOutcome.Refused(ProgressOutcome.Refusal.OFFICIALS_ONLY, null);
        }
        try {
            return read.get();
        } catch (LedgerUnavailableException | JedisException e) {
            return new ProgressOutcome.Refused(ProgressOutcome.Refusal.UNAVAILABLE, null);
        }
    }
}
