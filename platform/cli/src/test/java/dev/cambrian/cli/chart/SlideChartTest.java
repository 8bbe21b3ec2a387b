package dev.cambrian.cli.chart;

import static org.assertj.core.api.Assertions.assertThat;

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
    void aLogAxisIsBoundedOnWholeDecadesSoItsTicksAreDecades() {
        // gpt-3's Pareto slide: costs from $1.20M to $1.74M gave ticks at the data's ends labelled "1E6" and "2E6"
        assertThat(SlideChart.decadeBelow(java.util.stream.DoubleStream.of(1.74e6, 1.2e6, 0, -3))).isEqualTo(1e6);
        assertThat(SlideChart.decadeAbove(java.util.stream.DoubleStream.of(1.2e6, 1.74e6))).isEqualTo(1e7);
        // a value on a decade: the axis still spans one
        assertThat(SlideChart.decadeBelow(java.util.stream.DoubleStream.of(1e6))).isEqualTo(1e6);
        assertThat(SlideChart.decadeAbove(java.util.stream.DoubleStream.of(1e6))).isEqualTo(1e7);
        assertThat(SlideChart.decadeBelow(java.util.stream.DoubleStream.of(0.08, 3))).isCloseTo(0.01, org.assertj.core.data.Offset.offset(1e-18));
        // nothing positive: one decade from 1
        assertThat(SlideChart.decadeBelow(java.util.stream.DoubleStream.of(0))).isEqualTo(1);
        assertThat(SlideChart.decadeAbove(java.util.stream.DoubleStream.empty())).isEqualTo(10);
    }

    @Test
    void theFileNameChoosesTheType() {
        assertThat(SlideChart.Type.of("r.SVG")).hasValue(SlideChart.Type.SVG);
        assertThat(SlideChart.Type.of("r.png")).hasValue(SlideChart.Type.PNG);
        assertThat(SlideChart.Type.of("r.pdf")).isEmpty();
    }

    @Test
    void aGanttDrawsEachPhaseInItsColour() throws Exception {
        Chart gantt = new Chart("g", Kind.GANTT, "Time to hero: phases", "s", "time (months)", "backend", false, false,
                List.of(new Series("fab build", List.of(new Point("photonic", 0, 0, 0, 18, 0))),
                        new Series("training", List.of(new Point("photonic", 0, 0, 18, 30, 0), new Point("gpu-h100", 0, 0, 6, 40, 0)))),
                List.of(), List.of("programme"));
        var image = ImageIO.read(new ByteArrayInputStream(SlideChart.render(gantt, SlideChart.Type.PNG)));
        // text is drawn as shapes, so look at the bars: the two phases' colours fill thick segments
        assertThat(pixels(image, 0x4e79a7)).isGreaterThan(5_000);
        assertThat(pixels(image, 0xa0cbe8)).as("training spans 46 months, fab build 18 (the page's second colour)").isGreaterThan(pixels(image, 0x4e79a7));
    }

    private static int pixels(java.awt.image.BufferedImage image, int rgb) {
        int n = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                n += (image.getRGB(x, y) & 0xffffff) == rgb ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void aDistributionDrawsItsMedianAndPercentiles() throws Exception {
        Chart box = new Chart("mc-time", Kind.DISTRIBUTION, "Monte Carlo distribution of time: box", "s", "backend",
                "training time (days)", false, false, List.of(new Series("time", List.of(new Point("gpu-h100", 95, 80, 60, 160, 120)))),
                List.of(), List.of("sampled"));
        var image = ImageIO.read(new ByteArrayInputStream(SlideChart.render(box, SlideChart.Type.PNG)));
        assertThat(pixels(image, 0x4e79a7)).as("the median's bar").isGreaterThan(5_000);
        assertThat(pixels(image, 0x59a14f)).as("the P10 triangle").isPositive();
        assertThat(pixels(image, 0xe15759)).as("the P90 triangle").isPositive();
    }
    @Test
    void aScattersBubblesAreSizedByTheirPointsSize() throws Exception {
        // the page draws bubble area in proportion to energy; the slides drew every point the same size
        int equal = colouredPixels(bubbles(1, 1));
        int small = colouredPixels(bubbles(1, 100));
        assertThat(equal - small).as("a bubble of a hundredth the energy covers less of the slide").isGreaterThan(2_000);
    }

    private static Chart bubbles(double first, double second) {
        return new Chart("pareto", Kind.SCATTER, "Time against cost; bubble area is energy (GWh)", "s", "time (days)",
                "cost (USD)", true, true, List.of(new Series("Pareto front", List.of(new Point("a", 10, 1e8, 0, 0, first))),
                new Series("dominated", List.of(new Point("b", 100, 1e9, 0, 0, second)))), List.of(), List.of("test"));
    }

    private static int colouredPixels(Chart chart) throws Exception {
        var image = ImageIO.read(new ByteArrayInputStream(SlideChart.render(chart, SlideChart.Type.PNG)));
        int n = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                n += Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40 ? 1 : 0; // not white, grey or black
            }
        }
        return n;
    }

    @Test
    void aTitleTooLongForTheSlideLosesItsLastClauses() {
        String headline = "Time against cost; " + "x".repeat(200) + "; the rest";
        Chart chart = new Chart("pareto", Kind.SCATTER, headline, "GPT-4, scenario default", "x", "y", false, false,
                List.of(), List.of(), List.of());
        String svg = new String(SlideChart.render(chart, SlideChart.Type.SVG), StandardCharsets.UTF_8);
        assertThat(svg).contains("viewBox=\"0 0 1600 900\"");
        assertThat(SlideChart.title(chart)).isEqualTo("Time against cost | GPT-4, scenario default");
    }
}
