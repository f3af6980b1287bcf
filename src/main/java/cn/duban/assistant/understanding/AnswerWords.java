package cn.duban.assistant.understanding;

import cn.duban.assistant.knowledge.TargetMatcher;
import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * How a message's bare words could answer one of the assistant's questions: 是, 否, a choice by number or target
 * name, a task's name alone ({@code noFigures}: the message has no figure, which a name-choice must not have).
 */
record AnswerWords(boolean yes, boolean no, boolean choice, boolean taskChoice) {

    static AnswerWords of(Vocabulary words, TargetMatcher targets, TaskReading tasks, String bare, String first,
                          boolean noFigures) {
        return new AnswerWords(words.set("confirm").contains(bare) || words.set("confirm").contains(first),
                words.set("cancel").contains(bare) || words.set("cancel").contains(first),
                words.pattern("choice.pattern").matcher(bare).matches()
                        || bare.length() <= 12 && noFigures && !targets.named(bare).isEmpty(),
                bare.length() <= 16 && noFigures && tasks.onlyTaskName(bare));
    }

    boolean any() {
        return yes || no || choice || taskChoice;
    }

    /** The words read from a message's bare text. */
    record Read(String bare, String first, boolean noFigures, AnswerWords words) {
    }
}
