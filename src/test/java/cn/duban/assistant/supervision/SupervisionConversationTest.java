package cn.duban.assistant.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.duban.assistant.config.TestProperties;
import cn.duban.assistant.conversation.TestAssistant;
import cn.duban.assistant.digest.DigestChannel;
import cn.duban.assistant.redis.TestRedis;
import redis.clients.jedis.UnifiedJedis;

/** 督办单 and 通报 through the conversation core on a real Redis, with a channel that records what it is given. */
class SupervisionConversationTest {

    private static final Path ROSTER = Path.of("src/test/resources/tasks/roster.yml");
    private final UnifiedJedis redis = TestRedis.fresh();
    private final Recording channel = new Recording();
    private final TestAssistant assistant = on(LocalDate.of(2023, 6, 30));

    /** Records every message sent, as "userid|text". */
    static final class Recording implements DigestChannel {
        final List<String> sent = new ArrayList<>();

        @Override
        public boolean sendDigest(String userId, String text) {
            sent.add(userId + "|" + text);
            return true;
        }

        @Override
        public boolean sendImage(String userId, byte[] png) {
            return true;
        }
    }

    private TestAssistant on(LocalDate day) {
        return new TestAssistant(redis, TestProperties.withToday(day), ROSTER, channel);
    }

    @Test
    void aDraftShowsStoredFactsOnlyAndAsks() {
        assistant.say("jiaotong", "津潍高铁：庆云段桥梁桩基完成八成");
        String draft = assistant.say("zhangsan", "督办 津潍高铁");
        assertThat(draft).isEqualTo(String.join("\n",
                "【督办单草稿】督办〔2023〕第1号（发送时编号）",
                "任务：津潍高铁建设",
                "原文：“加快津潍高铁、庆章高速等重点项目建设”",
                "出处：" + assistant.current().get().knowledge().task("jinwei-railway").orElseThrow().section(),
                "牵头单位：县交通运输局",
                "完成时限：2023年12月31日",
                "状态：推进中",
                "最新进展：6月30日 县交通运输局：庆云段桥梁桩基完成八成（进度80%）",
                "请于2023年7月5日前反馈进展。",
                "发送给：交小通（县交通运输局）",
                "是否发送？（是/否）"));
        assertThat(channel.sent).isEmpty();
        assertThat(assistant.say("wangwu", "对庆章高速下督办单")).contains("任务：庆章高速建设", "最新进展：无进展", "是否发送");
        assertThat(assistant.say("wangwu", "督办单 庆章高速")).contains("任务：庆章高速建设");
    }

    @Test
    void yesSendsToTheLeadUnitsReportersAndRecordsIt() {
        assistant.say("zhangsan", "督办 津潍高铁");
        assertThat(assistant.say("zhangsan", "是"))
                .isEqualTo("已发送督办〔2023〕第1号（津潍高铁建设）给：交小通（县交通运输局）。反馈期限：2023年7月5日。");
        assertThat(channel.sent).singleElement().satisfies(sent -> assertThat(sent)
                .startsWith("jiaotong|【督办单】督办〔2023〕第1号\n任务：津潍高铁建设")
                .contains("请于2023年7月5日前反馈进展。", "如“津潍高铁：……”").doesNotContain("是否发送"));
        SupervisionOrder order = new SupervisionOrders(redis).all().get(0);
        assertThat(order.drafter()).isEqualTo("zhangsan");
        assertThat(order.recipients()).containsExactly("jiaotong");
        assertThat(order.sent()).isTrue();
        assertThat(assistant.say("zhangsan", "督办单")).isEqualTo(
                "督办单（1份）：\n督办〔2023〕第1号 津潍高铁建设，6月30日发出，7月5日前反馈，未反馈");
        assertThat(assistant.say("zhangsan", "是")).contains("没有待确认");
    }

    @Test
    void noSendsNothingAndLeavesTheNumberFree() {
        assistant.say("zhangsan", "督办 津潍高铁");
        assertThat(assistant.say("zhangsan", "否")).isEqualTo("已取消，督办单（津潍高铁建设）没有发送，编号未占用。");
        assertThat(channel.sent).isEmpty();
        assertThat(assistant.say("zhangsan", "督办单情况")).isEqualTo("还没有发出督办单。");
        assertThat(assistant.say("zhangsan", "督办 庆章高速")).startsWith("【督办单草稿】督办〔2023〕第1号");
    }

    @Test
    void aReporterCannotDraftOrList() {
        assertThat(assistant.say("jiaotong", "督办 津潍高铁")).isEqualTo("只有县领导可以起草督办单和通报，查看督办单情况。");
        assertThat(assistant.say("jiaotong", "督办单情况")).contains("只有县领导");
        assertThat(assistant.say("jiaotong", "通报")).contains("只有县领导");
        assertThat(channel.sent).isEmpty();
    }

    @Test
    void aLeadUnitWithoutReportersIsSaidAndNothingSent() {
        assertThat(assistant.say("zhangsan", "督办 城市智慧应用")).isEqualTo(
                "“城市智慧应用”的牵头单位县大数据中心在人员名单中没有填报人，督办单无法发送。请先在人员名单中添加县大数据中心的填报人。");
        assertThat(assistant.say("zhangsan", "是")).contains("没有待确认");
        assertThat(channel.sent).isEmpty();
    }

    @Test
    void withoutAChannelNothingIsSentNumberedOrRecorded() {
        TestAssistant offline = new TestAssistant(redis, TestProperties.withToday(LocalDate.of(2023, 6, 30)), ROSTER);
        offline.say("zhangsan", "督办 津潍高铁");
        assertThat(offline.say("zhangsan", "是")).startsWith("未配置企业微信，督办单（津潍高铁建设）无法发送");
        assertThat(offline.say("zhangsan", "督办单")).isEqualTo("还没有发出督办单。");
    }

    @Test
    void numbersCountUpWithinAYearAndStartAgainTheNext() {
        assistant.say("zhangsan", "督办 津潍高铁");
        assertThat(assistant.say("zhangsan", "是")).startsWith("已发送督办〔2023〕第1号");
        assistant.say("wangwu", "督办 庆章高速");
        assertThat(assistant.say("wangwu", "是")).startsWith("已发送督办〔2023〕第2号");
        TestAssistant nextYear = on(LocalDate.of(2024, 1, 3));
        assertThat(nextYear.say("zhangsan", "督办 津潍高铁")).startsWith("【督办单草稿】督办〔2024〕第1号");
        assertThat(nextYear.say("zhangsan", "是")).startsWith("已发送督办〔2024〕第1号");
    }

    @Test
    void theLeadUnitsNextNoteIsTheFeedbackAndAPartnersIsNot() {
        assistant.say("zhangsan", "督办 津潍高铁");
        assistant.say("zhangsan", "是");
        assertThat(assistant.say("lisi", "津潍高铁：征地完成")).doesNotContain("反馈");
        String note = assistant.say("note-1", "jiaotong", "津潍高铁：桩基完成八成");
        assertThat(note).startsWith("已记录 津潍高铁建设").endsWith("\n已作为督办〔2023〕第1号的反馈。");
        assertThat(assistant.say("note-1", "jiaotong", "津潍高铁：桩基完成八成")).isEqualTo(note);
        assertThat(assistant.say("jiaotong", "津潍高铁：开始架梁")).doesNotContain("反馈");
        assertThat(assistant.say("zhangsan", "督办单")).endsWith("7月5日前反馈，已反馈（6月30日）");
    }

    @Test
    void theListTellsAnsweredWaitingAndOverdue() {
        assistant.say("zhangsan", "督办 津潍高铁");
        assistant.say("zhangsan", "是");
        assistant.say("zhangsan", "督办 庆章高速");
        assistant.say("zhangsan", "是");
        assistant.say("jiaotong", "庆章高速：路面开始施工");
        assertThat(on(LocalDate.of(2023, 7, 5)).say("zhangsan", "督办单情况")).isEqualTo(String.join("\n", "督办单（2份）：",
                "督办〔2023〕第1号 津潍高铁建设，6月30日发出，7月5日前反馈，未反馈",
                "督办〔2023〕第2号 庆章高速建设，6月30日发出，7月5日前反馈，已反馈（6月30日）"));
        assertThat(on(LocalDate.of(2023, 7, 6)).say("zhangsan", "督办单情况")).contains(
                "督办〔2023〕第1号 津潍高铁建设，6月30日发出，7月5日前反馈，逾期未反馈");
    }

    @Test
    void theBulletinIsADraftOfStoredFacts() {
        assistant.say("zhangsan", "督办 津潍高铁");
        assistant.say("zhangsan", "是");
        assistant.say("zhangsan", "督办 庆章高速");
        assistant.say("zhangsan", "是");
        assistant.say("jiaotong", "庆章高速：路面施工全部完成，已完成");
        assistant.say("kaifa", "中庆新能源产业园 一期厂房主体完工 进度60%");
        String bulletin = assistant.say("wangwu", "通报");
        assertThat(bulletin.lines().toList()).containsExactly(
                "【草稿，请核改后印发】",
                "关于2023年6月重点工作推进情况的通报",
                "统计时段：2023年6月1日至6月30日（本月1日至今天）。",
                "一、重点任务共30项：推进中29项，已完成待核实1项，已核实0项。",
                "三色预警（任务）：红灯0项，黄灯28项，蓝灯0项。",
                "本期无进展记录的任务（28项）：标志性产业链突破工程、智能制造示范企业培育、开发区进位赶超、企业上市挂牌“凌云”计划、"
                        + "国资国企改革、城北新区和城南示范区规划建设、安置区建设和棚户区改造、津潍高铁建设、文明城市、园林城市、生态文明示范县创建、"
                        + "三年绿化提升工程、城市智慧应用、商贸物流业发展规划、智慧商贸新城建设、物流园和跨境电商产业园建设、县乡村三级电商服务体系、"
                        + "农产品交易中心和食品加工产业园建设、“吨半粮”核心示范区和高标准农田建设、农村人居环境整治、“双镇百村”建设、"
                        + "“县镇同权”“三类地”改革、新型农业经营主体培育、公共体育设施建设、引进旅游运营管理团队、“两院一体”医养结合、"
                        + "医保基金使用效能、防止返贫动态监测、“共富型”社会大救助体系、安全生产等底线工作。",
                "二、本期发出督办单2份：已反馈1份，未反馈1份（其中逾期0份）。",
                "督办〔2023〕第1号 津潍高铁建设（县交通运输局），6月30日发出，未反馈",
                "督办〔2023〕第2号 庆章高速建设（县交通运输局），6月30日发出，已反馈（6月30日）",
                "三、量化指标：已完成0项，超进度0项，达进度0项，欠进度0项，未上报6项。",
                "欠进度和未上报的指标：",
                "· 引进过亿元项目：尚无上报",
                "· 技改投资增长：尚无上报",
                "· 新增高新技术企业：尚无上报",
                "· 省级专精特新企业：尚无上报",
                "· 电商网络零售额：尚无上报",
                "· 新增城镇就业：尚无上报",
                "四、有未反馈督办单的单位：县交通运输局（1份）。");
        assertThat(bulletin).doesNotContain("交小通", "开小发", "排名");
        assertThat(assistant.say("wangwu", "起草通报")).isEqualTo(bulletin);
        assertThat(assistant.say("wangwu", "本月通报")).isEqualTo(bulletin);
    }

    @Test
    void theReplyDeadlineIsTheReplyDaysSetting() {
        var p = TestProperties.withToday(LocalDate.of(2023, 6, 30));
        var threeDays = new cn.duban.assistant.config.AssistantProperties(p.knowledgeDir(), p.dataDir(), p.today(), p.zone(),
                p.maxMessageLength(), p.configDir(), p.roster(), p.redis(), p.ledger(), p.wecom(), p.wecomBot(), p.digest(),
                p.knowledge(), new cn.duban.assistant.config.AssistantProperties.Tasks(p.tasks().dueSoon(),
                        p.tasks().silentDays(), 3));
        TestAssistant short3 = new TestAssistant(redis, threeDays, ROSTER, channel);

        assertThat(short3.say("zhangsan", "督办 津潍高铁")).contains("请于2023年7月3日前反馈进展。");
    }

    @Test
    void aYesAfterOtherMessagesDoesNotSendTheDraftLeftBehind() {
        assistant.say("zhangsan", "督办 津潍高铁");
        assistant.say("zhangsan", "红灯任务");

        String yes = assistant.say("zhangsan", "是");

        assertThat(channel.sent).isEmpty();
        assertThat(yes).doesNotContain("已发送督办");
        assertThat(assistant.say("zhangsan", "督办单情况")).contains("还没有发出督办单");
    }

    @Test
    void aClosedTaskIsNotListedAsWithoutProgressInTheBulletin() {
        TestAssistant july = on(LocalDate.of(2023, 7, 3));
        assistant.say("jiaotong", "津潍高铁：已全面完成");
        assistant.say("zhangsan", "核实 津潍高铁");

        String bulletin = july.say("wangwu", "通报");

        assertThat(bulletin).contains("已核实1项", "本期无进展记录的任务（29项）");
        String silent = bulletin.lines().filter(line -> line.startsWith("本期无进展记录的任务")).findFirst().orElseThrow();
        assertThat(silent).doesNotContain("津潍高铁建设");
    }
}
