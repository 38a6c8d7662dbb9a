package be.koers.reporting.document;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChartRendererTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final ChartRenderer renderer = new ChartRenderer();

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void drawsEveryKindAsAPngAtTwiceTheLayoutSize(ChartKind kind) throws IOException {
        Chart chart = new Chart("spending", "Uitgaven per jaar", kind, "Bedrag", ColumnType.EURO,
                List.of("2026", "2027", "Een heel lange categorie die niet op één regel past"),
                kind == ChartKind.PIE
                        ? List.of(new Series("Uitgaven", Arrays.asList(1200.5, 800, null)))
                        : List.of(new Series("Budget", Arrays.asList(1500, 1500, 1700)),
                        new Series("Uitgaven", Arrays.asList(1200.5, 800, null))));

        byte[] png = renderer.png(chart, SampleReport.DUTCH, 600, 320);

        assertThat(Arrays.copyOf(png, PNG_SIGNATURE.length)).isEqualTo(PNG_SIGNATURE);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(600 * ChartRenderer.SCALE);
        assertThat(image.getHeight()).isEqualTo(320 * ChartRenderer.SCALE);
        assertThat(image.getRGB(0, 0)).as("white background").isEqualTo(0xFFFFFFFF);
    }
}
