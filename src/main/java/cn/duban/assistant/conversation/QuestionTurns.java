package cn.duban.assistant.conversation;

import cn.duban.assistant.knowledge.ReportAnswerer;
import cn.duban.assistant.progress.ProgressService;
import cn.duban.assistant.understanding.Intent;
import cn.duban.assistant.wording.Wording;

/**
 * The turns of questions: help, small talk, targets and their progress, units, tasks, lights, who leads, when, the
 * speaker and the report's text. A question has no effect; its answer is only worded.
 */
final class QuestionTurns {

    private QuestionTurns() {
    }

    /** The answer to a question (any intent without an effect), worded. */
    static String answer(Snapshot now, Intent intent, String user) {
        Wording wording = now.wording();
        ProgressService progress = now.progress();
        ReportAnswerer answerer = now.answerer();
        if (intent instanceof Intent.Help) {
            return wording.help(user);
        }
        if (intent instanceof Intent.SmallTalk talk) {
            return wording.smallTalk(talk.kind());
        }
        if (intent instanceof Intent.AskBehind) {
            return wording.progress(progress.behind(user));
        }
        if (intent instanceof Intent.AskSilent) {
            return wording.progress(progress.silent(user));
        }
        if (intent instanceof Intent.AskUnit unit) {
            return wording.progress(progress.unit(user, unit.unit(), unit.targets()));
        }
        if (intent instanceof Intent.AskTargets targets) {
            return wording.progress(progress.targets(user, targets.targets(), targets.detail()));
        }
        if (intent instanceof Intent.AskSeveral several) {
            return String.join("\n\n", several.parts().stream().map(part -> answer(now, part, user)).toList());
        }
        if (intent instanceof Intent.AskWhen when) {
            return wording.answer(answerer.when(when.question(), when.targets()), progress.targets(user, when.targets(), false));
        }
        if (intent instanceof Intent.AskOwner owner) {
            return wording.answer(answerer.owners(owner.question(), owner.targets()), progress.targets(user, owner.targets(), false));
        }
        if (intent instanceof Intent.AskTask || intent instanceof Intent.AskUnitTasks) {
            return TaskTurns.answer(now, intent);
        }
        if (intent instanceof Intent.AskLights lights) {
            return wording.tasks(now.tasks().lit(user, lights.lights()));
        }
        if (intent instanceof Intent.AskTargetList) {
            return wording.answer(answerer.targetList());
        }
        if (intent instanceof Intent.AskSpeaker) {
            return wording.answer(answerer.speakers());
        }
        return wording.answer(answerer.answer(((Intent.AskReport) intent).question()));
    }
}
