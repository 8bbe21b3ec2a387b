package dev.cambrian.cli.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cambrian.cli.chart.Chart.Kind;
import dev.cambrian.cli.chart.Chart.Point;
import dev.cambrian.cli.chart.Chart.Series;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SlideChartTest {
    private static final Chart RANKING = new Chart("rank-time", Kind.BARS_WITH_RANGE, "Ranking by time: nominal", "GPT-4, scenario default",
            "backend", "training time (days)", false, true, List.of(new Series("time", List.of(Point.bar("gpu-h100", 80, 95, 150),
            Point.bar("photonic", 0.5, 40, 45)))), List.of(), List.of("datasheet"));

    @Test
    void aPngForASlideIsSixteenByNine() throws Exception {
        byte[] png = SlideChart.render(RANKING, SlideChart.Type.PNG);
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(900);
    }

    @Test
    void anSvgIsVectorGraphics() {
        String svg = new String(SlideChart.render(RANKING, SlideChart.Type.SVG), StandardCharsets.UTF_8);
        assertThat(svg).contains("<svg").contains("viewBox=\"0 0 1600 900\"").endsWith("</svg>\n");
    }

    @Test
    void theFileNameChoosesTheTypeAndAGanttHasNoSlideForm() {
        assertThat(SlideChart.Type.of("r.SVG")).hasValue(SlideChart.Type.SVG);
        assertThat(SlideChart.Type.of("r.png")).hasValue(SlideChart.Type.PNG);
        assertThat(SlideChart.Type.of("r.pdf")).isEmpty();
        Chart gantt = new Chart("g", Kind.GANTT, "t", "s", "x (months)", "backend", false, false, List.of(), List.of(), List.of());
        assertThatThrownBy(() -> SlideChart.render(gantt, SlideChart.Type.SVG)).isInstanceOf(IllegalArgumentException.class);
    }
}
