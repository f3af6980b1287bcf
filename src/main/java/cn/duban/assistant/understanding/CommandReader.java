package cn.duban.assistant.understanding;

import java.util.List;
import java.util.regex.Pattern;

import cn.duban.assistant.knowledge.TargetMatcher;
import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * Reads the short commands of a conversation — 撤回 and 更正 in their natural forms, small talk, the overview — and
 * strips a message down to its bare words (no spaces, closing marks or politeness at either end) for comparing it
 * with the vocabulary's whole-message words.
 */
final class CommandReader {

    private static final String CLOSING_MARKS = ".!?~,\u3002\u2026\u3001\u301C";
    /** Small talk is short: longer messages are not compared with its words. */
    private static final int SMALL_TALK_LENGTH = 16;
    private static final Pattern PARTS = Pattern.compile("[\\s.!?~,;\u3002\u2026\u3001]+");

    private final Vocabulary vocabulary;
    private final NumeralReader numerals;
    private final TargetMatcher targets;
    private final UnitNames unitNames;

    CommandReader(Vocabulary vocabulary, NumeralReader numerals, TargetMatcher targets, UnitNames unitNames) {
        this.vocabulary = vocabulary;
        this.numerals = numerals;
        this.targets = targets;
        this.unitNames = unitNames;
    }

    /** 撤回, 更正, small talk and the overview. */
    Intent read(String text, String bare, List<Figure> figures) {
        if (vocabulary.foundIn("withdraw", bare) && numerals.read(vocabulary.without("withdraw.filler", bare)).isEmpty()
                && bareOf(vocabulary.without("politeness", vocabulary.without("withdraw.filler",
                vocabulary.without("withdraw", bare)))).isEmpty()) {
            return new Intent.Withdraw();
        }
        boolean asking = asks(vocabulary, text);
        boolean explicit = vocabulary.foundIn("correct.explicit", text);
        if (!asking && (explicit || vocabulary.foundIn("correct.soft", text) && !figures.isEmpty())) {
            return new Intent.Correct(correctedFigure(text, figures), targets.named(text).stream().findFirst().orElse(null),
                    explicit, figures.size());
        }
        Intent.SmallTalk.Kind talk = smallTalk(bare);
        if (talk != null) {
            return new Intent.SmallTalk(talk);
        }
        if (asksOverview(text)) {
            return new Intent.AskOverview();
        }
        return null;
    }

    /** The figure after the last correction word (由100改为85: the 85), else the last one. */
    private Figure correctedFigure(String text, List<Figure> figures) {
        int at = -1;
        var words = vocabulary.pattern("correct.explicit").matcher(text);
        while (words.find()) {
            at = Math.max(at, words.end());
        }
        var soft = vocabulary.pattern("correct.soft").matcher(text);
        while (soft.find()) {
            at = Math.max(at, soft.end());
        }
        for (Figure figure : figures) {
            if (figure.start() >= at) {
                return figure;
            }
        }
        return figures.isEmpty() ? null : figures.get(figures.size() - 1);
    }

    /** 你好, 谢谢, 好的的, 再见 — or several of them (好的，辛苦了): the weightiest kind. */
    private Intent.SmallTalk.Kind smallTalk(String bare) {
        if (bare.length() > SMALL_TALK_LENGTH || !(vocabulary.foundIn("greeting", bare) || vocabulary.foundIn("thanks", bare)
                || vocabulary.foundIn("acknowledge", bare) || vocabulary.foundIn("goodbye", bare))) {
            return null;
        }
        Intent.SmallTalk.Kind kind = null;
        for (String part : PARTS.split(bare)) {
            Intent.SmallTalk.Kind partKind = smallTalkWord(bare(part));
            if (partKind == null) {
                return null;
            }
            kind = kind == null || partKind.ordinal() < kind.ordinal() ? partKind : kind;
        }
        return kind;
    }

    private Intent.SmallTalk.Kind smallTalkWord(String bare) {
        if (bare.isEmpty()) {
            return null;
        }
        if (vocabulary.set("greeting").contains(bare)) {
            return Intent.SmallTalk.Kind.GREETING;
        }
        if (vocabulary.set("thanks").contains(bare)) {
            return Intent.SmallTalk.Kind.THANKS;
        }
        if (vocabulary.set("acknowledge").contains(bare)) {
            return Intent.SmallTalk.Kind.ACKNOWLEDGE;
        }
        return vocabulary.set("goodbye").contains(bare) ? Intent.SmallTalk.Kind.GOODBYE : null;
    }

    private boolean asksOverview(String text) {
        if (!vocabulary.foundIn("overview", text) && !vocabulary.foundIn("overview.topic", text)
                || !targets.named(text).isEmpty() || unitNames.rosterUnitIn(text).isPresent()
                || vocabulary.foundIn("behind", text) || vocabulary.foundIn("silent.pattern", text)) {
            return false;
        }
        String rest = bare(vocabulary.without("overview.filler", text));
        return vocabulary.set("overview").contains(rest)
                || vocabulary.foundIn("overview.scope", text) && vocabulary.foundIn("overview.topic", text);
    }

    /** Whether a message asks something (吗, 多少, 几个, 进度 …) rather than states it. */
    static boolean asks(Vocabulary vocabulary, String text) {
        return vocabulary.foundIn("asking", text) || vocabulary.foundIn("asking.pattern", text);
    }

    /** The message without spaces, closing marks, and politeness at either end (请撤回吧。 → 撤回). */
    String bare(String text) {
        String bare = bareOf(text);
        boolean trimmed = true;
        while (trimmed && !bare.isEmpty()) {
            trimmed = false;
            for (String word : vocabulary.words("politeness")) {
                if (bare.length() > word.length() && bare.startsWith(word)) {
                    bare = bareOf(bare.substring(word.length()));
                    trimmed = true;
                } else if (bare.length() > word.length() && bare.endsWith(word)
                        && !vocabulary.set("thanks").contains(bare) && !vocabulary.set("acknowledge").contains(bare)) {
                    bare = bareOf(bare.substring(0, bare.length() - word.length()));
                    trimmed = true;
                }
            }
        }
        return bare;
    }

    private static String bareOf(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                kept.append(text.charAt(i));
            }
        }
        int end = kept.length();
        while (end > 0 && CLOSING_MARKS.indexOf(kept.charAt(end - 1)) >= 0) {
            end--;
        }
        return kept.substring(0, end);
    }
}
