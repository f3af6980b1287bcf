package cn.duban.assistant.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.duban.assistant.config.AssistantProperties;
import cn.duban.assistant.config.TestProperties;
import cn.duban.assistant.conversation.TestAssistant;
import cn.duban.assistant.digest.DigestChannel;
import cn.duban.assistant.redis.TestRedis;

/**
 * A task's drill-down after a 督办单 and its 反馈, on the whole assistant (real Redis) with a channel that accepts
 * every message: what the task page shows officials, and that reporters see no 督办单.
 */
class DrilldownsTest {

    private static final Path ROSTER = Path.of("src/test/resources/tasks/roster.yml");

    private final AssistantProperties properties = TestProperties.withToday(LocalDate.of(2023, 6, 30));
    private final TestAssistant assistant = new TestAssistant(TestRedis.fresh(), properties, ROSTER, new DigestChannel() {
        @Override
        public boolean sendDigest(String userId, String text) {
            return true;
        }

        @Override
        public boolean sendImage(String userId, byte[] png) {
            return true;
        }
    });
    private final WorkbenchService service = new WorkbenchService(assistant.current(), properties, assistant.clock());
    private final Drilldowns drilldowns = new Drilldowns(service, assistant.ledger());

    private Viewer viewer(String userId) {
        return Viewers.of(new org.springframework.security.authentication.TestingAuthenticationToken(userId, null,
                WorkbenchSecurity.USERID + userId), assistant.roster());
    }

    @Test
    void aTaskShowsItsSupervisionOrderAndTheLeadUnitsAnswer() {
        assistant.say("zhangsan", "督办 津潍高铁");
        assertThat(assistant.say("zhangsan", "是")).startsWith("已发送督办〔2023〕第1号");
        assertThat(assistant.say("jiaotong", "津潍高铁：庆云段桥梁桩基完成八成")).contains("已记录");

        Pages.TaskPage page = drilldowns.task(viewer("zhangsan"), "jinwei-railway").orElseThrow();

        assertThat(page.orders()).singleElement().satisfies(order -> {
            assertThat(order.order().seq()).isEqualTo(1);
            assertThat(order.drafter()).isEqualTo("张三");
            assertThat(order.feedback().text()).isEqualTo("庆云段桥梁桩基完成八成");
            assertThat(order.overdue()).isFalse();
        });
        assertThat(page.notes()).singleElement().satisfies(note -> {
            assertThat(note.who()).isEqualTo("交小通");
            assertThat(note.newText()).isEqualTo("庆云段桥梁桩基完成八成 · 80%");
        });
        assertThat(drilldowns.task(viewer("jiaotong"), "jinwei-railway").orElseThrow().orders()).isEmpty();
    }

    @Test
    void aGrowthRateIsShownAgainstTheTargetItselfAsChatJudgesIt() throws Exception {
        assertThat(assistant.say("qianqi", "技改投资增长12.5%")).contains("已记录");
        String chat = assistant.say("zhangsan", "技改投资进度");

        Row row = drilldowns.target(viewer("zhangsan"), "tech-upgrade-investment").orElseThrow().row();

        assertThat(chat).contains("增速类指标按目标值衡量", "欠进度");
        assertThat(row.rate()).isTrue();
        assertThat(row.schedule()).isEqualByComparingTo("100");
        assertThat(row.status()).isEqualTo(Row.State.BEHIND);
        var now = service.now();
        var book = new LedgerWorkbook(labels(), properties.zone());
        byte[] file = book.write(service.rows(now, viewer("zhangsan")), java.util.List.of(), java.util.Map.of());
        try (var excel = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(file))) {
            var sheet = excel.getSheetAt(0);
            var line = java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                    .filter(r -> r.getCell(1).getStringCellValue().contains("技改")).findFirst().orElseThrow();
            assertThat(line.getCell(5).getNumericCellValue()).as("序时进度").isEqualTo(1.0);
            assertThat(line.getCell(12).getStringCellValue()).contains("增速类指标按目标值衡量");
        }
    }

    @Test
    void onlyTheLineAWithdrawalTookBackIsMarkedInTheExport() throws Exception {
        assertThat(assistant.say("lisi", "新增城镇就业120人")).contains("已记录");
        String withdrawn = assistant.say("lisi", "撤回");
        if (!withdrawn.contains("已撤回")) {
            withdrawn = assistant.say("lisi", "是");
        }
        assertThat(withdrawn).contains("已撤回");

        var lines = drilldowns.ledger(service.now(), viewer("zhangsan"), "new-urban-jobs");
        byte[] file = new LedgerWorkbook(labels(), properties.zone()).write(java.util.List.of(), lines, java.util.Map.of());

        try (var excel = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(file))) {
            var sheet = excel.getSheetAt(2);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("上报");
            assertThat(sheet.getRow(1).getCell(11).getStringCellValue()).isEqualTo("已撤回或更正");
            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("撤回");
            assertThat(sheet.getRow(2).getCell(11).getStringCellValue()).isEqualTo("有效");
        }
    }

    @Test
    void aTaskWellAheadOfItsScheduleIsAheadAsATargetWouldBe() {
        assertThat(assistant.say("jiaotong", "津潍高铁：桩基全部完成，进度90%")).contains("已记录");

        Row row = drilldowns.task(viewer("zhangsan"), "jinwei-railway").orElseThrow().row();

        assertThat(row.schedule()).isLessThan(new java.math.BigDecimal("85"));
        assertThat(row.completion()).isEqualByComparingTo("90");
        assertThat(row.status()).isEqualTo(Row.State.AHEAD);
    }

    private static org.springframework.context.MessageSource labels() {
        var labels = new org.springframework.context.support.ResourceBundleMessageSource();
        labels.setBasename("messages");
        labels.setDefaultEncoding("UTF-8");
        return labels;
    }

    @Test
    void unknownIdsAreEmptyAndOtherUnitsAreForbidden() {
        assertThat(drilldowns.task(viewer("zhangsan"), "no-such-task")).isEmpty();
        assertThat(drilldowns.target(viewer("zhangsan"), "no-such-target")).isEmpty();
        assertThatThrownBy(() -> drilldowns.unit(viewer("jiaotong"), "常家镇")).isInstanceOf(WorkbenchErrors.Forbidden.class);
        assertThat(drilldowns.unit(viewer("jiaotong"), "县交通运输局").orElseThrow().tasks())
                .extracting(Row::id).contains("jinwei-railway");
    }
}
