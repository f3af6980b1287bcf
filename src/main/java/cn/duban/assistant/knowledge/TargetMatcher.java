package cn.duban.assistant.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the targets a message names (by name or alias, the longest first) and whether a question asks for
 * their figures rather than for something else that shares a word ("电商网络零售额目标" is about the target,
 * "跨境电商产业园" is not).
 */
public final class TargetMatcher {

    private static final List<String> FIGURE_WORDS = List.of("目标", "指标", "任务", "多少", "几", "进度", "完成",
            "情况", "要求", "计划", "数", "最新", "达到", "怎么样", "如何");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** Characters of a question that may remain unexplained and it still asks for the figure. */
    private static final int SPARE_CHARACTERS = 2;

    private final List<Target> targets;
    private final Map<String, List<String>> namesById = new HashMap<>();

    public TargetMatcher(List<Target> targets) {
        this.targets = targets;
        for (Target target : targets) {
            namesById.put(target.id(), target.names().stream().map(Question::normalize)
                    .sorted(Comparator.comparingInt(String::length).reversed()).toList());
        }
    }

    /** The target's name and aliases, normalized, longest first. */
    public List<String> normalizedNames(Target target) {
        return namesById.get(target.id());
    }

    /** The targets a text names, in the order of {@code targets.yml}. */
    public List<Target> named(String text) {
        String normalized = Question.normalize(text);
        List<Target> found = new ArrayList<>();
        for (Target target : targets) {
            if (longestNameIn(target, normalized) != null) {
                found.add(target);
            }
        }
        return found;
    }

    /** The longest of the target's names that the normalized text holds, or null. */
    String longestNameIn(Target target, String normalized) {
        for (String name : namesById.get(target.id())) {
            if (normalized.contains(name)) {
                return name;
            }
        }
        return null;
    }

    /** The targets whose figures the question asks for; empty when it asks about something else. */
    public List<Target> askedFor(Question question) {
        String text = question.normalized();
        List<Target> named = named(text);
        if (named.isEmpty()) {
            return List.of();
        }
        boolean asksFigure = FIGURE_WORDS.stream().anyMatch(text::contains);
        String rest = text;
        Set<Integer> explained = new HashSet<>();
        for (Target target : named) {
            rest = rest.replace(longestNameIn(target, text), " ");
            String words = Question.normalize(String.join("", target.names()) + target.quote() + target.unit());
            words.codePoints().forEach(explained::add);
        }
        Question remainder = Question.of(rest);
        int unexplained = 0;
        for (String segment : remainder.segments()) {
            for (int cp : segment.codePoints().toArray()) {
                if (HAN.matcher(Character.toString(cp)).matches() && !explained.contains(cp)
                        && FIGURE_WORDS.stream().noneMatch(w -> w.indexOf(cp) >= 0)) {
                    unexplained++;
                }
            }
        }
        boolean onlyTheName = !remainder.hasContent();
        return unexplained <= SPARE_CHARACTERS && (asksFigure || onlyTheName || unexplained == 0) ? named : List.of();
    }

    /** Whether a question asks which targets there are (主要目标有哪些, 量化指标). */
    public boolean asksForAll(Question question) {
        String text = question.normalized();
        if (!text.contains("目标") && !text.contains("指标") && !text.contains("任务")) {
            return false;
        }
        String rest = text;
        for (String word : List.of("目标", "指标", "任务", "量化", "数字", "经济", "发展", "各项", "所有", "全部", "重点", "列出", "列一下", "哪几个", "哪几项", "几项", "几个", "预期", "列表")) {
            rest = rest.replace(word, " ");
        }
        return !Question.of(rest).hasContent();
    }
}
