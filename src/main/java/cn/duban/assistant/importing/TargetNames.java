package cn.duban.assistant.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * Names the targets found in a report from its own words and completes their entries: the quote without its
 * figure, comparator and lead words (力争新增规上工业企业20家以上 → 新增规上工业企业); 城乡…分别 gives 城镇 and 农村;
 * counts of new things add up ({@code sum}), rates and totals take the latest figure ({@code latest}).
 */
final class TargetNames {

    private static final Pattern JOINED = Pattern.compile("、|和|及|与|以及");

    private final Vocabulary vocabulary;

    TargetNames(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The proposed entries, numbered in order; a name said twice gets its number ((2)). */
    List<ProposedTarget> propose(List<TargetExtractor.Found> found, String idPrefix, int year) {
        List<ProposedTarget> targets = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String previous = "";
        for (TargetExtractor.Found f : found) {
            String name = name(f);
            if (name.length() <= 2 && !previous.isEmpty() && (name.length() == 1 || vocabulary.foundIn("extract.cues", name))) {
                name = previous + "(" + name + ")";
            }
            previous = name.replaceFirst("\\([^()]*\\)$", "");
            int times = seen.merge(name, 1, Integer::sum);
            if (times > 1) {
                name = name + "(" + times + ")";
            }
            String id = String.format("%s-%02d", idPrefix, targets.size() + 1);
            targets.add(new ProposedTarget(id, name, List.of(), f.figure().value(), f.figure().unit(), f.comparator(),
                    aggregation(name, f), f.section(), f.quote(), f.owner(), year));
        }
        return withAliases(targets);
    }

    /**
     * Each target with the aliases its name gives without a closing 增长/增速/产值 (固定资产投资增长 → 固定资产投资) and
     * without its leading verbs (谋划实施重点项目 → 重点项目), so that 固投目标 and 重点项目多少个 find it; only aliases
     * of four characters or more that no other target's name holds.
     */
    private List<ProposedTarget> withAliases(List<ProposedTarget> targets) {
        List<ProposedTarget> named = new ArrayList<>();
        for (ProposedTarget target : targets) {
            List<String> aliases = new ArrayList<>();
            List<String> candidates = new ArrayList<>();
            for (String end : vocabulary.words("extract.alias.drop-end")) {
                candidates.add(target.name().endsWith(end) ? target.name().substring(0, target.name().length() - end.length()) : "");
            }
            String bare = target.name();
            for (boolean changed = true; changed; ) {
                changed = false;
                for (String start : vocabulary.words("extract.alias.drop-start")) {
                    if (bare.startsWith(start)) {
                        bare = bare.substring(start.length()).replaceFirst("^[、和及与]+", "");
                        changed = true;
                    }
                }
            }
            candidates.add(bare.equals(target.name()) ? "" : bare);
            for (String alias : candidates) {
                boolean own = targets.stream().filter(other -> other != target).noneMatch(other -> other.name().contains(alias));
                if (alias.length() >= 4 && own) {
                    aliases.add(alias);
                }
            }
            named.add(new ProposedTarget(target.id(), target.name(), List.copyOf(aliases), target.value(), target.unit(),
                    target.comparator(), target.aggregation(), target.section(), target.quote(), target.owner(), target.year()));
        }
        return named;
    }

    String name(TargetExtractor.Found f) {
        String quote = f.quote();
        String before = stripEnd(quote.substring(0, f.firstFigureStart()));
        String rest = f.figuresInQuote() > 1 && f.figure().start() != f.firstFigureStart()
                ? "" : ReportClauses.withoutBrackets(quote.substring(f.comparatorEnd()));
        if (f.figuresInQuote() > 1 && !rest.isEmpty() && rest.matches("\\s*[和及与、].*") || rest.matches("\\s*[—–\\-～~至到].*")) {
            rest = "";
        }
        String name = vocabulary.without("extract.name.drop", trimLead(before + rest.replaceFirst("^的", ""))).replace(" ", "");
        if (name.contains("分别") && f.figuresInQuote() > 1) {
            name = distributed(name, ordinal(f));
        }
        name = name.replace("分别", "").replaceAll("[\\s，,、：:；;]+$", "").strip();
        return name.isEmpty() ? quote : name;
    }

    /** The subject of “A和B分别增长x和y” for the n-th figure: 城乡 becomes 城镇 then 农村, a list gives its n-th item. */
    private static String distributed(String name, int n) {
        int at = name.indexOf("分别");
        String subject = name.substring(0, at);
        String predicate = name.substring(at + 2);
        if (subject.contains("城乡")) {
            return subject.replace("城乡", n == 0 ? "城镇" : "农村") + predicate;
        }
        String[] items = JOINED.split(subject);
        if (items.length > n && items.length > 1) {
            return items[n] + predicate;
        }
        return subject + predicate;
    }

    private static int ordinal(TargetExtractor.Found f) {
        return Math.max(0, f.ordinal());
    }

    /** The words before a figure without the comparator word that leads to it (达到, 不低于, 控制在). */
    private String stripEnd(String before) {
        String text = before.strip();
        boolean changed = true;
        while (changed) {
            changed = false;
            String longest = "";
            for (String key : List.of("extract.at-least.before", "extract.at-most.before")) {
                for (String word : vocabulary.words(key)) {
                    if (text.endsWith(word) && word.length() > longest.length()) {
                        longest = word;
                    }
                }
            }
            if (!longest.isEmpty()) {
                text = text.substring(0, text.length() - longest.length());
                changed = true;
            }
        }
        return text;
    }

    /** Without the lead words (力争, 全年, 等 …) at either end. */
    private String trimLead(String name) {
        String text = name.strip();
        boolean changed = true;
        while (changed && !text.isEmpty()) {
            changed = false;
            for (String word : vocabulary.words("extract.name.lead")) {
                if (text.startsWith(word) && text.length() > word.length()) {
                    text = text.substring(word.length());
                    changed = true;
                } else if (text.endsWith(word) && text.length() > word.length() && !word.equals("等")) {
                    text = text.substring(0, text.length() - word.length());
                    changed = true;
                }
            }
        }
        return text;
    }

    /**
     * Rates and levels to reach (达到、突破) take the latest figure; counts of new things (新增企业、改造小区) and amounts
     * done (新建公路、完成投资) add up across units' filings.
     */
    private String aggregation(String name, TargetExtractor.Found f) {
        String unit = f.figure().unit();
        String bare = name.replaceFirst("\\([^()]*\\)$", "");
        if (unit.equals("%") || unit.equals("百分点") || unit.equals("‰") || f.level()) {
            return "latest";
        }
        if (vocabulary.words("units.counted").contains(unit)) {
            return "sum";
        }
        if (vocabulary.foundIn("extract.level-words", bare)) {
            return "latest";
        }
        boolean increment = vocabulary.foundIn("target.increment-words", bare) || vocabulary.foundIn("extract.cues", bare)
                || vocabulary.foundIn("extract.done.after", bare);
        return increment ? "sum" : "latest";
    }
}
