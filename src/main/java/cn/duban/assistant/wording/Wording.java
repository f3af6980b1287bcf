package cn.duban.assistant.wording;

import java.time.ZoneId;

import cn.duban.assistant.digest.Digest;
import cn.duban.assistant.digest.DigestWriter;
import cn.duban.assistant.knowledge.Answer;
import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.ReloadOutcome;
import cn.duban.assistant.progress.ProgressOutcome;
import cn.duban.assistant.reporting.ReportingOutcome;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.tasks.TaskOutcome;
import cn.duban.assistant.understanding.Intent;

/**
 * The wording layer: the only place that turns outcomes into Chinese text, and the only user of {@link Replies}.
 * Features hand it records (an {@link Answer}, a {@link ProgressOutcome}, a {@link ReportingOutcome}, a
 * {@link Digest}, a {@link ReloadOutcome}); channels ask it for their own notices.
 */
public final class Wording {

    private final Replies replies;
    private final AnswerWording answers;
    private final ProgressWording progress;
    private final ReportingWording reporting;
    private final DigestWording digests;
    private final ConversationWording conversation;
    private final Roster roster;
    private final TaskWording tasks;
    private final Knowledge knowledge;
    private final SupervisionWording supervision;

    public Wording(Replies replies, Knowledge knowledge, Roster roster, ZoneId zone, int maxMessageLength) {
        Examples examples = new Examples(knowledge);
        this.knowledge = knowledge;
        this.replies = replies;
        this.roster = roster;
        this.answers = new AnswerWording(replies, knowledge, examples);
        this.progress = new ProgressWording(replies, roster, zone, answers);
        this.reporting = new ReportingWording(replies, progress, zone, examples);
        this.digests = new DigestWording(replies, progress, examples);
        this.tasks = new TaskWording(replies, roster, zone);
        this.supervision = new SupervisionWording(replies, zone, new BulletinWording(replies, progress, zone));
        this.conversation = new ConversationWording(replies, knowledge, roster, examples, maxMessageLength);
    }

    public String answer(Answer answer) {
        return answers.render(answer);
    }

    /**
     * An answer about named targets (who leads, when due) with each target's progress line from {@code progress}
     * (a {@link ProgressOutcome.Targets}), as a target question gives it; any other outcome adds nothing.
     */
    public String answer(Answer answer, ProgressOutcome targets) {
        if (targets instanceof ProgressOutcome.Targets standings) {
            return answers.render(answer, target -> progress.statement(standings, target));
        }
        return answers.render(answer);
    }

    public String progress(ProgressOutcome outcome) {
        return progress.render(outcome);
    }

    public String reporting(ReportingOutcome outcome) {
        return reporting.render(outcome);
    }

    /** A task's card, a unit's tasks, a note recorded, 核实, 撤回 or 更正 of a note. */
    public String tasks(TaskOutcome outcome) {
        if (outcome instanceof TaskOutcome.AskWithdraw ask && !ask.figures().isEmpty()) {
            return tasks.askWithdraw(ask, reporting.entries(ask.figures().stream()
                    .flatMap(entry -> knowledge.target(entry.targetId()).stream()
                            .map(target -> new ReportingOutcome.Change(entry, target, null, null))).toList()));
        }
        return tasks.render(outcome);
    }

    /** A 督办单 draft, what 是/否 did to it, the list of 督办单, a note's 反馈 line, a 通报 draft. */
    public String supervision(cn.duban.assistant.supervision.SupervisionOutcome outcome) {
        return supervision.render(outcome);
    }

    /** The words of a 督办单 as sent to its recipients. */
    public cn.duban.assistant.supervision.SupervisionWriter supervisionWriter() {
        return supervision;
    }

    public String digest(Digest digest) {
        return digests.digest(digest);
    }

    /** The digest's words for scheduled delivery, 催报 and the chart. */
    public DigestWriter digestWriter() {
        return digests;
    }

    public String help(String userId) {
        return conversation.help(userId);
    }

    public String smallTalk(Intent.SmallTalk.Kind kind) {
        return conversation.smallTalk(kind);
    }

    public String unreadable(Intent.Unreadable.Problem problem) {
        return conversation.unreadable(problem);
    }

    /** What 重新加载 came to: what is loaded now, or the broken file's place and that the old knowledge stays. */
    /** 导出台账: the download link, or the refusal. */
    public String export(cn.duban.assistant.workbench.ExportLinks.Outcome outcome) {
        return outcome instanceof cn.duban.assistant.workbench.ExportLinks.Outcome.Link link
                ? replies.text("export.link", link.export(), link.workbench()) : replies.text("export.officials-only");
    }

    public String reload(ReloadOutcome outcome) {
        return conversation.reload(outcome);
    }

    /** To a message that is not text (an image, a voice message): the assistant reads text. */
    public String notText() {
        return replies.text("wecom.not-text");
    }

    /** To a voice message WeChat Work sent without recognised text (语音识别 off, or nothing recognised). */
    public String voiceNotRecognised() {
        return replies.text("wecom.voice-not-recognised");
    }

    /**
     * An answer in a group chat of the 智能机器人: it names the member it answers, since others read it too.
     *
     * @param userId the member's UserID (their roster name when the roster has one)
     */
    public String inGroup(String userId, String answer) {
        return replies.text("wecombot.group-reply", roster.nameOf(userId), answer);
    }

    /** When answering failed unexpectedly. */
    public String failed() {
        return replies.text("wecom.failed");
    }

    /** The console's answer to {@code /as ID}; {@code known}: the roster has that user. */
    public String actingAs(String userId, boolean known) {
        return replies.text(known ? "console.acting-as" : "console.acting-as.unknown", userId);
    }

    /** The console's line naming the file a chart was saved to. */
    public String chartSaved(String path) {
        return replies.text("console.chart", path);
    }
}
