package cn.duban.assistant.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * The numeral reader on its own: every line of {@code understanding/numerals.psv} (text | amount in the base unit |
 * unit as written | flag: empty for an exact figure, {@code approx}, or {@code none}).
 */
class NumeralReaderTest {

    private static final NumeralReader READER = new NumeralReader(Vocabulary.bundled());

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = NumeralReaderTest.class.getResourceAsStream("/understanding/numerals.psv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
            return lines.stream().map(line -> {
                String[] fields = line.split("\\|", -1);
                return Arguments.of(fields[0].strip(), fields[1].strip(), fields[2].strip(), fields[3].strip());
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsTheFigureExactly(String text, String amount, String unit, String flag) {
        List<Figure> figures = READER.read(text);
        if (flag.equals("none")) {
            assertThat(figures).as(text).isEmpty();
            return;
        }
        assertThat(figures).as(text).singleElement().satisfies(figure -> {
            assertThat(figure.approximate()).as("approximate: " + text).isEqualTo(flag.equals("approx"));
            if (!figure.approximate()) {
                assertThat(figure.amount()).as(text).isEqualByComparingTo(new BigDecimal(amount));
            }
            assertThat(figure.unit()).as("unit: " + text).isEqualTo(unit);
        });
    }

    @Test
    void positionsPointAtTheFiguresWords() {
        String text = "新增城镇就业30人,引进过亿元项目1个";
        List<Figure> figures = READER.read(text);

        assertThat(figures).extracting(Figure::text).containsExactly("30人", "1个");
        assertThat(text.substring(figures.get(1).start(), figures.get(1).end())).isEqualTo("1个");
    }

    @Test
    void anyMixOfNumeralCharactersIsReadWithoutFailing() {
        String alphabet = "0123456789,. 零〇一二两三四五六七八九十百千万亿幺壹贰萬億点个多余来约近上第-%人元亿月日年kw至到分之百分";
        java.util.Random random = new java.util.Random(20231130);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n >= 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<Figure> figures = READER.read(text.toString());
            assertThat(figures).as(text.toString()).allSatisfy(figure -> {
                assertThat(figure.start()).isLessThan(figure.end());
                assertThat(figure.amount()).isNotNull();
            });
        }
    }

    @Test
    void aScaleWordWithoutAUnitIsMarked() {
        assertThat(READER.read("累计12.5亿")).singleElement().satisfies(figure -> {
            assertThat(figure.scaled()).isTrue();
            assertThat(figure.hasUnit()).isFalse();
        });
        assertThat(READER.read("累计15.3")).singleElement().satisfies(figure -> assertThat(figure.scaled()).isFalse());
    }
}
