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
