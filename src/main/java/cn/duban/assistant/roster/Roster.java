package cn.duban.assistant.roster;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who is who: officials and reporters by WeChat Work UserID, from {@code config/roster.yml}.
 *
 * @param officials the officials, in file order
 * @param reporters the reporters, in file order
 */
public record Roster(List<Official> officials, List<Reporter> reporters) {

    public static Roster empty() {
        return new Roster(List.of(), List.of());
    }

    public Optional<Official> official(String userId) {
        return officials.stream().filter(official -> official.userId().equals(userId)).findFirst();
    }

    public Optional<Reporter> reporter(String userId) {
        return reporters.stream().filter(reporter -> reporter.userId().equals(userId)).findFirst();
    }

    public boolean knows(String userId) {
        return official(userId).isPresent() || reporter(userId).isPresent();
    }

    /** The name shown for a user: the roster's name, or the UserID itself. */
    public String nameOf(String userId) {
        return official(userId).map(Official::name).or(() -> reporter(userId).map(Reporter::name)).orElse(userId);
    }

    /** The units expected to report on a target, in roster order. */
    public Set<String> unitsReporting(String targetId) {
        Set<String> units = new LinkedHashSet<>();
        reporters.stream().filter(reporter -> reporter.mayReport(targetId)).forEach(reporter -> units.add(reporter.unit()));
        return units;
    }

    /** Every unit in the roster, in roster order. */
    public Set<String> units() {
        Set<String> units = new LinkedHashSet<>();
        reporters.forEach(reporter -> units.add(reporter.unit()));
        return units;
    }
}
