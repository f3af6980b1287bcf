package cn.duban.assistant.understanding;

import java.util.List;

import cn.duban.assistant.knowledge.Question;
import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.knowledge.Task;

/** What a message means, as the {@link MessageReader} decides it; one feature acts on each kind. */
public sealed interface Intent {

    /** Nothing to act on: an empty message, one over the length limit, or punctuation and emoji alone. */
    record Unreadable(Problem problem) implements Intent {
        /** Why the message cannot be read. */
        public enum Problem { EMPTY, TOO_LONG, NO_CONTENT }
    }

    /** 帮助, 怎么用, ?. */
    record Help() implements Intent {
    }

    /** 你好, 谢谢, 好的, 再见: a short polite reply, never a search. */
    record SmallTalk(Kind kind) implements Intent {
        /** The kind of small talk. */
        public enum Kind { GREETING, THANKS, ACKNOWLEDGE, GOODBYE }
    }

    /** 重新加载: load {@code knowledge/} and the roster again (officials only). */
    record Reload() implements Intent {
    }

    /** 导出台账: the link to the workbench's Excel export of the 督查台账 (officials only). */
    record ExportLedger() implements Intent {
    }

    /** 是, 确认: yes to the question the assistant asked. */
    record Confirm() implements Intent {
    }

    /** 否, 取消: no to the question the assistant asked. */
    record Cancel() implements Intent {
    }

    /** The answer to "which target?": the number of a choice (1-based), or the target named. */
    record Choose(int number, Target target) implements Intent {
    }

    /**
     * 撤回 and its natural forms (请撤回, 上一条不算, 撤回新增就业50人): withdraw the sender's last report.
     *
     * @param figure the figure the message names (it must be the last report's), or null
     * @param target the target the message names (it must be the last report's), or null
     * @param soft   said in passing (发错了): ask 要撤回上一条上报吗 first
     */
    record Withdraw(Figure figure, Target target, boolean soft) implements Intent {
    }

    /**
     * A correction of the sender's last report (更正 95人, 改成85人, 应为40人, 不对，应该是65).
     *
     * @param figure   the corrected figure; null when the message holds none
     * @param target   the target the message names, or null
     * @param explicit said with 更正/改成/改为 (act at once); otherwise ask 是更正上一条吗 first
     * @param figures  how many figures the message holds
     * @param runningTotal the corrected figure is a running total (更正为累计400人: true), an increment (更正 本周新增30人:
     *                 false), or as the report was (null)
     */
    record Correct(Figure figure, Target target, boolean explicit, int figures, Boolean runningTotal) implements Intent {
    }

    /** One or more figures reported (新增城镇就业120人, 新增就业30人，引进过亿元项目1个). */
    record FileReport(ReportDraft draft) implements Intent {
    }

    /** 汇总, 日报, 整体进度如何: the overview of every target. */
    record AskOverview() implements Intent {
    }

    /** 哪些指标欠进度. */
    record AskBehind() implements Intent {
    }

    /** 谁还没报. */
    record AskSilent() implements Intent {
    }

    /**
     * A unit's figures: 常家镇报了什么, 常家镇就业多少人了, a reporter's 我们镇报了多少.
     *
     * @param unit    the unit named, or the sender's own
     * @param targets the targets asked about; empty means all
     */
    record AskUnit(String unit, List<Target> targets) implements Intent {
    }

    /**
     * A target's figure (and, for people in the roster, its progress).
     *
     * @param targets the targets named
     * @param detail  asks how it is going (进度, 完成, 怎么样): officials also get each unit's figure
     */
    record AskTargets(List<Target> targets, boolean detail) implements Intent {
    }

    /** 今年的主要目标有哪些. */
    /**
     * 技改投资哪个单位牵头, 津潍高铁谁负责: who leads. {@code targets} are the targets named; when none is,
     * {@code question} is the rest without the words asking who leads (津潍高铁), to find in the report.
     */
    record AskOwner(Question question, List<Target> targets) implements Intent {
    }

    /**
     * 津潍高铁什么时候建成: when something is due. {@code question} is the rest without the words of time and of
     * finishing (津潍高铁); {@code targets} the targets it names.
     */
    record AskWhen(Question question, List<Target> targets) implements Intent {
    }

    /** A message asking several things (津潍高铁和养老服务分别怎么安排, 医保基金；防止返贫): each part's question. */
    record AskSeveral(List<Intent> parts) implements Intent {
    }

    record AskTargetList() implements Intent {
    }

    /** 这篇讲话是谁讲的, 县长是谁. */
    record AskSpeaker() implements Intent {
    }

    /** Anything else: what the report says (a section, a sentence), or 未找到. */
    record AskReport(Question question) implements Intent {
    }

    /**
     * A question about tasks (津潍高铁进展, 中庆新能源产业园): one task gets its card; several about equally near are
     * offered as numbered choices.
     */
    record AskTask(List<Task> tasks) implements Intent {
    }

    /** 县交通运输局的任务, 交通局负责哪些任务: the tasks a unit leads or shares. */
    record AskUnitTasks(String unit) implements Intent {
    }

    /**
     * A progress note on a task (津潍高铁：庆云段桥梁桩基完成八成): {@code tasks} are the tasks it may be about (one, or
     * several to choose from).
     */
    record WriteNote(List<Task> tasks, NoteDraft draft) implements Intent {
    }

    /**
     * A note naming no task but a name ({@code written}) close to some of the writer's tasks (津维高铁：完成征地):
     * asked which of {@code tasks}, never recorded on a guess.
     */
    record NoteNearTask(String written, List<Task> tasks, NoteDraft draft) implements Intent {
    }

    /**
     * A message with several parts (津潍高铁：完成征地；新增城镇就业20人, 棚改：完成500户；人居环境：完成村庄清洁120个):
     * a note for each part naming a task, in order, and {@code report} the figures of the parts naming a target (null
     * when none).
     */
    record WriteNotes(List<WriteNote> notes, FileReport report) implements Intent {
    }

    /** 核实 津潍高铁, 销号 津潍高铁: an official closes a task reported finished. */
    record VerifyTask(List<Task> tasks) implements Intent {
    }

    /** The answer to "which task?": the number of a choice (1-based), or the task named; task null when neither fits. */
    record ChooseTask(int number, Task task) implements Intent {
    }

    // ———— 督办单 and 通报 (issue 13) ————

    /**
     * 督办 津潍高铁, 对津潍高铁下督办单: an official drafts a 督办单 on the task named (none: ask which). {@code asked}
     * is the words of 督办 养老服务高地 when they name no task (empty otherwise), with the tasks nearest them.
     */
    record DraftOrder(List<Task> tasks, String asked, List<Task> near) implements Intent {

        /** A draft on the tasks named (none: ask which). */
        public DraftOrder(List<Task> tasks) {
            this(tasks, "", List.of());
        }
    }

    /** 督办单, 督办单情况: the 督办单 sent and their 反馈. */
    record ListOrders() implements Intent {
    }

    /** 通报, 起草通报, 本月通报: the month's summary for the 督查室, as a draft. */
    record DraftBulletin() implements Intent {
    }

    /**
     * 红灯任务, 黄灯有哪些, 亮灯的任务, 哪些任务超期了, 预警: the lit tasks and targets of the colours asked
     * ({@code lights} empty: all three).
     */
    record AskLights(List<cn.duban.assistant.lights.Light> lights) implements Intent {
    }
}
