package cn.duban.assistant.channel.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.duban.assistant.config.TestProperties;
import cn.duban.assistant.conversation.ConversationCore;
import cn.duban.assistant.conversation.InboundMessage;
import cn.duban.assistant.conversation.Reply;
import cn.duban.assistant.knowledge.BundledKnowledge;
import cn.duban.assistant.wording.Replies;

class ConsoleChannelTest {

    private final List<InboundMessage> seen = new ArrayList<>();
    private final ConversationCore core = new ConversationCore(BundledKnowledge.answerer(), BundledKnowledge.composer(),
            Replies.bundled(), TestProperties.defaults()) {
        @Override
        public Reply handle(InboundMessage message) {
            seen.add(message);
            return super.handle(message);
        }
    };

    private String chat(String input, String user) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new ConsoleChannel(core, Replies.bundled())
                .run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, user);
        assertThat(exit).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void eachLineGetsOneReplyBlockEndedByThreeDashes() {
        String output = chat("新增城镇就业目标\n\n津潍高铁\n", "zhangsan");

        String[] blocks = output.split("(?m)^---$\\n?");
        assertThat(blocks).hasSize(3);
        assertThat(blocks[0]).startsWith("争取新增城镇就业2800人以上");
        assertThat(blocks[1]).isEqualTo(Replies.bundled().text("input.empty") + "\n");
        assertThat(blocks[2]).contains("津潍高铁");
        assertThat(output).endsWith("---\n");
    }

    @Test
    void asSwitchesTheActingUserAndAnswersWithABlock() {
        String output = chat("就业\n/as lisi\n就业\n", "zhangsan");

        assertThat(output).contains(Replies.bundled().text("console.acting-as", "lisi") + "\n---\n");
        assertThat(seen).extracting(InboundMessage::userId).containsExactly("zhangsan", "lisi");
    }

    @Test
    void everyMessageGetsItsOwnId() {
        chat("就业\n就业\n", "zhangsan");

        assertThat(seen).extracting(InboundMessage::messageId).doesNotHaveDuplicates().allMatch(id -> !id.isBlank());
    }

    @Test
    void theUserComesFromTheCommandLine() {
        assertThat(ConsoleChannel.userFrom(new String[] {"console", "--user=wangwu"})).isEqualTo("wangwu");
        assertThat(ConsoleChannel.userFrom(new String[] {"console"})).isEqualTo(ConsoleChannel.DEFAULT_USER);
    }
}
