package cn.duban.assistant.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * Recognises the targets a message names (by name or alias, the longest first) and whether a question asks for
 * their figures rather than for something else that shares a word: the words of a question besides the target's
 * name must belong to the target (its names, its quote, its unit) or be neutral (新增, 今年, 多少); a distinct word
 * of two or more characters (农村 in 农村就业, 国家级 in 国家级专精特新, 去年) means another indicator, whatever
 * the words in common.
 */
public final class TargetMatcher {

    /** Single characters of a question that may remain unexplained and it still asks for the figure. */
    private static final int SPARE_CHARACTERS = 1;

    private final List<Target> targets;
    private final Vocabulary vocabulary;
    private final Map<String, List<String>> namesById = new HashMap<>();
    private final Map<String, String> ownWordsById = new HashMap<>();
    private final List<Map.Entry<String, Target>> namesLongestFirst = new ArrayList<>();
    private final List<String> figureWords;
    private final Set<String> neutral;
    /** Whether two targets (of two reports) share a name: then a year the text writes out decides between them. */
    private final boolean sharedNames;
    /** The reports' county names, longest first, with their reports: said in a question, they pick its targets. */
    private final Map<String, Set<String>> places;

    /** Matches these targets; a question naming the county (庆云县就业目标) asks about them as 我县 would. */
    public TargetMatcher(List<Target> targets, Vocabulary vocabulary, Map<String, Set<String>> places) {
        this.targets = targets;
        this.places = places;
        this.vocabulary = vocabulary;
        this.figureWords = vocabulary.words("target.figure-words");
        this.neutral = vocabulary.set("target.neutral");
        for (Target target : targets) {
            namesById.put(target.id(), target.names().stream().map(Question::normalize).distinct()
                    .sorted(Comparator.comparingInt(String::length).reversed()).toList());
            ownWordsById.put(target.id(), Question.normalize(String.join("|", target.names()) + "|" + target.quote()
                    + "|" + target.unit() + "|" + target.periodStart().getYear() + "年"));
            namesById.get(target.id()).forEach(name -> namesLongestFirst.add(Map.entry(name, target)));
        }
        namesLongestFirst.sort(Comparator.comparingInt((Map.Entry<String, Target> entry) -> entry.getKey().length()).reversed());
        this.sharedNames = namesLongestFirst.stream().map(Map.Entry::getKey).distinct().count() < namesLongestFirst.size();
    }

    public TargetMatcher(List<Target> targets, Vocabulary vocabulary) {
        this(targets, vocabulary, Map.of());
    }

    public TargetMatcher(List<Target> targets) {
        this(targets, Vocabulary.bundled());
    }

    /** A target's name found in a text. */
    public record Occurrence(Target target, int start, int end) {
    }

    /** The target's name and aliases, normalized, longest first. */
    public List<String> normalizedNames(Target target) {
        return namesById.get(target.id());
    }

    /** The targets a text names, in the order of {@code targets.yml}. */
    public List<Target> named(String text) {
        return targetsOf(occurrences(Question.normalize(text)));
    }

    /** The targets of some occurrences, in the order the text names them (电商和技改谁牵头: 电商 first). */
    private List<Target> targetsOf(List<Occurrence> occurrences) {
        java.util.LinkedHashSet<Target> found = new java.util.LinkedHashSet<>();
        occurrences.forEach(occurrence -> found.add(occurrence.target()));
        return List.copyOf(found);
    }

    /**
     * Where a normalized text names targets, longest names first, never two at one place, in text order. Of targets
     * sharing a name, one whose year the text writes out (2024年) comes first, else the first in {@code targets.yml}.
     */
    public List<Occurrence> occurrences(String normalized) {
        List<Occurrence> found = new ArrayList<>();
        boolean[] taken = new boolean[normalized.length()];
        for (Map.Entry<String, Target> name : namesInOrderFor(normalized)) {
            int at = normalized.indexOf(name.getKey());
            while (at >= 0) {
                int end = at + name.getKey().length();
                if (!anyTaken(taken, at, end)) {
                    Arrays.fill(taken, at, end, true);
                    found.add(new Occurrence(name.getValue(), at, end));
                }
                at = normalized.indexOf(name.getKey(), at + 1);
            }
        }
        found.sort(Comparator.comparingInt(Occurrence::start));
        return found;
    }

    private List<Map.Entry<String, Target>> namesInOrderFor(String normalized) {
        Set<Integer> years = sharedNames ? ReportNames.years(normalized, vocabulary) : Set.of();
        if (years.isEmpty()) {
            return namesLongestFirst;
        }
        return namesLongestFirst.stream().sorted(Comparator.comparingInt((Map.Entry<String, Target> entry) -> entry.getKey().length())
                .reversed().thenComparing(entry -> !years.contains(entry.getValue().periodStart().getYear()))).toList();
    }

    /**
     * The targets a question asks about when several reports set targets of one name (新增城镇就业 in 2023 and in
     * 2024): with a county named, the namesakes of its reports (none: the question is not about a target); with a
     * year named, the one of that year (chosen where the names were found); with neither, each namesake in turn.
     */
    private List<Target> withTwins(List<Target> named, List<Occurrence> occurrences, String text, Set<String> placed) {
        if (placed == null && (!sharedNames || !ReportNames.years(text, vocabulary).isEmpty())) {
            return named;
        }
        java.util.LinkedHashSet<Target> all = new java.util.LinkedHashSet<>();
        for (Occurrence occurrence : occurrences) {
            String said = text.substring(occurrence.start(), occurrence.end());
            List<Target> namesakes = new ArrayList<>(List.of(occurrence.target()));
            namesLongestFirst.stream().filter(entry -> entry.getKey().equals(said)).map(Map.Entry::getValue).forEach(namesakes::add);
            List<Target> kept = namesakes.stream().filter(target -> placed == null || placed.contains(target.reportId())).toList();
            if (kept.isEmpty()) {
                return List.of();
            }
            all.addAll(kept);
        }
        return List.copyOf(all);
    }

    private String withoutPlaces(String text) {
        String rest = text;
        for (String place : places.keySet()) {
            rest = rest.replace(place, "");
        }
        return rest;
    }

    /** The reports of the counties a text names, or null when it names none. */
    private Set<String> reportsOfPlaces(String text) {
        Set<String> named = null;
        String rest = text;
        for (Map.Entry<String, Set<String>> place : places.entrySet()) {
            if (rest.contains(place.getKey())) {
                named = named == null ? new java.util.HashSet<>() : named;
                named.addAll(place.getValue());
                rest = rest.replace(place.getKey(), "");
            }
        }
        return named;
    }

    private static boolean anyTaken(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    /** The targets whose figures the question asks for; empty when it asks about something else. */
    public List<Target> askedFor(Question question) {
        String text = question.normalized();
        List<Occurrence> occurrences = occurrences(text);
        if (occurrences.isEmpty() || vocabulary.foundIn("year.other", text)) {
            return List.of();
        }
        String rest = withoutPlaces(withoutNames(text, occurrences));
        Set<String> placed = reportsOfPlaces(text);
        List<Target> named = withTwins(targetsOf(occurrences), occurrences, text, placed);
        if (named.isEmpty()) {
            return List.of();
        }
        String asked = vocabulary.without("question.completion", rest);
        if (named.stream().anyMatch(target -> otherKind(target, asked))) {
            return List.of();
        }
        String own = String.join("|", named.stream().map(target -> ownWordsById.get(target.id())).toList());
        String units = String.join("|", named.stream().map(Target::unit).toList());
        Question remainder = Question.of(rest, vocabulary);
        int unexplained = 0;
        for (String segment : remainder.segments()) {
            int[] missing = missing(segment, own, units);
            if (missing[0] >= 2) {
                return List.of();
            }
            unexplained += missing[1];
        }
        boolean asksFigure = figureWords.stream().anyMatch(text::contains);
        return unexplained <= SPARE_CHARACTERS && (asksFigure || !remainder.hasContent() || unexplained == 0) ? named : List.of();
    }

    /**
     * The longest run of a segment's characters that neither the target's own words nor the neutral words explain,
     * and how many characters are unexplained in all.
     */
    private int[] missing(String segment, String own, String units) {
        if (!Character.isIdeographic(segment.codePointAt(0))) {
            boolean known = neutral.contains(segment) || figureWords.contains(segment)
                    || Arrays.asList(own.split("[^a-z0-9.%+]+")).contains(segment);
            return known ? new int[] {0, 0} : new int[] {segment.length(), segment.length()};
        }
        boolean[] explained = new boolean[segment.length()];
        for (int from = 0; from < segment.length(); from++) {
            for (int to = segment.length(); to > from; to--) {
                String part = segment.substring(from, to);
                boolean single = part.length() == 1 && Character.isIdeographic(part.charAt(0));
                boolean word = neutral.contains(part) || figureWords.contains(part) || !single && own.contains(part);
                boolean character = single && (units.contains(part) || figureWords.stream().anyMatch(w -> w.contains(part)));
                if (word || character) {
                    Arrays.fill(explained, from, to, true);
                    break;
                }
            }
        }
        int longest = 0;
        int run = 0;
        int total = 0;
        for (boolean known : explained) {
            run = known ? 0 : run + 1;
            total += known ? 0 : 1;
            longest = Math.max(longest, run);
        }
        return new int[] {longest, total};
    }

    /** The text with the targets' names blanked out: the words the question says besides them. */
    private static String withoutNames(String text, List<Occurrence> occurrences) {
        StringBuilder rest = new StringBuilder(text);
        for (Occurrence occurrence : occurrences) {
            for (int i = occurrence.start(); i < occurrence.end(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
        return rest.toString();
    }

    /**
     * Whether the question names a target but asks for another kind of figure than the target's (城镇就业率 of the count
     * 新增城镇就业): then no sentence holding that target's figure may answer it either.
     */
    public boolean asksAnotherKind(Question question) {
        String text = question.normalized();
        List<Occurrence> occurrences = occurrences(text);
        if (occurrences.isEmpty()) {
            return false;
        }
        String rest = withoutPlaces(withoutNames(text, occurrences));
        String asked = vocabulary.without("question.completion", rest);
        return targetsOf(occurrences).stream().anyMatch(target -> otherKind(target, asked));
    }

    /**
     * Whether the words besides the target's name ask for another kind of figure than the target's: an amount of
     * money of a growth rate (技改投资多少亿), a rate of a count (城镇就业率多少), a count of an amount (电商网络零售额多少家),
     * or the total stock of an increment (高新技术企业总数多少家).
     */
    private boolean otherKind(Target target, String asked) {
        String unit = target.unit();
        boolean rate = unit.equals("%") || unit.equals("‰");
        boolean money = unit.endsWith("元");
        if (vocabulary.foundIn("question.stock-words", asked) && vocabulary.foundIn("target.increment-words", Question.normalize(target.name()))) {
            return true;
        }
        return !rate && vocabulary.foundIn("question.rate-words", asked)
                || !money && vocabulary.foundIn("question.money-words", asked)
                || (rate || money) && countAsked(rate ? vocabulary.without("question.rate-words", asked) : asked, unit);
    }

    /** A count word in the question (几个, 多少家) that the target's own unit does not explain. */
    private boolean countAsked(String asked, String unit) {
        return vocabulary.spans("question.count-words", asked).stream()
                .anyMatch(span -> !unit.contains(asked.substring(span[0], span[1])));
    }

    /** Whether a question asks which targets there are (主要目标有哪些, 量化指标). */
    public boolean asksForAll(Question question) {
        String text = question.normalized();
        if (!vocabulary.foundIn("target.list", text)) {
            return false;
        }
        return !Question.of(vocabulary.without("target.list.words", text), vocabulary).hasContent();
    }
}
