package cn.duban.assistant.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import cn.duban.assistant.conversation.CurrentKnowledge;
import cn.duban.assistant.knowledge.Task;

/**
 * The workbench in a real headless Chromium: each role signs in on the login page, sees the overview with its rows and
 * lights, opens the drill-downs after reports, a 更正 of a figure and a 更正 of a note; a screenshot of each page is
 * saved under {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchBrowserTest extends WorkbenchApp {

    @Autowired
    CurrentKnowledge current;

    private Browser browser;

    @BeforeAll
    void reportsAndCorrections() {
        assumeTrue(Browser.available(), "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
        assertThat(say("lisi", "新增城镇就业1000人")).contains("已记录");
        assertThat(say("lisi", "更正 950人")).contains("已更正");
        assertThat(say("lisi", "过亿元项目新增12个")).contains("已记录");
        assertThat(say("zhaoliu", "新增城镇就业600人")).contains("已记录");
        assertThat(say("lisi", "津潍高铁：庆云段桥梁桩基完成八成，下月架梁")).contains("已记录");
        assertThat(say("lisi", "更正 进度90%")).contains("已更正");
        assertThat(sendPhoto("lisi", cn.duban.assistant.tasks.TestPhotos.png(7))).contains("已作为佐证材料");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    private Browser browser() {
        browser = new Browser(base());
        return browser;
    }

    private static List<String> lights(Browser page) {
        return page.all("#rows tbody tr").stream().map(row -> row.getAttribute("data-light")).toList();
    }

    private static WebElement row(Browser page, String id) {
        return page.one("#rows tbody tr[data-id='" + id + "']");
    }

    @Test
    @Order(1)
    void anOfficialSeesEveryTargetAndTaskRedFirst() {
        Browser page = browser().logIn(BCRYPT_OFFICIAL, BCRYPT_PASSWORD);

        assertThat(page.currentPath()).isEqualTo("/workbench");
        assertThat(page.all("#rows tbody tr")).hasSize(current.get().knowledge().targets().size()
                + current.get().knowledge().tasks().size());
        List<String> lights = lights(page);
        assertThat(lights).startsWith("RED", "RED", "RED").isSortedAccordingTo(
                java.util.Comparator.comparing(cn.duban.assistant.lights.Light::valueOf));
        // 常家镇 950 (1000 corrected) + 县人社局 600 = 1550 of 2800: 55.4% against 序时进度 50.4% → 达进度, unlit
        WebElement jobs = row(page, "new-urban-jobs");
        assertThat(jobs.getText()).contains("新增城镇就业", "2800人", "1550人(55.4%)", "达进度", "赵六");
        assertThat(jobs.getAttribute("data-light")).isEqualTo("NONE");
        // 12 of 35 projects: 34.3% → 欠进度, 黄
        assertThat(row(page, "billion-yuan-projects").getText()).contains("12个(34.3%)", "欠进度", "黄", "李四");
        // the task past its 2023-06-30 deadline is 红
        assertThat(page.one("#rows tbody tr").getText()).contains("任务", "红");
        assertThat(page.one("#chart").getAttribute("naturalWidth")).isNotEqualTo("0");
        page.screenshot("overview-official");

        new Select(page.one("#filter-light")).selectByValue("YELLOW");
        page.one("#filter").click();
        new org.openqa.selenium.support.ui.WebDriverWait(page.driver(), java.time.Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("light=YELLOW"));
        assertThat(lights(page)).isNotEmpty().containsOnly("YELLOW");
        page.screenshot("overview-yellow");
    }

    @Test
    @Order(2)
    void aReporterSeesHisOwnUnitOnly() {
        Browser page = browser().logIn(REPORTER, REPORTER_PASSWORD);

        Set<String> ids = page.all("#rows tbody tr").stream().map(r -> r.getAttribute("data-id")).collect(Collectors.toSet());
        Set<String> tasks = current.get().knowledge().tasks().stream()
                .filter(task -> task.lead().equals("常家镇") || task.partners().contains("常家镇")).map(Task::id)
                .collect(Collectors.toSet());
        assertThat(tasks).contains("jinwei-railway");
        Set<String> expected = new java.util.HashSet<>(tasks);
        expected.addAll(List.of("new-urban-jobs", "billion-yuan-projects"));
        assertThat(ids).isEqualTo(expected);
        page.screenshot("overview-reporter");
        page.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        assertThat(page.one("#rows thead").isDisplayed()).as("a phone shows cards, not the table's header").isFalse();
        assertThat(row(page, "new-urban-jobs").getText()).contains("新增城镇就业", "1550人");
        page.screenshot("overview-reporter-phone");
        page.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1600));

        page.open("/workbench/targets/new-urban-jobs");
        assertThat(page.all("#units tbody tr")).extracting(r -> r.getAttribute("data-unit")).containsExactly("常家镇");
        assertThat(page.text()).doesNotContain("县人社局", "赵六");
        page.screenshot("target-reporter");

        page.open("/workbench/targets/ecommerce-online-retail");
        assertThat(page.text()).contains("没有权限查看这个页面");
        page.open("/workbench/units/县人社局");
        assertThat(page.text()).contains("没有权限查看这个页面");
        page.screenshot("forbidden-reporter");
    }

    @Test
    @Order(3)
    void someoneOutsideTheRosterSeesNothing() {
        Browser page = browser().logIn(GUEST, GUEST_PASSWORD);

        assertThat(page.text()).contains("403", "没有权限查看这个页面").doesNotContain("新增城镇就业");
        page.screenshot("forbidden-guest");
    }

    @Test
    @Order(4)
    void aWrongPasswordIsRefusedAndFiveLockTheAccount() {
        Browser page = browser().logIn(GUEST, "wrong");
        assertThat(page.text()).contains("用户名或密码不对");
        page.screenshot("login-wrong-password");
        for (int i = 2; i <= 5; i++) {
            page.logIn(GUEST, "wrong-" + i);
        }
        page.logIn(GUEST, GUEST_PASSWORD);

        assertThat(page.currentPath()).startsWith("/login");
        assertThat(page.text()).contains("暂时锁定", "15分钟");
        page.screenshot("login-locked");
    }

    @Test
    @Order(5)
    void theDrillDownsShowTheLedgerWithItsCorrections() {
        Browser page = browser().logIn(OFFICIAL, OFFICIAL_PASSWORD);
        row(page, "new-urban-jobs").findElement(org.openqa.selenium.By.tagName("a")).click();

        assertThat(page.currentPath()).isEqualTo("/workbench/targets/new-urban-jobs");
        assertThat(page.one("#county-figure").getText()).isEqualTo("1550人(55.4%)");
        assertThat(page.all("#units tbody tr")).extracting(WebElement::getText)
                .anySatisfy(text -> assertThat(text).contains("常家镇", "950人"))
                .anySatisfy(text -> assertThat(text).contains("县人社局", "600人"));
        String history = page.one("#history").getText();
        assertThat(history).contains("李四", "新增城镇就业1000人", "更正 1000 → 950人", "更正 950人", "赵六", "新增城镇就业600人");
        page.screenshot("target-official");

        page.open("/workbench/tasks/jinwei-railway");
        String notes = page.one("#notes").getText();
        // the corrected words write the new percent (八成 → 90%), so it is not added after them
        assertThat(notes).contains("李四", "常家镇", "桩基完成八成", "更正", "· 80%” → “", "桩基完成90%，下月架梁”", "进度90%");
        assertThat(page.one("#completion").getText()).isEqualTo("90.0%");
        assertThat(page.text()).contains("督办单", "没有发过督办单");
        WebElement photo = page.one("#notes td.photos img");
        assertThat(((Number) page.driver().executeScript("return arguments[0].naturalWidth", photo)).intValue()).isPositive();
        page.screenshot("task-official");
        String photoUrl = photo.getAttribute("src");
        page.open(photoUrl.substring(base().length()));
        assertThat(page.text()).doesNotContain("没有权限", "没有找到");

        page.open("/workbench/units/常家镇");
        assertThat(page.one("#unit-targets").getText()).contains("新增城镇就业", "950人", "引进过亿元项目", "12个");
        assertThat(page.one("#unit-tasks").getText()).contains("津潍高铁建设");
        page.screenshot("unit-official");

        page.open("/workbench/tasks/no-such-task");
        assertThat(page.text()).contains("404", "没有找到这个页面");
        page.screenshot("not-found");
    }

    @Test
    @Order(6)
    void anOfficialDownloadsTheLedgerAsExcel() throws Exception {
        Browser page = browser().logIn(OFFICIAL, OFFICIAL_PASSWORD);
        page.one("header a[href$='/workbench/export.xlsx']").click();
        java.nio.file.Path file = page.downloaded(".xlsx", java.time.Duration.ofSeconds(30));
        java.nio.file.Files.createDirectories(Browser.SCREENSHOTS);
        java.nio.file.Files.copy(file, Browser.SCREENSHOTS.resolve("export.xlsx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(java.nio.file.Files.newInputStream(file))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            var targets = book.getSheet("指标");
            var tasks = book.getSheet("任务");
            var ledger = book.getSheet("台账明细");
            assertThat(List.of(targets, tasks, ledger)).allSatisfy(sheet -> {
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                assertThat(sheet.getColumnWidth(1)).isGreaterThan(256 * 15);
            });
            assertThat(cells(targets.getRow(0))).containsExactly("序号", "指标", "牵头单位", "目标值", "计量单位", "序时进度",
                    "完成值", "完成率", "状态", "灯", "最近上报人", "最近上报时间", "说明");
            assertThat(targets.getLastRowNum()).isEqualTo(current.get().knowledge().targets().size());
            assertThat(tasks.getLastRowNum()).isEqualTo(current.get().knowledge().tasks().size());
            var jobs = find(targets, "新增城镇就业");
            assertThat(jobs.getCell(3).getNumericCellValue()).isEqualTo(2800.0);
            assertThat(jobs.getCell(6).getNumericCellValue()).isEqualTo(1550.0);
            assertThat(jobs.getCell(7).getNumericCellValue()).isCloseTo(0.5536, org.assertj.core.data.Offset.offset(0.0001));
            assertThat(jobs.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(jobs.getCell(8).getStringCellValue()).isEqualTo("达进度");
            assertThat(find(targets, "引进过亿元项目").getCell(9).getStringCellValue()).isEqualTo("黄");
            assertThat(tasks.getRow(1).getCell(8).getStringCellValue()).isEqualTo("红");
            assertThat(tasks.getRow(1).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(ledger.getLastRowNum()).isEqualTo(4);
            var correction = find(ledger, "更正 950人");
            assertThat(cells(correction)).contains("新增城镇就业", "常家镇", "李四", "更正", "有效");
            assertThat(correction.getCell(6).getNumericCellValue()).isEqualTo(950.0);
            assertThat(correction.getCell(7).getNumericCellValue()).isEqualTo(1000.0);
            assertThat(correction.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
            assertThat(cells(find(ledger, "新增城镇就业1000人"))).contains("上报", "已撤回或更正");
        }
    }

    @Test
    @Order(7)
    void anOfficialsExportInChatLinksToTheDownload() {
        assertThat(say("zhangsan", "导出台账")).contains("http://localhost:8080/workbench/export.xlsx");
        assertThat(say("lisi", "导出台账")).contains("只有县领导").doesNotContain("export.xlsx");
    }

    private static List<String> cells(org.apache.poi.ss.usermodel.Row row) {
        List<String> cells = new java.util.ArrayList<>();
        row.forEach(cell -> cells.add(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                ? cell.getStringCellValue() : String.valueOf(cell.getNumericCellValue())));
        return cells;
    }

    private static org.apache.poi.ss.usermodel.Row find(org.apache.poi.ss.usermodel.Sheet sheet, String text) {
        for (var row : sheet) {
            if (row.getRowNum() > 0 && cells(row).contains(text)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + text + " in " + sheet.getSheetName());
    }

    @Test
    @Order(8)
    void aSpreadsheetWithErrorsIsRefusedByRowAndColumnAndAGoodOneIsAppliedAfterReview() throws Exception {
        List<Task> before = current.get().knowledge().tasks();
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("duban-plans");
        java.nio.file.Path bad = PlanSheets.write(folder.resolve("有错的分工方案.xlsx"), List.of(
                List.of(before.get(0).text(), before.get(0).lead(), "", "", "2023年12月底前"),
                List.of("建设月球基地", "县科技局", "", "", "年底前"),
                List.of(before.get(1).text(), "", "", "", "2023年12月底前")));
        List<List<String>> good = new java.util.ArrayList<>();
        for (Task task : before) {
            if (task.id().equals("development-zone-ranking")) {
                continue;
            }
            String deadline = task.id().equals("key-industrial-parks") ? "2023年11月底前" : task.deadline().toString();
            good.add(List.of(task.text(), task.lead(), String.join("、", task.partners()),
                    task.hasLeader() ? current.get().roster().nameOf(task.leader()) : "", deadline));
        }
        good.add(List.of("大力发展社会事业", "县教育和体育局", "县卫生健康局", "", "2023年12月底前"));
        java.nio.file.Path plan = PlanSheets.write(folder.resolve("分工方案.xlsx"), good);

        Browser page = browser().logIn(OFFICIAL, OFFICIAL_PASSWORD);
        page.open("/workbench/import");
        page.one("#file").sendKeys(bad.toAbsolutePath().toString());
        page.click("#upload", "#refused");
        assertThat(page.one("#refused").getText()).contains("2 处错误", "没有导入");
        assertThat(page.one("#problems").getText()).contains("第4行 B列(工作任务)", "报告中找不到这项任务的原文", "建设月球基地",
                "第5行 C列(牵头单位)", "没有牵头单位");
        assertThat(page.all("#apply")).isEmpty();
        page.screenshot("import-refused");

        page.one("#file").sendKeys(plan.toAbsolutePath().toString());
        page.click("#upload", "#changes");
        page.screenshot("import-review");
        assertThat(page.all("#changes tbody tr:not([data-kind='UNCHANGED'])")).extracting(WebElement::getText).hasSize(3);
        assertThat(page.one("#changes tr[data-id='key-industrial-parks']").getText()).contains("修改", "2023-12-31 → 2023-11-30");
        assertThat(page.one("#changes tr[data-kind='REMOVED']").getText()).contains("删除", "开发区进位赶超");
        assertThat(page.one("#changes tr[data-kind='ADDED']").getText()).contains("新增", "县教育和体育局");
        assertThat(page.all("#changes tr[data-kind='UNCHANGED']")).hasSize(before.size() - 2);
        assertThat(current.get().knowledge().tasks()).isEqualTo(before);

        page.click("#apply", "#result");
        assertThat(page.one("#result").getText()).contains("已导入 " + before.size() + " 项重点任务", "tasks.");
        List<Task> after = current.get().knowledge().tasks();
        assertThat(after).extracting(Task::id).doesNotContain("development-zone-ranking").contains("jinwei-railway");
        assertThat(after.stream().filter(t -> t.id().equals("key-industrial-parks")).findFirst().orElseThrow().deadline())
                .isEqualTo(java.time.LocalDate.of(2023, 11, 30));
        assertThat(after.stream().filter(t -> t.text().equals("大力发展社会事业")).findFirst().orElseThrow().lead())
                .isEqualTo("县教育和体育局");
        try (var files = java.nio.file.Files.list(KNOWLEDGE)) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(name -> name.matches("tasks\\.\\d{8}-\\d{6}\\.yml"));
        }
        page.screenshot("import-applied");
        page.open("/workbench");
        assertThat(page.text()).contains("大力发展社会事业").doesNotContain("开发区进位赶超");
    }

    @Test
    @Order(9)
    void logoutEndsTheSession() {
        Browser page = browser().logIn(OFFICIAL, OFFICIAL_PASSWORD);
        page.click("#logout", "#logged-out");

        assertThat(page.text()).contains("已退出");
        page.open("/workbench");
        assertThat(page.currentPath()).isEqualTo("/login");
        page.screenshot("login");
    }
}
