package cn.duban.assistant.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.duban.assistant.knowledge.Report;
import cn.duban.assistant.knowledge.ReportSentence;
import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * Finds the forward-looking numeric targets in a report's text: a figure with its unit (6%, 130亿元, 20家) in a
 * clause that aims at it (力争、新增、增长、达到 … or 以上/以内/左右 after it), one entry per figure. Not targets:
 * sentences about the past (去年、实现了、同比 …, or only earlier years), sections that review the past, five-year
 * plans (十四五), figures inside quotation marks or names (“4+4”, 万吨级), figures that describe something else
 * (总投资10亿元的项目, 产值15亿元以上企业, 2个新兴产业). The trigger words are the {@code extract.*} keys of the
 * vocabulary. Measured on {@code ../shared/reports} by {@code score-extraction}.
 */
public final class TargetExtractor {

    private static final Pattern YEAR = Pattern.compile("(20[0-9]{2})年");

    private final Vocabulary vocabulary;
    private final WrittenFigure.Finder figures;
    private final TargetNames names;

    public TargetExtractor(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        List<String> units = new ArrayList<>(vocabulary.words("units"));
        this.figures = new WrittenFigure.Finder(units);
        this.names = new TargetNames(vocabulary);
    }

    /** The targets the report sets, in the order of its text, ids made from {@code idPrefix}. */
    public List<ProposedTarget> extract(Report report, String idPrefix) {
        List<Found> found = new ArrayList<>();
        boolean pastContext = false;
        String section = null;
        for (ReportSentence sentence : report.sentences()) {
            if (!sentence.section().equals(section) || vocabulary.foundIn("extract.forward", sentence.text())) {
                pastContext = false;
            }
            section = sentence.section();
            if (onlyEarlierYears(sentence.text(), report.year())) {
                pastContext = true;
            }
            if (pastContext || vocabulary.foundIn("extract.review-sections", sentence.section())
                    || aboutThePast(sentence.text(), report.year()) || laterYear(sentence.text(), report.year())) {
                continue;
            }
            for (ReportClauses.Clause clause : ReportClauses.of(sentence.text())) {
                if (!vocabulary.foundIn("extract.long-term", clause.text()) && !onlyEarlierYears(clause.text(), report.year())) {
                    found.addAll(targetsIn(clause.text(), sentence));
                }
            }
        }
        return names.propose(found, idPrefix, report.year());
    }

    /**
     * A figure taken as a target: the words that state it, where the figure stands in them and where its comparator
     * word ends, where the quote's first figure starts, the comparator, whether a word before the figure says it is
     * a level to reach (达到、突破、控制在), and the sentence's section and owner.
     */
    record Found(String quote, WrittenFigure figure, int comparatorEnd, int firstFigureStart, int figuresInQuote,
                 int ordinal, String comparator, boolean level, String section, String owner) {
    }

    private List<Found> targetsIn(String clause, ReportSentence sentence) {
        boolean[] enclosed = ReportClauses.enclosed(clause);
        List<WrittenFigure> all = figures.find(clause).stream().filter(f -> !enclosed[f.start()]).toList();
        List<WrittenFigure> chosen = new ArrayList<>();
        List<String> comparators = new ArrayList<>();
        List<Boolean> levels = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            WrittenFigure figure = all.get(i);
            if (i > 0 && range(clause, all.get(i - 1), figure)) {
                continue;
            }
            String after = clause.substring(figure.end());
            if (startsWithAny("extract.not-after", after)) {
                continue;
            }
            String comparator = "=";
            int comparatorEnd = figure.end();
            String afterWord = firstWord(after, "extract.at-least.after", "extract.at-most.after", "extract.about.after");
            String before = clause.substring(0, figure.start());
            String beforeWord = lastWord(before, "extract.at-least.before", "extract.at-most.before");
            if (afterWord != null) {
                comparator = comparatorOf(afterWord, ">=", "<=", "~");
                comparatorEnd += afterWord.length();
            } else if (beforeWord != null) {
                comparator = vocabulary.words("extract.at-most.before").contains(beforeWord) ? "<=" : ">=";
            }
            String rest = ReportClauses.withoutBrackets(clause.substring(comparatorEnd)).strip();
            String between = i + 1 < all.size() ? clause.substring(comparatorEnd, all.get(i + 1).start()) : null;
            boolean nextFigureJoined = between != null && (joinsNext(between) || between.startsWith("、"));
            boolean doneCount = vocabulary.words("units.counted").contains(figure.unit())
                    && vocabulary.foundIn("extract.done.after", rest) && rest.length() <= 24;
            boolean aimed = afterWord != null || beforeWord != null || endsWithAny("extract.growth.before", before)
                    || vocabulary.foundIn("extract.cues", before) || doneCount;
            boolean verbBefore = endsWithVerb(before) && rest.length() <= 10 && rest.matches("[\\p{IsHan}]+")
                    && !rest.startsWith("的") && (i + 1 == all.size());
            boolean standsAlone = rest.isEmpty() || nextFigureJoined || beforeWord != null || doneCount || verbBefore
                    || rest.matches("的?[\\p{IsHan}]{0,4}(?:" + String.join("|", vocabulary.words("extract.goal.after")) + ")");
            if (i + 1 < all.size() && range(clause, figure, all.get(i + 1))) {
                standsAlone = true;
                comparator = ">=";
            }
            if (aimed && standsAlone) {
                chosen.add(figure);
                levels.add(beforeWord != null);
                comparators.add(comparator);
                ends.add(comparatorEnd);
            }
        }
        for (int i = chosen.size() - 2; i >= 0; i--) {
            boolean bare = comparators.get(i).equals("=") && ends.get(i) == chosen.get(i).end();
            String between = clause.substring(chosen.get(i).end(), chosen.get(i + 1).start());
            if (bare && (joinsNext(between) || between.equals("、"))) {
                comparators.set(i, comparators.get(i + 1));
            }
        }
        for (int i = 1; i < chosen.size(); i++) {
            boolean bare = comparators.get(i).equals("=") && ends.get(i) == chosen.get(i).end();
            String between = clause.substring(ends.get(i - 1), chosen.get(i).start());
            if (bare && levels.get(i - 1) && (joinsNext(between) || between.equals("、"))) {
                comparators.set(i, comparators.get(i - 1));
                levels.set(i, true);
            }
        }
        return quoted(clause, chosen, comparators, levels, ends, sentence);
    }

    /**
     * Each chosen figure with its quote: the list item (between 、) that holds it when the clause lists several
     * targets (新增高新技术企业11家、省级“专精特新”企业17家), else the clause from a list's closing 等 on.
     */
    private List<Found> quoted(String clause, List<WrittenFigure> chosen, List<String> comparators, List<Boolean> levels,
                               List<Integer> ends, ReportSentence sentence) {
        List<int[]> items = ReportClauses.listItems(clause);
        long itemsWithTargets = items.stream().filter(item -> chosen.stream()
                .anyMatch(f -> f.start() >= item[0] && f.start() < item[1])).count();
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            WrittenFigure figure = chosen.get(i);
            int from = 0;
            int to = clause.length();
            boolean shared = !chosen.isEmpty() && vocabulary.foundIn("question.each", clause.substring(0, chosen.get(0).start()));
            if (itemsWithTargets > 1 && !shared) {
                for (int[] item : items) {
                    if (figure.start() >= item[0] && figure.start() < item[1]) {
                        from = item[0];
                        to = item[1];
                    }
                }
            } else {
                int listEnd = clause.lastIndexOf('等', figure.start());
                if (listEnd > 0 && clause.lastIndexOf('、', listEnd) >= 0) {
                    from = listEnd;
                }
            }
            while (from < to && Character.isWhitespace(clause.charAt(from))) {
                from++;
            }
            String quote = withoutClosingBrackets(clause.substring(from, to).strip());
            int shift = from;
            List<WrittenFigure> inQuote = chosen.stream().filter(f -> f.start() >= shift && f.end() <= shift + quote.length()).toList();
            found.add(new Found(quote, new WrittenFigure(figure.start() - shift, figure.end() - shift, figure.value(), figure.unit()),
                    ends.get(i) - shift, inQuote.get(0).start() - shift, inQuote.size(), inQuote.indexOf(figure),
                    comparators.get(i), levels.get(i),
                    sentence.section(), vocabulary.firstGroup("owner.pattern", sentence.text())));
        }
        return found;
    }

    /** The quote without a bracketed note at its end ((牵头单位:县发改局)), which states no figure. */
    private static String withoutClosingBrackets(String quote) {
        return quote.replaceFirst("\\s*[(（][^()（）]*[)）]$", "");
    }

    /** Whether two figures of one unit are a range (6%—7%, 7%至8%): the lower one is proposed, {@code >=}. */
    private static boolean range(String clause, WrittenFigure low, WrittenFigure high) {
        return low.unit().equals(high.unit()) && clause.substring(low.end(), high.start()).matches("\\s*[—–\\-～~至到]{1,2}\\s*");
    }

    private static boolean joinsNext(String between) {
        return between.matches("\\s*(?:和|及|与|、|至|到|,|，)\\s*[\\p{IsHan}]{0,3}");
    }

    private String comparatorOf(String word, String atLeast, String atMost, String about) {
        if (vocabulary.words("extract.at-least.after").contains(word)) {
            return atLeast;
        }
        return vocabulary.words("extract.at-most.after").contains(word) ? atMost : about;
    }

    /**
     * Whether the sentence speaks of the past: its words (去年、实现了、同比 …) or only years before the report's. A
     * sentence naming only earlier years (2018年全区经济社会发展取得显著成效) also makes the sentences after it in its
     * section past, until one looks forward (今年、预期目标、力争 …: vocabulary {@code extract.forward}).
     */
    private boolean aboutThePast(String sentence, int year) {
        return vocabulary.foundIn("extract.past", sentence) || onlyEarlierYears(sentence, year);
    }

    private static boolean onlyEarlierYears(String sentence, int year) {
        Matcher years = YEAR.matcher(sentence);
        boolean earlier = false;
        while (years.find()) {
            int said = Integer.parseInt(years.group(1));
            if (said >= year) {
                return false;
            }
            earlier = true;
        }
        return earlier;
    }

    /** Whether the sentence names a year after the report's (到2027年): a target for later, not for this year. */
    private static boolean laterYear(String sentence, int year) {
        Matcher years = YEAR.matcher(sentence);
        while (years.find()) {
            if (Integer.parseInt(years.group(1)) > year) {
                return true;
            }
        }
        return false;
    }

    private String firstWord(String text, String... keys) {
        for (String key : keys) {
            for (String word : vocabulary.words(key)) {
                if (text.startsWith(word)) {
                    return word;
                }
            }
        }
        return null;
    }

    /** The longest of the keys' words the text ends with (不超过 before 超过), a closing 在/到/为/至 aside; or null. */
    private String lastWord(String text, String... keys) {
        String trimmed = text.replaceAll("[在到为至]$", "");
        String longest = null;
        for (String key : keys) {
            for (String word : vocabulary.words(key)) {
                if ((trimmed.endsWith(word) || text.endsWith(word)) && (longest == null || word.length() > longest.length())) {
                    longest = word;
                }
            }
        }
        return longest;
    }

    /** Whether the words before a figure end with an aiming verb (新建5万亩高标准农田), not a noun (2个新兴产业). */
    private boolean endsWithVerb(String before) {
        return vocabulary.words("extract.cues").stream().anyMatch(word -> word.length() >= 2 && before.endsWith(word));
    }

    private boolean startsWithAny(String key, String text) {
        return vocabulary.words(key).stream().anyMatch(text::startsWith);
    }

    private boolean endsWithAny(String key, String text) {
        return vocabulary.words(key).stream().anyMatch(text::endsWith);
    }
}
