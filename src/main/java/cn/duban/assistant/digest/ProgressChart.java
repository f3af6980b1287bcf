package cn.duban.assistant.digest;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import java.util.function.Function;
import javax.imageio.ImageIO;

import cn.duban.assistant.lights.Light;
import cn.duban.assistant.progress.Progress;
import cn.duban.assistant.progress.Status;

/**
 * One PNG: each target's completion against its 序时进度 (against 100% for a growth rate), then the tasks by 三色
 * light in one bar, Chinese labels drawn with
 * a CJK font — the configured one, else the bundled WenQuanYi Micro Hei (Apache-2.0).
 */
public final class ProgressChart {

    private static final String BUNDLED_FONT = "/fonts/wqy-microhei.ttc";
    private static final int WIDTH = 760;
    private static final int ROW = 44;
    private static final int TOP = 70;
    private static final int LABEL_WIDTH = 210;
    private static final int BAR_WIDTH = 440;
    private static final double SCALE_PERCENT = 120;
    /** The height of the tasks' panel under the targets. */
    private static final int TASKS_PANEL = 70;

    private final Font font;

    public ProgressChart(Path configuredFont) {
        this.font = load(configuredFont);
    }

    private static Font load(Path configured) {
        try (InputStream in = configured != null ? Files.newInputStream(configured)
                : ProgressChart.class.getResourceAsStream(BUNDLED_FONT)) {
            if (in == null) {
                throw new IllegalStateException("no CJK font in the jar: " + BUNDLED_FONT);
            }
            Font[] fonts = Font.createFonts(in);
            return fonts[0];
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the chart font " + configured, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("not a TrueType font: " + configured, e);
        }
    }

    /**
     * The chart of the standings, with the words of {@code text} and each completion as {@code completion} writes it;
     * below them, when there are tasks, one bar of the tasks by light.
     */
    public byte[] render(DigestWriter.ChartText text, List<Progress> standings, Function<Progress, String> completion,
                        TaskSummary tasks) {
        String title = text.title();
        String legend = text.legend();
        int height = TOP + ROW * standings.size() + 50 + (tasks.total() > 0 ? TASKS_PANEL : 0);
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            g.setColor(new Color(33, 33, 33));
            g.setFont(font.deriveFont(Font.BOLD, 20f));
            g.drawString(title, 20, 36);
            g.setFont(font.deriveFont(12f));
            g.setColor(new Color(110, 110, 110));
            g.drawString(legend, 20, 56);
            int y = TOP;
            for (Progress progress : standings) {
                drawRow(g, progress, y, progress.completion() == null ? text.noData() : completion.apply(progress) + "%");
                y += ROW;
            }
            g.setColor(new Color(150, 150, 150));
            g.setFont(font.deriveFont(11f));
            for (int percent = 0; percent <= SCALE_PERCENT; percent += 20) {
                int x = LABEL_WIDTH + (int) (BAR_WIDTH * percent / SCALE_PERCENT);
                g.drawString(percent + "%", x - 10, y + 16);
            }
            if (tasks.total() > 0) {
                drawTasks(g, text, tasks, y + 40);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private void drawRow(Graphics2D g, Progress progress, int y, String value) {
        g.setFont(font.deriveFont(15f));
        g.setColor(new Color(33, 33, 33));
        String name = progress.target().name();
        g.drawString(name.length() > 12 ? name.substring(0, 12) + "…" : name, 20, y + 22);
        g.setColor(new Color(238, 238, 238));
        g.fillRect(LABEL_WIDTH, y + 8, BAR_WIDTH, 20);
        BigDecimal completion = progress.completion() == null ? BigDecimal.ZERO : progress.completion();
        int length = (int) (BAR_WIDTH * Math.min(completion.doubleValue(), SCALE_PERCENT) / SCALE_PERCENT);
        g.setColor(colour(progress.status()));
        g.fillRect(LABEL_WIDTH, y + 8, length, 20);
        double reference = progress.rate() ? 100 : progress.schedule().doubleValue();
        int line = LABEL_WIDTH + (int) (BAR_WIDTH * Math.min(reference, SCALE_PERCENT) / SCALE_PERCENT);
        g.setColor(new Color(60, 60, 60));
        g.setStroke(new BasicStroke(2f));
        g.drawLine(line, y + 3, line, y + 33);
        g.setFont(font.deriveFont(13f));
        g.drawString(value, LABEL_WIDTH + BAR_WIDTH + 10, y + 23);
    }

    /** The tasks' panel: its title, one bar split by light, and each light's count under it. */
    private void drawTasks(Graphics2D g, DigestWriter.ChartText text, TaskSummary tasks, int y) {
        g.setFont(font.deriveFont(Font.BOLD, 15f));
        g.setColor(new Color(33, 33, 33));
        g.drawString(text.tasks(), 20, y + 22);
        int x = LABEL_WIDTH;
        int width = BAR_WIDTH + 80;
        int legendX = LABEL_WIDTH;
        g.setFont(font.deriveFont(13f));
        for (Light light : Light.values()) {
            int count = tasks.count(light);
            int length = light == Light.NONE ? LABEL_WIDTH + width - x : width * count / tasks.total();
            g.setColor(colour(light));
            g.fillRect(x, y + 8, length, 20);
            x += length;
            String label = text.lights().get(light.ordinal());
            g.fillRect(legendX, y + 40, 12, 12);
            g.setColor(new Color(33, 33, 33));
            g.drawString(label, legendX + 16, y + 51);
            legendX += 16 + g.getFontMetrics().stringWidth(label) + 20;
        }
    }

    /** The colour of a task's light on the chart. */
    static Color colour(Light light) {
        return switch (light) {
            case RED -> new Color(214, 39, 40);
            case YELLOW -> new Color(240, 180, 0);
            case BLUE -> new Color(31, 119, 220);
            case NONE -> new Color(200, 200, 200);
        };
    }

    private static Color colour(Status status) {
        return switch (status) {
            case DONE, AHEAD -> new Color(46, 160, 67);
            case ON_SCHEDULE -> new Color(33, 118, 199);
            case BEHIND -> new Color(214, 69, 65);
            case NO_DATA -> new Color(189, 189, 189);
        };
    }
}
