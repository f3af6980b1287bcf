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
    /** The vocabulary of each kind of small talk, in the order of {@link Intent.SmallTalk.Kind}. */
    private static final String[] KEYS = {"greeting", "thanks", "acknowledge", "goodbye"};
    /** The keys whose words make a whole message (是, 好的, 帮助): a message that is one is not trimmed further. */
    private static final String[] WHOLE_MESSAGE_KEYS = {"help", "reload", "export", "confirm", "cancel", "greeting", "thanks", "acknowledge", "goodbye"};

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
        boolean asking = asks(vocabulary, text);
        Intent withdraw = asking ? null : withdrawal(bare);
        if (withdraw != null) {
            return withdraw;
        }
        boolean explicit = vocabulary.foundIn("correct.explicit", text);
        if (!asking && (explicit || vocabulary.foundIn("correct.soft", text) && !figures.isEmpty())) {
            Boolean runningTotal = vocabulary.foundIn("running-total", text) || vocabulary.foundIn("running-total.pattern", text)
                    ? Boolean.TRUE : vocabulary.foundIn("period-increment.pattern", text) ? Boolean.FALSE : null;
            return new Intent.Correct(correctedFigure(text, figures), targets.named(text).stream().findFirst().orElse(null),
                    explicit, figures.size(), runningTotal);
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

    /**
     * 撤回 in its forms: the withdraw word with nothing else but filler (请撤回, 撤回刚刚那个, 上一条不算), or with the
     * report it means (撤回新增就业50人, 新增就业70人作废); 发错了 without a figure asks first. Null when the message says
     * more than that (then it is read as something else).
     */
    private Intent withdrawal(String bare) {
        boolean hard = vocabulary.foundIn("withdraw", bare);
        boolean soft = !hard && vocabulary.foundIn("withdraw.soft", bare);
        if (!hard && !soft) {
            return null;
        }
        String withoutFiller = vocabulary.without("withdraw.filler", vocabulary.without("withdraw.soft", vocabulary.without("withdraw", bare)));
        List<Figure> figures = numerals.read(withoutFiller);
        List<TargetMatcher.Occurrence> names = targets.occurrences(withoutFiller);
        StringBuilder rest = new StringBuilder(withoutFiller);
        names.forEach(name -> rest.replace(name.start(), name.end(), " ".repeat(name.end() - name.start())));
        String remaining = rest.toString();
        for (Figure figure : figures) {
            remaining = remaining.replace(figure.text(), " ");
        }
        if (!bareOf(vocabulary.without("politeness", remaining)).isEmpty() || figures.size() > 1 || soft && !figures.isEmpty()) {
            return null;
        }
        return new Intent.Withdraw(figures.isEmpty() ? null : figures.get(0),
                names.isEmpty() ? null : names.get(0).target(), soft);
    }

    /** The figure after the last correction word (由100改为85: the 85), else the last one. */
    private Figure correctedFigure(String text, List<Figure> figures) {
        int at = -1;
        for (String key : List.of("correct.explicit", "correct.soft")) {
            for (int[] span : vocabulary.spans(key, text)) {
                at = Math.max(at, span[1]);
            }
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

    /** A part made of small-talk words only (嗯嗯好的, 收到马上报): the weightiest kind among them; else null. */
    private Intent.SmallTalk.Kind smallTalkWord(String bare) {
        if (bare.isEmpty()) {
            return null;
        }
        Intent.SmallTalk.Kind kind = null;
        String rest = bare;
        for (Intent.SmallTalk.Kind candidate : Intent.SmallTalk.Kind.values()) {
            String key = KEYS[candidate.ordinal()];
            if (vocabulary.foundIn(key, rest)) {
                kind = kind == null ? candidate : kind;
                rest = vocabulary.without(key, rest);
            }
        }
        return kind != null && bareOf(vocabulary.without("politeness", rest)).isEmpty() ? kind : null;
    }

    /** The first part of a message (是，更正 → 是), for reading an answer to the assistant's question. */
    String firstPart(String bare) {
        String[] parts = PARTS.split(bare);
        return parts.length == 0 ? bare : parts[0];
    }

    private boolean asksOverview(String text) {
        if (!vocabulary.foundIn("overview", text) && !vocabulary.foundIn("overview.topic", text)
                || !targets.named(text).isEmpty() || unitNames.rosterUnitIn(text).isPresent()
                || vocabulary.foundIn("behind", text) || vocabulary.foundIn("silent.pattern", text)
                || vocabulary.foundIn("question.when", text) || vocabulary.foundIn("question.owner", text)) {
            return false;
        }
        String rest = bare(vocabulary.without("overview.filler", text));
        return vocabulary.set("overview").contains(rest)
                || vocabulary.foundIn("overview.scope", text) && vocabulary.foundIn("overview.topic", text);
    }

    /** A message that is one of the vocabulary's whole-message words already (哈哈, 辛苦了, 好的呀 is not). */
    private boolean wholeWord(String bare) {
        for (String key : WHOLE_MESSAGE_KEYS) {
            if (vocabulary.set(key).contains(bare)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a message asks something (吗, 多少, 几个, 进度 …) rather than states it. */
    static boolean asks(Vocabulary vocabulary, String text) {
        return vocabulary.foundIn("asking", text) || vocabulary.foundIn("asking.pattern", text);
    }

    /** The message without spaces, closing marks, and politeness at either end (请撤回吧。 → 撤回). */
    String bare(String text) {
        String bare = bareOf(text);
        boolean trimmed = true;
        while (trimmed && !bare.isEmpty() && !wholeWord(bare)) {
            trimmed = false;
            for (String word : vocabulary.words("politeness")) {
                if (bare.length() > word.length() && bare.startsWith(word)) {
                    bare = bareOf(bare.substring(word.length()));
                    trimmed = true;
                    break;
                }
                if (bare.length() > word.length() && bare.endsWith(word)) {
                    bare = bareOf(bare.substring(0, bare.length() - word.length()));
                    trimmed = true;
                    break;
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
