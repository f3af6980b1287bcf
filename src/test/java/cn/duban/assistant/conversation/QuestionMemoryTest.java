package cn.duban.assistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.duban.assistant.redis.TestRedis;
import redis.clients.jedis.UnifiedJedis;

/**
 * A question has no effect to protect, so it makes no durable Redis write: a copy of it (WeChat Work's retry) is
 * still answered, with the same words; a report's copy still has its one effect and gets the first reply.
 */
class QuestionMemoryTest {

    private final UnifiedJedis redis = TestRedis.fresh();
    private final TestAssistant assistant = new TestAssistant(redis, LocalDate.of(2023, 6, 30));

    /** What Redis has appended to its append-only file so far (every write, fsync'd with appendfsync always). */
    private long aofBytes() {
        String info = redis.info("persistence");
        return info.lines().filter(line -> line.startsWith("aof_current_size:"))
                .mapToLong(line -> Long.parseLong(line.substring(17).trim())).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({"zhangsan,新增城镇就业目标", "visitor,这篇讲话是谁讲的", "zhangsan,就业进度怎么样", "zhangsan,谁还没报",
            "lisi,汇总", "wangwu,过亿元项目要引进多少个?", "zhangsan,帮助", "zhangsan,津潍高铁", "visitor,双镇百村是什么",
            "lisi,哪些任务亮红灯", "lisi,县交通运输局的任务", "lisi,督办单", "zhangsan,医保基金"})
    void aRetriedQuestionIsAnsweredAgainWithoutWritingToRedis(String user, String question) {
        long before = aofBytes();

        String first = assistant.say("wecom-" + user + "/1001", user, question);
        String retried = assistant.say("wecom-" + user + "/1001", user, question);

        assertThat(first).isNotBlank().doesNotContain("处理失败");
        assertThat(retried).isEqualTo(first);
        assertThat(aofBytes()).isEqualTo(before);
        assertThat(redis.keys("*reply*")).isEmpty();
    }

    @Test
    void copiesOfAQuestionFromAnotherInstanceAreAnsweredAfresh() {
        String first = assistant.say("wecom-zhangsan/2002", "zhangsan", "高新技术企业新增几家");
        TestAssistant other = new TestAssistant(redis, LocalDate.of(2023, 6, 30));

        assertThat(other.say("wecom-zhangsan/2002", "zhangsan", "高新技术企业新增几家")).isEqualTo(first).contains("高新技术企业");
    }

    @Test
    void aRetriedReportHasOneEffectAndTheSameReplyAndIsWrittenDurably() {
        long before = aofBytes();

        String first = assistant.say("wecom-lisi/3003", "lisi", "新增城镇就业120人");
        String retried = assistant.say("wecom-lisi/3003", "lisi", "新增城镇就业120人");

        assertThat(first).contains("已记录");
        assertThat(retried).isEqualTo(first);
        assertThat(assistant.ledger().entriesForMessage("wecom-lisi/3003")).hasSize(1);
        assertThat(aofBytes()).isGreaterThan(before);
        assertThat(assistant.say("zhangsan", "常家镇新增城镇就业完成多少")).contains("120");
    }

    @Test
    void aQuestionBackAndItsAnswerStayDurable() {
        String asked = assistant.say("wecom-lisi/4004", "lisi", "新增城镇就业120人");
        String again = assistant.say("wecom-lisi/4005", "lisi", "新增城镇就业120人");
        long before = aofBytes();

        String confirmed = assistant.say("wecom-lisi/4006", "lisi", "是");
        String copy = assistant.say("wecom-lisi/4006", "lisi", "是");

        assertThat(asked).contains("已记录");
        assertThat(again).contains("是否");
        assertThat(confirmed).contains("已记录");
        assertThat(copy).isEqualTo(confirmed);
        assertThat(aofBytes()).isGreaterThan(before);
        assertThat(redis.keys("*reply*")).isNotEmpty();
    }

    /**
     * The answer to "which task" by the task's name alone: its copy, once the question is dropped, reads as a question
     * about the task, and still gets the first reply (kept in Redis: here on another instance too), not the card.
     */
    @ParameterizedTest
    @CsvSource({"津潍高铁", "津潍高铁建设", "1", "是"})
    void aCopyOfAnAnswerToWhichTaskGetsTheFirstReplyOnAnyInstance(String answer) {
        String asked = assistant.say("wecom-lisi/5001", "lisi", "津维高铁：完成征地");
        String first = assistant.say("wecom-lisi/5002", "lisi", answer);
        TestAssistant other = new TestAssistant(redis, LocalDate.of(2023, 6, 30));

        String copy = assistant.say("wecom-lisi/5002", "lisi", answer);
        String copyElsewhere = other.say("wecom-lisi/5002", "lisi", answer);

        assertThat(asked).contains("是“津潍高铁建设”吗");
        assertThat(first).contains("已记录 津潍高铁建设");
        assertThat(copy).isEqualTo(first);
        assertThat(copyElsewhere).isEqualTo(first);
        assertThat(assistant.say("zhangsan", "津潍高铁进展")).containsOnlyOnce("完成征地");
    }

    /** A question that can answer none of the assistant's questions is not looked up in Redis: no reply is kept there. */
    @Test
    void aQuestionIsNotLookedUpInRedis() {
        // a visitor: an official's message also asks whether he left a 督办单 draft waiting
        assistant.say("wecom-visitor/6001", "visitor", "技改投资增长目标是多少");
        long before = calls("get");

        String answer = assistant.say("wecom-visitor/6002", "visitor", "这篇讲话是谁讲的");

        assertThat(answer).isNotBlank();
        assertThat(calls("get")).isEqualTo(before);
    }

    /** How many times Redis has run the command, from INFO commandstats. */
    private long calls(String command) {
        return redis.info("commandstats").lines().filter(line -> line.startsWith("cmdstat_" + command + ":"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("^[^:]*:calls=(\\d+),.*", "$1"))).findFirst().orElse(0);
    }
}
