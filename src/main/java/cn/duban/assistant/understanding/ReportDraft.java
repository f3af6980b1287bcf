package cn.duban.assistant.understanding;

import java.util.List;

import cn.duban.assistant.knowledge.Target;

/**
 * A report as read from a message, before it is checked and recorded.
 *
 * @param items      one per target reported (several targets may share a message); for an estimate, its item
 * @param problem    why it cannot be recorded as read, or {@link Problem#NONE}
 * @param unclear    the figure the problem is about (an approximate one), or null
 * @param namedUnit  a unit the message names (尚堂镇新增…), or null
 * @param raw        the message as written
 * @param detail     for {@link Problem#OTHER_PERIOD}: the words naming the period (去年, 2022年); else null
 */
public record ReportDraft(List<Item> items, Problem problem, Figure unclear, String namedUnit, String raw, String detail) {

    public ReportDraft(List<Item> items, Problem problem, Figure unclear, String namedUnit, String raw) {
        this(items, problem, unclear, namedUnit, raw, null);
    }

    /** What keeps a report from being recorded as read. */
    public enum Problem {
        NONE,
        /** No figure at all. */
        NO_FIGURE,
        /** Two figures for one target and neither is a running total. */
        SEVERAL_FIGURES,
        /** An estimate (约120人, 80多人): ask for the exact figure. */
        APPROXIMATE,
        /** A figure of another year or period (去年, 2022年, 明年, 十四五以来): not this period's ledger. */
        OTHER_PERIOD,
        /** A plan or forecast (计划新增, 预计): the ledger holds what was done. */
        PLANNED
    }

    /**
     * One target's figure.
     *
     * @param candidates      the targets it may be about: the one named, else every target its unit fits
     * @param named           the message names the target (else the candidates come from the figure's unit)
     * @param figure          the figure as written
     * @param runningTotal    累计/今年以来/1-6月: the unit's total becomes this figure
     * @param increment       the increment reported beside a running total (本周新增30人，累计350人), or null
     * @param periodIncrement said of a month or week (本月, 本周): not a year-to-date figure
     */
    public record Item(List<Target> candidates, boolean named, Figure figure, boolean runningTotal, Figure increment,
                       boolean periodIncrement) {
    }

    public static ReportDraft problem(Problem problem, Figure unclear, String namedUnit, String raw) {
        return new ReportDraft(List.of(), problem, unclear, namedUnit, raw);
    }
}
