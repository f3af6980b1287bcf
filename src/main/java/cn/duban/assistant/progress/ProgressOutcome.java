package cn.duban.assistant.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.duban.assistant.knowledge.Target;

/** What a progress question found, before it is worded. */
public sealed interface ProgressOutcome {

    /**
     * A target as asked about.
     *
     * @param target      the target
     * @param progress    its standing, null for people outside the roster or when the ledger cannot be read
     * @param unavailable the ledger could not be read
     * @param units       each unit's figure (officials asking how it goes), else null
     */
    record Standing(Target target, Progress progress, boolean unavailable, List<UnitFigure> units) {
    }

    /**
     * The targets a question named, each with its standing.
     *
     * @param viewerUnit the asking reporter's unit (who reported last is named only for it); null for officials
     */
    record Targets(List<Standing> standings, String viewerUnit) implements ProgressOutcome {
    }

    /** The targets behind 序时进度 or not reported, as of {@code today}. */
    record Behind(LocalDate today, List<Progress> targets) implements ProgressOutcome {
    }

    /**
     * The units silent for {@code days} days, each with the targets it owes; {@code anyOpen}: some target's period
     * runs today (else nobody is asked to report).
     */
    record Silent(int days, Map<String, List<Target>> units, boolean anyOpen) implements ProgressOutcome {
    }

    /** Every target's county line, for a reporter. */
    record CountyLines(List<Progress> targets) implements ProgressOutcome {
    }

    /** A unit's figures on the targets asked about ({@code asked} empty: all). */
    record UnitFigures(String unit, List<Target> asked, List<UnitFigure> figures) implements ProgressOutcome {
    }

    /** Why a progress question gets no figures. */
    enum Refusal { OFFICIALS_ONLY, OWN_UNIT_ONLY, UNAVAILABLE }

    /** Not answered: {@code ownUnit} names the asker's unit for {@link Refusal#OWN_UNIT_ONLY}. */
    record Refused(Refusal reason, String ownUnit) implements ProgressOutcome {
    }
}
