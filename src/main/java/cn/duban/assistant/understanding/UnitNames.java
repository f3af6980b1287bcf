package cn.duban.assistant.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * Finds the unit a message names: a unit of the roster by its full name (常家镇, 县人社局) or without its affixes
 * (常家, 人社局), or — for a report — any name shaped like a township (某某镇, 某某乡, 某某街道) at the start of a
 * clause, so that a report for another unit is never booked to the reporter's.
 */
public final class UnitNames {

    private final List<Map.Entry<String, String>> names = new ArrayList<>();
    private final Pattern townshipLike;
    private final Set<String> notAName;
    private final java.util.function.Predicate<String> suffixFound;

    public UnitNames(Roster roster, Vocabulary vocabulary) {
        String prefixes = vocabulary.words("unit.prefix").stream().map(Pattern::quote).collect(Collectors.joining("|"));
        String suffixes = vocabulary.words("unit.suffix").stream().map(Pattern::quote).collect(Collectors.joining("|"));
        for (String unit : roster.units()) {
            String folded = Vocabulary.fold(unit);
            names.add(Map.entry(folded, unit));
            String bare = folded.replaceFirst("^(" + prefixes + ")", "").replaceFirst("(" + suffixes + ")$", "");
            if (bare.length() >= 2 && !bare.equals(folded)) {
                names.add(Map.entry(bare, unit));
            }
        }
        names.sort((a, b) -> b.getKey().length() - a.getKey().length());
        this.townshipLike = Pattern.compile("(?:^|[,;.!?\u3002\u3001\\s])(\\p{IsHan}{1,4}?(?:" + suffixes + "))");
        this.notAName = vocabulary.set("unit.not-a-name");
        this.suffixFound = text -> vocabulary.foundIn("unit.suffix", text);
    }

    /** The roster unit a folded text names, if any. */
    public Optional<String> rosterUnitIn(String text) {
        for (Map.Entry<String, String> name : names) {
            if (text.contains(name.getKey())) {
                return Optional.of(name.getValue());
            }
        }
        return Optional.empty();
    }

    /** The unit a report names: a roster unit, or a township-like name at the start of a clause. */
    public Optional<String> namedInReport(String text) {
        Optional<String> known = rosterUnitIn(text);
        if (known.isPresent()) {
            return known;
        }
        if (!suffixFound.test(text)) {
            return Optional.empty();
        }
        Matcher matcher = townshipLike.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (notAName.stream().noneMatch(name::endsWith)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }
}
