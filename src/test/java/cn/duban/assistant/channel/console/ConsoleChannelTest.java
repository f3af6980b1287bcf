package cn.duban.assistant.channel.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.duban.assistant.config.AssistantClock;
import cn.duban.assistant.config.TestProperties;
import cn.duban.assistant.conversation.TestAssistant;
import cn.duban.assistant.redis.TestRedis;
import cn.duban.assistant.understanding.Intent;

class ConsoleChannelTest {

    private static final LocalDate TODAY = LocalDate.of(2023, 6, 30);
    private final TestAssistant assistant = new TestAssistant(TestRedis.fresh(), TODAY);
    private final ConsoleChannel console = new ConsoleChannel(assistant.core(), assistant.current(),
            new AssistantClock(TestProperties.withToday(TODAY)), TestProperties.withToday(TODAY));

    private String chat(String input, String user) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = console.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, user);
        assertThat(exit).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void eachLineGetsOneReplyBlockEndedByThreeDashes() {
        String output = chat("新增城镇就业目标\n\n津潍高铁\n", "zhangsan");

        String[] blocks = output.split("(?m)^---$\\n?");
        assertThat(blocks).hasSize(3);
        assertThat(blocks[0]).startsWith("争取新增城镇就业2800人以上");
        assertThat(blocks[1]).isEqualTo(assistant.wording().unreadable(Intent.Unreadable.Problem.EMPTY) + "\n");
        assertThat(blocks[2]).contains("津潍高铁");
        assertThat(output).endsWith("---\n");
    }

    @Test
    void asSwitchesTheActingUserAndAnswersWithABlock() {
        String output = chat("新增城镇就业120人\n/as lisi\n新增城镇就业120人\n", "zhangsan");

        String[] blocks = output.split("(?m)^---$\\n?");
        assertThat(blocks[0]).contains("不能上报");
        assertThat(blocks[1]).isEqualTo(assistant.wording().actingAs("lisi", true) + "\n");
        assertThat(blocks[2]).startsWith("已记录").contains("常家镇", "+120人");
    }

    @Test
    void eachLineIsItsOwnMessageSoTheSameReportTwiceIsAskedAboutAndCountsTwiceAfterYes() {
        String output = chat("新增城镇就业120人\n新增城镇就业120人\n是\n", "lisi");

        assertThat(output.split("(?m)^---$\\n?")[1]).contains("与刚才的上报相同");
        assertThat(assistant.ledger().entryCount()).isEqualTo(2);
    }

    @Test
    void messagesAreStampedWithTheAssistantsToday() {
        String output = chat("新增城镇就业120人\n", "lisi");

        assertThat(output).contains("6月30日");
    }

    @Test
    void theUserComesFromTheCommandLineOrIsTheFirstOfficial() {
        assertThat(console.userFrom(new String[] {"console", "--user=wangwu"})).isEqualTo("wangwu");
        assertThat(console.userFrom(new String[] {"console"})).isEqualTo("zhangsan");
    }
}
