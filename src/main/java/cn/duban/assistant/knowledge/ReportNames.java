package cn.duban.assistant.knowledge;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * The words by which a question names one of several reports: a year written out ({@code 2024年}, {@code 二〇二四年};
 * 今年 and 去年 are not names) that is a report's year, or a report's county with or without its 县/市/区/旗
 * ({@code 正定县}, {@code 正定}). A year no report has names none: the question keeps it, and asks about another year.
 */
final class ReportNames {

    /** The suffixes a county may be said without (正定 for 正定县). */
    private static final String COUNTY_SUFFIXES = "县市区旗";
    /** Chinese digits by value; 零 is 0 like 〇. */
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

    /**
     * What a question names.
     *
     * @param named   whether it names a report's year or county
     * @param reports the ids of the reports it names (all of them when it names none); empty when it names a year
     *                and a county no one report has
     * @param rest    the question's text without the words that name reports (and a 的 after them)
     */
    record Pick(boolean named, Set<String> reports, String rest) {
    }

    private final Vocabulary vocabulary;
    private final Set<String> all = new LinkedHashSet<>();
    private final Map<Integer, Set<String>> byYear = new LinkedHashMap<>();
    /** Each county's names, longest first, with its reports. */
    private final Map<String, Set<String>> byPlace = new LinkedHashMap<>();

    ReportNames(List<Report> reports, Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        Map<String, Set<String>> places = new LinkedHashMap<>();
        for (Report report : reports) {
            all.add(report.id());
            byYear.computeIfAbsent(report.year(), year -> new LinkedHashSet<>()).add(report.id());
            for (String place : placeNames(report.county())) {
                places.computeIfAbsent(place, p -> new LinkedHashSet<>()).add(report.id());
            }
        }
        places.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(place -> byPlace.put(place, places.get(place)));
    }

    /** A county's names: as written and, when it ends in 县/市/区/旗 after two characters or more, without it. */
    static List<String> placeNames(String county) {
        String name = Question.normalize(county).strip();
        if (name.length() < 2) {
            return List.of();
        }
        boolean suffixed = name.length() >= 3 && COUNTY_SUFFIXES.indexOf(name.charAt(name.length() - 1)) >= 0;
        return suffixed ? List.of(name, name.substring(0, name.length() - 1)) : List.of(name);
    }

    /** The reports a question names by year or county, and the question without those words. */
    Pick pick(Question question) {
        String text = question.normalized();
        StringBuilder rest = new StringBuilder(text);
        Set<String> years = null;
        for (int[] span : vocabulary.spans("year.pattern", text)) {
            Set<String> reports = byYear.get(year(text.substring(span[0], span[1])));
            if (reports != null) {
                years = union(years, reports);
                blank(rest, span[0], span[1]);
            }
        }
        Set<String> places = null;
        for (Map.Entry<String, Set<String>> place : byPlace.entrySet()) {
            int at = rest.indexOf(place.getKey());
            while (at >= 0) {
                places = union(places, place.getValue());
                blank(rest, at, at + place.getKey().length());
                at = rest.indexOf(place.getKey(), at + 1);
            }
        }
        if (years == null && places == null) {
            return new Pick(false, all, text);
        }
        Set<String> reports = new LinkedHashSet<>(years == null ? all : years);
        reports.retainAll(places == null ? all : places);
        return new Pick(true, reports, rest.toString());
    }

    /** The years a text writes out (2024年, 二〇二四年), whether or not a report has them. */
    static Set<Integer> years(String normalized, Vocabulary vocabulary) {
        Set<Integer> years = new LinkedHashSet<>();
        Matcher found = vocabulary.pattern("year.pattern").matcher(normalized);
        while (found.find()) {
            years.add(year(found.group()));
        }
        return years;
    }

    /** The year of 2024年 or 二〇二四年; 0 when it is neither. */
    private static int year(String written) {
        int year = 0;
        int digits = 0;
        for (char c : written.toCharArray()) {
            int digit = Character.isDigit(c) ? Character.digit(c, 10) : c == '零' ? 0 : CHINESE_DIGITS.indexOf(c);
            if (digit >= 0 && digits < 4) {
                year = year * 10 + digit;
                digits++;
            }
        }
        return digits == 4 ? year : 0;
    }

    private static Set<String> union(Set<String> sofar, Set<String> more) {
        Set<String> union = sofar == null ? new LinkedHashSet<>() : sofar;
        union.addAll(more);
        return union;
    }

    /** Blanks a name, and a 的 right after it (正定县的棚改: 的 is no word of the question). */
    private static void blank(StringBuilder text, int from, int to) {
        int end = to < text.length() && text.charAt(to) == '的' ? to + 1 : to;
        for (int i = from; i < end; i++) {
            text.setCharAt(i, ' ');
        }
    }
}
