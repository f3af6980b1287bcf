package cn.duban.assistant.knowledge;

/** How the figures units report for a target combine into the county's figure. */
public enum Aggregation {
    /** Units' increments add up: jobs, projects, companies. */
    SUM,
    /** One figure replaces the last: a growth rate, a year-to-date amount. */
    LATEST;

    public static Aggregation ofName(String name) {
        for (Aggregation aggregation : values()) {
            if (aggregation.name().equalsIgnoreCase(name.strip())) {
                return aggregation;
            }
        }
        return null;
    }
}
