package cn.duban.assistant.understanding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.knowledge.TargetMatcher;
import cn.duban.assistant.knowledge.TargetMatcher.Occurrence;
import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * Reads the figures of a report message into a {@link ReportDraft}. Each figure belongs to the target named nearest
 * before it in its clause (or after it, when none is before). A clause naming no target adds a running total to the
 * target before it (本周新增城镇就业30人，累计350人); otherwise it only describes (计划投资8亿元) and is not reported.
 * A figure is a running total when its own words say so (累计, 今年以来, 1-6月) or a clause without figures before it
 * does (截至6月底，…). When the message names no target, its one figure may be for any target its unit fits.
 */
final class ReportReading {

    private static final Pattern PUNCTUATION = Pattern.compile("[\\s,;!?\u3002\u3001]");

    private final List<Target> targets;
    private final TargetMatcher matcher;
    private final Units units;
    private final UnitNames unitNames;
    private final Vocabulary vocabulary;

    ReportReading(List<Target> targets, TargetMatcher matcher, Units units, UnitNames unitNames, Vocabulary vocabulary) {
        this.targets = targets;
        this.matcher = matcher;
        this.units = units;
        this.unitNames = unitNames;
        this.vocabulary = vocabulary;
    }

    /** A figure with where it stands and what it is; {@code bare}: its clause holds nothing else (…30人、45人). */
    private record Placed(Figure figure, int clause, Target target, boolean runningTotal, boolean periodIncrement,
                          boolean bare, String otherPeriod, boolean planned) {
    }

    /** The report in a message from a reporter of {@code ownUnit} (null for someone who is not a reporter). */
    ReportDraft read(String raw, String text, List<Figure> allFigures, String ownUnit) {
        List<Occurrence> names = matcher.occurrences(text);
        List<Figure> figures = allFigures.stream().filter(figure -> names.stream()
                .noneMatch(name -> figure.start() < name.end() && figure.end() > name.start())).toList();
        String blanked = blank(text, names);
        String namedUnit = unitNames.otherUnitInReport(blanked, ownUnit).orElse(null);
        if (figures.isEmpty()) {
            return ReportDraft.problem(ReportDraft.Problem.NO_FIGURE, null, namedUnit, raw);
        }
        Clauses clauses = new Clauses(text, figures);
        PeriodWords periodWords = new PeriodWords(text, clauses, vocabulary);
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            Figure figure = figures.get(i);
            int from = clauses.wordsFrom(i);
            if (vocabulary.foundIn("context", blanked.substring(from, figure.start()))) {
                continue;
            }
            int to = clauses.wordsTo(i);
            int clause = clauses.of(figure.start());
            Target target = targetOf(figure, clauses, names);
            int year = yearOf(target);
            boolean bare = vocabulary.without("joiners", PUNCTUATION.matcher(clauses.othersBeside(figure)).replaceAll("")).isBlank();
            placed.add(new Placed(figure, clause, target, periodWords.runningTotal(figure, from, to, year),
                    periodWords.monthOrWeek(figure, from, to), bare, periodWords.otherPeriod(figure, year), periodWords.planned(figure)));
        }
        return draft(raw, names.isEmpty(), attach(placed, names), namedUnit);
    }

    /** The year of the figure's target, else of the report's first target; -1 with no targets. */
    private int yearOf(Target target) {
        Target of = target != null ? target : targets.isEmpty() ? null : targets.get(0);
        return of == null ? -1 : of.periodStart().getYear();
    }

    /**
     * A figure in a clause naming no target goes to the target named before it when it is a running total of that
     * target (…30人，累计350人) or that target has no figure of its own (新增城镇就业，30人); otherwise it only
     * describes (…1个，计划投资8亿元) and is left out. With no target named at all, every figure stays free.
     */
    private List<Placed> attach(List<Placed> placed, List<Occurrence> names) {
        List<Placed> attached = new ArrayList<>();
        for (Placed figure : placed) {
            if (figure.target() != null || names.isEmpty()) {
                attached.add(figure);
                continue;
            }
            Target previous = names.stream().filter(name -> name.end() <= figure.figure().start())
                    .reduce((first, second) -> second).map(Occurrence::target)
                    .or(() -> names.stream().filter(name -> name.start() >= figure.figure().end()).findFirst().map(Occurrence::target))
                    .orElse(null);
            if (previous == null || units.convert(figure.figure(), previous.unit()).isEmpty()) {
                continue;
            }
            boolean ownFigure = placed.stream().anyMatch(other -> other.target() == previous);
            if (figure.runningTotal() || !ownFigure || figure.bare()) {
                attached.add(new Placed(figure.figure(), figure.clause(), previous, figure.runningTotal(), figure.periodIncrement(),
                        figure.bare(), figure.otherPeriod(), figure.planned()));
            }
        }
        return attached;
    }

    private ReportDraft draft(String raw, boolean noTargetNamed, List<Placed> placed, String namedUnit) {
        Map<String, List<Placed>> byTarget = new LinkedHashMap<>();
        List<Placed> free = new ArrayList<>();
        for (Placed figure : placed) {
            if (figure.target() == null) {
                free.add(figure);
            } else {
                byTarget.computeIfAbsent(figure.target().id(), id -> new ArrayList<>()).add(figure);
            }
        }
        List<ReportDraft.Item> items = new ArrayList<>();
        for (List<Placed> figures : byTarget.values()) {
            Target target = figures.get(0).target();
            List<Placed> group = fitting(target, figures);
            ReportDraft.Item item = item(List.of(target), group);
            if (item == null) {
                return ReportDraft.problem(ReportDraft.Problem.SEVERAL_FIGURES, null, namedUnit, raw);
            }
            items.add(item);
        }
        if (noTargetNamed && !free.isEmpty()) {
            ReportDraft.Item item = item(null, free);
            if (item == null) {
                return ReportDraft.problem(ReportDraft.Problem.SEVERAL_FIGURES, null, namedUnit, raw);
            }
            items.add(item);
        }
        if (items.isEmpty()) {
            return ReportDraft.problem(ReportDraft.Problem.NO_FIGURE, null, namedUnit, raw);
        }
        for (Placed figure : placed) {
            if (figure.otherPeriod() != null || figure.planned()) {
                List<ReportDraft.Item> about = items.stream().filter(item -> item.figure() == figure.figure()).toList();
                return new ReportDraft(about, figure.planned() ? ReportDraft.Problem.PLANNED : ReportDraft.Problem.OTHER_PERIOD,
                        figure.figure(), namedUnit, raw, figure.otherPeriod());
            }
        }
        for (ReportDraft.Item item : items) {
            if (item.figure().approximate() || item.increment() != null && item.increment().approximate()) {
                Figure unclear = item.figure().approximate() ? item.figure() : item.increment();
                return new ReportDraft(List.of(item), ReportDraft.Problem.APPROXIMATE, unclear, namedUnit, raw);
            }
        }
        return new ReportDraft(List.copyOf(items), ReportDraft.Problem.NONE, null, namedUnit, raw);
    }

    /** Of several figures for one target, those whose unit fits it (引进过亿元项目2个总投资15亿元: the 2个). */
    private List<Placed> fitting(Target target, List<Placed> group) {
        if (group.size() < 2) {
            return group;
        }
        List<Placed> fit = group.stream().filter(figure -> units.convert(figure.figure(), target.unit()).isPresent()).toList();
        return fit.isEmpty() ? group : fit;
    }

    /** One figure, or a running total with its increment; null for anything else. */
    private ReportDraft.Item item(List<Target> named, List<Placed> group) {
        Placed main;
        Placed increment = null;
        if (group.size() == 1) {
            main = group.get(0);
        } else if (group.size() == 2 && group.get(0).runningTotal() != group.get(1).runningTotal()) {
            main = group.get(0).runningTotal() ? group.get(0) : group.get(1);
            increment = main == group.get(0) ? group.get(1) : group.get(0);
        } else {
            return null;
        }
        boolean fraction = main.figure().amount().stripTrailingZeros().scale() > 0;
        List<Target> candidates = named != null ? named : targets.stream()
                .filter(target -> units.convert(main.figure(), target.unit()).isPresent())
                .filter(target -> !(fraction && main.figure().unit().isEmpty() && units.counted(target.unit()))).toList();
        return new ReportDraft.Item(candidates, named != null, main.figure(), main.runningTotal(),
                increment == null ? null : increment.figure(), main.periodIncrement() && !main.runningTotal());
    }

    /** The target named nearest before the figure in its clause, else nearest after it; null when none. */
    private static Target targetOf(Figure figure, Clauses clauses, List<Occurrence> names) {
        Occurrence before = null;
        Occurrence after = null;
        for (Occurrence name : names) {
            if (clauses.of(name.start()) != clauses.of(figure.start())) {
                continue;
            }
            if (name.end() <= figure.start()) {
                before = name;
            } else if (after == null && name.start() >= figure.end()) {
                after = name;
            }
        }
        return before != null ? before.target() : after != null ? after.target() : null;
    }

    /** The text with the targets' names blanked out, so that 城镇 in 新增城镇就业 is not read as a unit. */
    private static String blank(String text, List<Occurrence> names) {
        StringBuilder blanked = new StringBuilder(text);
        names.forEach(name -> {
            for (int i = name.start(); i < name.end(); i++) {
                blanked.setCharAt(i, ' ');
            }
        });
        return blanked.toString();
    }
}
