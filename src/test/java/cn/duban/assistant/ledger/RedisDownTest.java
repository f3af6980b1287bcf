package cn.duban.assistant.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.duban.assistant.conversation.TestAssistant;
import cn.duban.assistant.redis.TestRedis;
import redis.clients.jedis.UnifiedJedis;

/** With Redis unreachable, questions are still answered and reports are refused without a trace. */
class RedisDownTest {

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void questionsAreAnsweredAndReportsAskToTryLater() throws IOException {
        try (UnifiedJedis unreachable = TestRedis.connect("redis://127.0.0.1:" + closedPort())) {
            TestAssistant assistant = new TestAssistant(unreachable, LocalDate.of(2023, 6, 30));

            assertThat(assistant.say("zhangsan", "津潍高铁")).contains("津潍高铁", "出处");
            assertThat(assistant.say("zhangsan", "新增城镇就业目标")).startsWith("争取新增城镇就业2800人以上")
                    .contains("数据暂时无法读取");
            assertThat(assistant.say("lisi", "新增城镇就业120人")).isEqualTo("暂时无法保存\uFF0C请稍后再报。");
            assertThat(assistant.say("lisi", "撤回")).contains("暂时无法保存");
            assertThat(assistant.say("zhangsan", "谁还没报")).contains("暂时无法读取");
        }
    }
}
