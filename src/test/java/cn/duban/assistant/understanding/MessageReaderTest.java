package cn.duban.assistant.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.duban.assistant.knowledge.BundledKnowledge;
import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.roster.RosterLoader;
import cn.duban.assistant.vocabulary.Vocabulary;

/** The one reader on its own: which intent a message has, for a reporter (李四 of 常家镇) and for an official. */
class MessageReaderTest {

    private static final Roster ROSTER = RosterLoader.load(Path.of("src/test/resources/understanding/roster.yml"),
            BundledKnowledge.knowledge());
    private final MessageReader reader = new MessageReader(BundledKnowledge.knowledge(), ROSTER, Vocabulary.bundled(), 500);

    private Intent asReporter(String text, Sender.Pending pending) {
        return reader.read(text, new Sender("lisi", ROSTER.reporter("lisi"), () -> pending));
    }

    private Intent asOfficial(String text) {
        return reader.read(text, new Sender("zhangsan", Optional.empty(), () -> Sender.Pending.NONE));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "新增城镇就业120人           | FileReport", "累计新增城镇就业350人 | FileReport", "上报 3家 | FileReport",
            "撤回。                       | Withdraw", "请撤回 | Withdraw", "撤回刚刚那个 | Withdraw", "上一条不算 | Withdraw",
            "刚才那条作废                 | Withdraw", "改成85人 | Correct", "应为40人 | Correct", "不对，应该是65 | Correct",
            "刚才报错了，应该是95         | Correct", "更正 95人 | Correct", "是 | Confirm", "否 | Cancel", "取消 | Cancel",
            "你好                         | SmallTalk", "好的 | SmallTalk", "辛苦了 | SmallTalk", "谢谢！ | SmallTalk",
            "帮助                         | Help", "怎么用？ | Help", "? | Help",
            "进度                         | AskOverview", "整体进度如何 | AskOverview", "汇总 | AskOverview",
            "哪些指标欠进度               | AskBehind", "谁还没报 | AskSilent", "我们镇报了多少 | AskUnit",
            "常家镇就业多少人了           | AskUnit", "就业进度 | AskTargets", "新增城镇就业目标是多少 | AskTargets",
            "今年的主要目标有哪些         | AskTargetList", "县长是谁 | AskSpeaker", "乡村振兴有什么举措 | AskReport",
            "农村就业多少人               | AskReport", "去年新增城镇就业多少 | AskReport", "新增城镇就业2800人以上吗 | AskTargets",
            "。。。                       | Unreadable", "重新加载 | Reload",
    })
    void readsWhatAReporterMeans(String text, String intent) {
        assertThat(asReporter(text, Sender.Pending.NONE).getClass().getSimpleName()).as(text).isEqualTo(intent);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "新增城镇就业120人 | FileReport", "4+4 | AskReport", "[1 TO 2] | AskReport", "是 | Confirm",
            "好的 | SmallTalk", "给我看下总体情况 | AskOverview", "常家镇报了什么 | AskUnit", "讲话的是哪位领导 | AskSpeaker",
            "重新加载 | Reload", "请重新加载。 | Reload", "重新加载知识库 | Reload", "刷新知识库吧 | Reload",
    })
    void readsWhatAnOfficialMeans(String text, String intent) {
        assertThat(asOfficial(text).getClass().getSimpleName()).as(text).isEqualTo(intent);
    }

    @Test
    void aNumberOrANameAnswersWhichTargetOnlyWhenTheAssistantAsked() {
        List<Target> choices = BundledKnowledge.knowledge().targets().subList(2, 4);
        Sender.Pending which = new Sender.Pending(false, choices);

        assertThat(asReporter("2", which)).isEqualTo(new Intent.Choose(2, choices.get(1)));
        assertThat(asReporter("高企", which)).isEqualTo(new Intent.Choose(0, choices.get(0)));
        assertThat(asReporter("2", Sender.Pending.NONE)).as("nothing waits: told so, not asked which target")
                .isEqualTo(new Intent.Choose(0, null));
        assertThat(asReporter("2人", Sender.Pending.NONE)).isInstanceOf(Intent.FileReport.class);
        assertThat(asReporter("好的", new Sender.Pending(true, List.of()))).isInstanceOf(Intent.Confirm.class);
    }

    @Test
    void anyAnswerToAQuestionMadeVoidByAReloadIsReadAsAnAnswer() {
        assertThat(asReporter("2", Sender.Pending.VOID)).isEqualTo(new Intent.Choose(2, null));
        assertThat(asReporter("高企", Sender.Pending.VOID)).isEqualTo(new Intent.Choose(0, null));
        assertThat(asReporter("是", Sender.Pending.VOID)).isInstanceOf(Intent.Confirm.class);
        assertThat(asReporter("否", Sender.Pending.VOID)).isInstanceOf(Intent.Cancel.class);
    }

    @Test
    void aReportKeepsItsFiguresTargetsAndKinds() {
        Intent intent = asReporter("本周新增城镇就业30人，累计350人；引进过亿元项目1个，计划投资8亿元", Sender.Pending.NONE);

        ReportDraft draft = ((Intent.FileReport) intent).draft();
        assertThat(draft.problem()).isEqualTo(ReportDraft.Problem.NONE);
        assertThat(draft.items()).extracting(item -> item.candidates().get(0).id())
                .containsExactly("new-urban-jobs", "billion-yuan-projects");
        assertThat(draft.items().get(0).runningTotal()).isTrue();
        assertThat(draft.items().get(0).figure().amount()).isEqualByComparingTo("350");
        assertThat(draft.items().get(0).increment().amount()).isEqualByComparingTo("30");
        assertThat(draft.items().get(1).runningTotal()).isFalse();
        assertThat(draft.items().get(1).figure().amount()).isEqualByComparingTo("1");
    }

    @Test
    void anyMessageGetsAnIntent() {
        String alphabet = "新增城镇就业过亿元项目技改投资电商零售额常家镇尚堂撤回更正改成应为是否取消累计今年以来约多余"
                + "0123456789一二三四五六七八九十百千万亿，。？！、 %人个家元-";
        java.util.Random random = new java.util.Random(9);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(20); n >= 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(asReporter(text.toString(), Sender.Pending.NONE)).as(text.toString()).isNotNull();
            assertThat(asOfficial(text.toString())).as(text.toString()).isNotNull();
        }
    }

    @Test
    void anotherUnitNamedIsKeptForTheCheck() {
        ReportDraft draft = ((Intent.FileReport) asReporter("尚堂镇新增城镇就业30人", Sender.Pending.NONE)).draft();

        assertThat(draft.namedUnit()).isEqualTo("尚堂镇");
    }
}
