package cn.duban.assistant.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.duban.assistant.conversation.TestAssistant;
import cn.duban.assistant.redis.TestRedis;

class ProgressChartTest {

    @Test
    void theChartIsAValidPngWithARowPerTarget() throws IOException {
        TestAssistant assistant = new TestAssistant(TestRedis.fresh(), LocalDate.of(2023, 6, 30));
        assistant.say("lisi", "新增城镇就业1000人");

        byte[] png = assistant.digest().chart(assistant.wording().digestWriter());

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(760);
        assertThat(image.getHeight()).isGreaterThan(6 * 44);
        assertThat(distinctColours(image)).isGreaterThan(20);
    }

    @Test
    void theTasksPanelShowsEachLightInItsColourUnderTheTargets() throws IOException {
        TestAssistant assistant = new TestAssistant(TestRedis.fresh(), LocalDate.of(2023, 7, 5));
        ProgressChart chart = new ProgressChart(null);
        DigestWriter writer = assistant.wording().digestWriter();
        java.util.Map<cn.duban.assistant.lights.Light, Integer> lights = java.util.Map.of(
                cn.duban.assistant.lights.Light.RED, 2, cn.duban.assistant.lights.Light.YELLOW, 20,
                cn.duban.assistant.lights.Light.BLUE, 3, cn.duban.assistant.lights.Light.NONE, 5);
        TaskSummary tasks = new TaskSummary(30, lights, java.util.Map.of(), java.util.List.of());
        java.util.List<cn.duban.assistant.progress.Progress> standings = java.util.List.of();

        BufferedImage with = ImageIO.read(new ByteArrayInputStream(chart.render(writer.chartText(LocalDate.of(2023, 7, 5), tasks),
                standings, writer::completion, tasks)));
        BufferedImage without = ImageIO.read(new ByteArrayInputStream(chart.render(writer.chartText(LocalDate.of(2023, 7, 5),
                TaskSummary.none()), standings, writer::completion, TaskSummary.none())));

        assertThat(with.getHeight()).isGreaterThan(without.getHeight());
        for (cn.duban.assistant.lights.Light light : cn.duban.assistant.lights.Light.values()) {
            assertThat(contains(with, ProgressChart.colour(light).getRGB())).as(light.name()).isTrue();
        }
        assertThat(contains(without, ProgressChart.colour(cn.duban.assistant.lights.Light.YELLOW).getRGB())).isFalse();
        // the digest's own chart has the panel too: its 30 tasks, most of them 黄 on July 5 without notes
        BufferedImage digest = ImageIO.read(new ByteArrayInputStream(assistant.digest().chart(writer)));
        assertThat(contains(digest, ProgressChart.colour(cn.duban.assistant.lights.Light.YELLOW).getRGB())).isTrue();
        assertThat(contains(digest, ProgressChart.colour(cn.duban.assistant.lights.Light.RED).getRGB())).isTrue();
    }

    private static boolean contains(BufferedImage image, int rgb) {
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if (image.getRGB(x, y) == rgb) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void theConsoleWritesTheChartUnderTheDataFolderAndPrintsItsPath(@TempDir Path data) throws Exception {
        var run = cn.duban.assistant.ConsoleProcessTest.run("汇总\n", "console", "--user=zhangsan",
                "--assistant.data-dir=" + data, "--assistant.today=2023-06-30");

        String line = run.stdout().lines().filter(l -> l.startsWith("图表")).findFirst().orElseThrow();
        Path chart = Path.of(line.substring(3).strip());
        assertThat(chart).startsWith(data.toAbsolutePath()).exists();
        assertThat(ImageIO.read(Files.newInputStream(chart))).isNotNull();
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 3) {
            for (int y = 0; y < image.getHeight(); y += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
