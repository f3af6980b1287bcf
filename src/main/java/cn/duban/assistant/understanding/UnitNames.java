package cn.duban.assistant.understanding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
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
    private final Predicate<String> suffixFound;
    private final Predicate<String> township;
    private final Set<String> ownWords;
    private final List<String> countyWords;

    /** The last characters of a county's name (县、市、区、旗): a unit's short name before one is the county's. */
    private final java.util.Set<String> countySuffixes;

    /**
     * @param roster     the units of the roster
     * @param counties   the county names of the loaded reports (庆云县), said of the whole county
     * @param vocabulary the unit suffixes, county words and own-unit words
     */
    public UnitNames(Roster roster, List<String> counties, Vocabulary vocabulary) {
        this.countySuffixes = vocabulary.set("county.suffixes");
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
        String single = vocabulary.words("unit.suffix").stream().filter(suffix -> suffix.length() == 1).map(Pattern::quote)
                .collect(Collectors.joining("|"));
        String longer = vocabulary.words("unit.suffix").stream().filter(suffix -> suffix.length() > 1).map(Pattern::quote)
                .collect(Collectors.joining("|"));
        this.townshipLike = Pattern.compile("(?:^|[,;.!?\u3002\u3001\\s])(\\p{IsHan}{1,4}?(?:" + single + ")|\\p{IsHan}{0,4}?(?:"
                + longer + "))");
        Pattern townshipUnit = Pattern.compile("(?:" + single + "|" + longer + ")$");
        this.township = unit -> townshipUnit.matcher(Vocabulary.fold(unit)).find();
        this.ownWords = vocabulary.set("own-unit");
        Set<String> county = new LinkedHashSet<>(vocabulary.words("unit.county"));
        counties.forEach(name -> {
            if (!name.isBlank()) {
                county.add(Vocabulary.fold(name));
            }
        });
        this.countyWords = List.copyOf(county);
        this.notAName = vocabulary.set("unit.not-a-name");
        this.suffixFound = text -> vocabulary.foundIn("unit.suffix", text);
    }

    /** The roster unit a folded text names, if any. */
    public Optional<String> rosterUnitIn(String text) {
        for (Map.Entry<String, String> name : names) {
            if (namesUnit(text, name.getKey())) {
                return Optional.of(name.getValue());
            }
        }
        return Optional.empty();
    }

    /** Whether the text says the unit's name, not a county's that starts alike (青山 in 青山县 is not 青山镇). */
    private boolean namesUnit(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int after = at + name.length();
            if (after >= text.length() || !countySuffixes.contains(String.valueOf(text.charAt(after)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The unit a report names other than the reporter's own ({@code ownUnit}): a roster unit, a township-like name at
     * the start of a clause (马庄镇, 开发区; not 我们镇), or — for a township's reporter — the county (全县, 庆云县),
     * whose figures are not his unit's. Empty when it names none or only his own.
     */
    public Optional<String> otherUnitInReport(String text, String ownUnit) {
        for (Map.Entry<String, String> name : names) {
            if (text.contains(name.getKey()) && !name.getValue().equals(ownUnit)) {
                return Optional.of(name.getValue());
            }
        }
        if (ownUnit != null && township.test(ownUnit)) {
            for (String county : countyWords) {
                if (text.contains(county)) {
                    return Optional.of(county);
                }
            }
        }
        if (!suffixFound.test(text)) {
            return Optional.empty();
        }
        Matcher matcher = townshipLike.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1);
            boolean own = ownWords.contains(name) || names.stream().anyMatch(known -> name.endsWith(known.getKey()));
            if (!own && notAName.stream().noneMatch(name::endsWith)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }
}
