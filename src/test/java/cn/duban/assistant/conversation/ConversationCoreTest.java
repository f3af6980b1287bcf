package cn.duban.assistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.duban.assistant.redis.TestRedis;
import cn.duban.assistant.understanding.Intent;

class ConversationCoreTest {

    private final TestAssistant assistant = new TestAssistant(TestRedis.fresh(), null);
    private final ConversationCore core = assistant.core();

    private String ask(String text) {
        return core.handle(new InboundMessage("m1", "zhangsan", text, Instant.now())).text();
    }

    @Test
    void aQuestionIsAnsweredFromTheReport() {
        assertThat(ask("新增城镇就业目标")).startsWith("争取新增城镇就业2800人以上").contains("出处");
    }

    @ParameterizedTest
    @ValueSource(strings = {"帮助", "?", "\uFF1F", "帮助。", " help "})
    void helpExplainsWhatTheAssistantDoes(String text) {
        assertThat(ask(text)).isEqualTo(assistant.wording().help("zhangsan")).contains("不会编造", "进度", "撤回", "更正", "谁还没报");
    }

    @org.junit.jupiter.api.Test
    void helpTellsEachOneWhatTheyCanDoWithTasks() {
        assertThat(assistant.say("zhangsan", "帮助")).contains("红灯任务", "督办 ", "通报", "核实 ");
        assertThat(assistant.say("lisi", "帮助")).contains("报重点任务进展", "完成八成", "照片").doesNotContain("督办 ");
        assertThat(assistant.say("visitor", "帮助")).contains("进展”").doesNotContain("督办 ", "督办单", "佐证");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void anEmptyMessageAsksForAQuestion(String text) {
        assertThat(ask(text)).isEqualTo(assistant.wording().unreadable(Intent.Unreadable.Problem.EMPTY)).contains("发一个问题");
    }

    @ParameterizedTest
    @ValueSource(strings = {"。。。", "!!!???", "\uD83D\uDE00\uD83D\uDE00", "*", "\\", "\"\"", "……"})
    void punctuationOrEmojiAloneIsNotUnderstood(String text) {
        assertThat(ask(text)).isEqualTo(assistant.wording().unreadable(Intent.Unreadable.Problem.NO_CONTENT)).contains("没看懂");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xyz", "AND", "OR NOT", "a:b", "[1 TO 2]", "GDP?"})
    void asciiAndQuerySyntaxGetNotFoundRatherThanAnError(String text) {
        assertThat(ask(text)).startsWith("未找到");
    }

    @Test
    void queryOperatorsAreSearchedAsText() {
        assertThat(ask("4+4")).contains("“4+4”现代产业体系");
    }

    @Test
    void aMessageOverTheLimitIsRefusedPolitely() {
        assertThat(ask("新".repeat(10_000))).isEqualTo(assistant.wording().unreadable(Intent.Unreadable.Problem.TOO_LONG)).contains("500");
        assertThat(ask("就业".repeat(250))).doesNotContain("太长");
    }

    @Test
    void theLimitCountsCharactersNotUtf16Units() {
        assertThat(ask("\uD840\uDC00".repeat(400))).doesNotContain("太长");
    }
}
