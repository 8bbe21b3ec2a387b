package dev.cambrian.cli.chart;

import dev.cambrian.cli.chart.Chart.Point;
import dev.cambrian.cli.chart.Chart.Series;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BubbleChart;
import org.knowm.xchart.BubbleChartBuilder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A {@link Chart} drawn for a slide with XChart: PNG or SVG, 1600 x 900 (16:9), with the title,
 * the scenario and the first sources in the title lines. Bars with ranges show the low and high as
 * markers on each bar (XChart's own error bars are symmetric; these ranges are not).
 */
public final class SlideChart {
    static final int WIDTH = 1600;
    static final int HEIGHT = 900;

    /** The file types a slide chart can be written as. */
    public enum Type {
        PNG, SVG;

        /** The type a file name's extension asks for, or empty. */
        public static java.util.Optional<Type> of(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            return lower.endsWith(".png") ? java.util.Optional.of(PNG)
                    : lower.endsWith(".svg") ? java.util.Optional.of(SVG) : java.util.Optional.empty();
        }
    }

    private SlideChart() {
    }

    /** The chart's bytes in the type: every kind the page draws has a slide form. */
    public static byte[] render(Chart chart, Type type) {
        System.setProperty("java.awt.headless", "true");
        org.knowm.xchart.internal.chartpart.Chart<?, ?> drawn = switch (chart.kind()) {
            case BARS_WITH_RANGE -> bars(chart);
            case SCATTER -> bubbles(chart);
            case LINES -> xy(chart);
            case STACKED_BARS -> stacked(chart);
            case GANTT -> gantt(chart);
            case DISTRIBUTION -> distribution(chart);
        };
        // a long headline and subtitle ran off both edges at 20 pt: smaller type until it fits
        int size = (int) Math.max(SMALLEST_TITLE, Math.min(20, (WIDTH - 40) / (TITLE_EM * title(chart).length())));
        drawn.getStyler().setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (type == Type.PNG) {
                BitmapEncoder.saveBitmap(drawn, out, BitmapEncoder.BitmapFormat.PNG);
            } else {
                VectorGraphicsEncoder.saveVectorGraphic(drawn, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A title character's mean width in em (bold sans serif; at 0.62 the Pareto title's first letter was cut), the
     * smallest type a slide's title takes (pt), and the characters that fit the slide's width at it.
     */
    private static final double TITLE_EM = 0.68;
    private static final int SMALLEST_TITLE = 11;
    private static final int LONGEST_TITLE = (int) ((WIDTH - 40) / (TITLE_EM * SMALLEST_TITLE));

    /**
     * The chart's headline (its title up to the first colon) and its scenario: one line that fits a slide. A headline
     * that does not fit even at the smallest type loses its clauses from the last semicolon on: the Pareto chart's ran
     * off both edges.
     */
    static String title(Chart chart) {
        int colon = chart.title().indexOf(':');
        String headline = colon > 0 ? chart.title().substring(0, colon) : chart.title();
        String suffix = " | " + chart.subtitle();
        while (headline.length() + suffix.length() > LONGEST_TITLE && headline.lastIndexOf(';') > 0) {
            headline = headline.substring(0, headline.lastIndexOf(';'));
        }
        return headline + suffix;
    }

    private static void style(Styler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        s.setLegendPosition(Styler.LegendPosition.InsideNE);
        s.setAntiAlias(true);
    }

    /** Bars per category at the nominal value, triangles at low and high. */
    private static CategoryChart bars(Chart chart) {
        List<Point> points = chart.series().get(0).points();
        CategoryChart c = categoryChart(chart, points);
        List<String> categories = points.stream().map(Point::category).toList();
        c.addSeries("nominal", categories, points.stream().map(Point::y).toList()).setFillColor(new Color(0x4e79a7));
        marks(c, "low", categories, points.stream().map(Point::low).toList(), SeriesMarkers.TRIANGLE_UP, new Color(0x59a14f));
        marks(c, "high", categories, points.stream().map(Point::high).toList(), SeriesMarkers.TRIANGLE_DOWN, new Color(0xe15759));
        return c;
    }

    /** A slide's category chart with bars and marks overlapped; on a log axis, from the decade below the lowest value. */
    private static CategoryChart categoryChart(Chart chart, List<Point> points) {
        CategoryChart c = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title(chart))
                .xAxisTitle(chart.xAxis()).yAxisTitle(chart.yAxis()).build();
        style(c.getStyler());
        c.getStyler().setOverlapped(true);
        c.getStyler().setYAxisLogarithmic(chart.logY());
        c.getStyler().setXAxisLabelRotation(35);
        c.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        c.getStyler().setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        if (chart.logY()) { // bars start at zero unless told otherwise, and a log axis has no zero
            c.getStyler().setYAxisMin(decadeBelow(points.stream().mapToDouble(Point::low)));
            c.getStyler().setYAxisMax(decadeAbove(points.stream().flatMapToDouble(p -> java.util.stream.DoubleStream.of(p.y(), p.high()))));
        } else {
            c.getStyler().setYAxisMin(0.0);
        }
        return c;
    }

    /**
     * Tableau 20, in the page's order (charts.js PALETTE), so a phase has the same colour on the slide as on the page: ten
     * colours gave neuromorphic's eleventh phase the first one's blue.
     */
    private static final Color[] PHASE_COLOURS = java.util.stream.IntStream.of(0x4e79a7, 0xa0cbe8, 0xf28e2b, 0xffbe7d,
            0x59a14f, 0x8cd17d, 0xb6992d, 0xf1ce63, 0x499894, 0x86bcb6, 0xe15759, 0xff9d9a, 0x79706e, 0xbab0ac, 0xd37295,
            0xfabfd2, 0xb07aa1, 0xd4a6c8, 0x9d7660, 0xd7b5a6).mapToObj(Color::new).toArray(Color[]::new);

    /**
     * Horizontal bars from low to high, one row per category (named at the left of its first bar), one
     * colour per series (phase): XChart has no horizontal bars, so each bar is a thick line segment.
     */
    private static XYChart gantt(Chart chart) {
        XYChart c = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title(chart))
                .xAxisTitle(chart.xAxis()).yAxisTitle(chart.yAxis()).build();
        style(c.getStyler());
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        c.getStyler().setYAxisTicksVisible(false);
        c.getStyler().setPlotGridHorizontalLinesVisible(false);
        c.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        c.getStyler().setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        c.getStyler().setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        List<String> rows = chart.series().stream().flatMap(s -> s.points().stream()).map(Point::category).distinct().toList();
        c.getStyler().setYAxisMin(-1.0);
        c.getStyler().setYAxisMax((double) rows.size());
        double start = chart.series().stream().flatMap(s -> s.points().stream()).mapToDouble(Point::low).min().orElse(0);
        int colour = 0;
        for (Series s : chart.series()) {
            Color phase = PHASE_COLOURS[colour++ % PHASE_COLOURS.length];
            for (Point p : s.points()) {
                double row = rows.size() - 1 - rows.indexOf(p.category()); // the first category on top, as on the page
                XYSeries bar = c.addSeries(s.name() + " " + p.category(), new double[] {p.low(), p.high()}, new double[] {row, row});
                bar.setMarker(SeriesMarkers.NONE);
                bar.setLineStyle(new BasicStroke(Math.max(4f, 0.5f * HEIGHT / (rows.size() + 2)), BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_MITER));
                bar.setLineColor(phase);
                bar.setShowInLegend(false); // a legend line as thick as the bar would cover its neighbours
            }
            // the legend's entry: a zero-length series with a thin line of the phase's colour
            XYSeries key = c.addSeries(s.name(), new double[] {start, start}, new double[] {-1, -1});
            key.setMarker(SeriesMarkers.NONE);
            key.setLineStyle(new BasicStroke(8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER)); // butt: nothing drawn at the point
            key.setLineColor(phase);
        }
        for (String row : rows) {
            c.addAnnotation(new org.knowm.xchart.AnnotationText(row, start, rows.size() - 1 - rows.indexOf(row) + 0.45, false));
        }
        return c;
    }

    /** Per category: a bar at the median, triangles at P10 and P90, dots at the smallest and largest sample. */
    private static CategoryChart distribution(Chart chart) {
        List<Point> points = chart.series().get(0).points();
        CategoryChart c = categoryChart(chart, points);
        List<String> categories = points.stream().map(Point::category).toList();
        CategorySeries median = c.addSeries("P50", categories, points.stream().map(Point::x).toList());
        median.setFillColor(new Color(0x4e79a7));
        marks(c, "P10", categories, points.stream().map(Point::y).toList(), SeriesMarkers.TRIANGLE_UP, new Color(0x59a14f));
        marks(c, "P90", categories, points.stream().map(Point::size).toList(), SeriesMarkers.TRIANGLE_DOWN, new Color(0xe15759));
        marks(c, "min", categories, points.stream().map(Point::low).toList(), SeriesMarkers.CIRCLE, Color.GRAY);
        marks(c, "max", categories, points.stream().map(Point::high).toList(), SeriesMarkers.CIRCLE, Color.DARK_GRAY);
        return c;
    }

    /** A series drawn as markers only, over the categories. */
    private static void marks(CategoryChart c, String name, List<String> categories, List<Double> values,
                              org.knowm.xchart.style.markers.Marker marker, Color colour) {
        CategorySeries s = c.addSeries(name, categories, values);
        s.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
        s.setMarker(marker);
        s.setMarkerColor(colour);
    }

    private static CategoryChart stacked(Chart chart) {
        CategoryChart c = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title(chart))
                .xAxisTitle(chart.xAxis()).yAxisTitle(chart.yAxis()).build();
        style(c.getStyler());
        c.getStyler().setStacked(true);
        c.getStyler().setXAxisLabelRotation(35);
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        for (Series s : chart.series()) {
            c.addSeries(s.name(), s.points().stream().map(Point::category).toList(), s.points().stream().map(Point::y).toList());
        }
        // as the page colours them: ranks from dark to light (rank 1 and 13 shared a colour), severities blue, orange, red
        if (chart.id().equals("mc-rank")) {
            c.getStyler().setSeriesColors(sequential(chart.series().size()));
            int n = chart.series().size();
            if (n > LEGEND_ENTRIES) { // thirty ranks overflowed the slide, rank 1 cut off: the scale's steps are enough
                for (int k = 0; k < n; k++) {
                    c.getSeriesMap().get(chart.series().get(k).name()).setShowInLegend(k == 0 || k == n - 1 || (k + 1) % 5 == 0);
                }
            }
        } else if (chart.id().equals("audit")) {
            c.getStyler().setSeriesColors(new Color[] {new Color(0x4e79a7), new Color(0xf28e2b), new Color(0xe15759)});
        }
        return c;
    }

    /** Legend entries a slide's height holds. */
    private static final int LEGEND_ENTRIES = 15;

    /** One hue from dark to light, the page's sequential scale for ordinal series. */
    private static Color[] sequential(int n) {
        Color[] out = new Color[Math.max(1, n)];
        for (int i = 0; i < out.length; i++) {
            double t = out.length > 1 ? (double) i / (out.length - 1) : 0;
            out[i] = new Color((int) Math.round(8 + (222 - 8) * t), (int) Math.round(48 + (235 - 48) * t),
                    (int) Math.round(107 + (247 - 107) * t));
        }
        return out;
    }

    /**
     * Points sized by {@link Point#size()} as on the page: the diameter goes with the square root of the size over the
     * largest, up to 72 px, so areas are in proportion (an offset of 12 px drew 0.75 GWh at 1/22 of 261 GWh's area, not
     * 1/350), and at least 4 px; one series per point so the legend names each backend with its series.
     */
    private static final double BUBBLE_MAX = 72;
    private static final double BUBBLE_MIN = 4;

    private static BubbleChart bubbles(Chart chart) {
        BubbleChart c = new BubbleChartBuilder().width(WIDTH).height(HEIGHT).title(title(chart))
                .xAxisTitle(chart.xAxis()).yAxisTitle(chart.yAxis()).build();
        valueAxes(c.getStyler(), chart);
        long entries = chart.series().stream().mapToLong(s -> s.points().size()).sum();
        if (entries > 20) { // a bubble's legend line is taller than a marker's: thirty backends ran off the slide's top
            c.getStyler().setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            c.getStyler().setLegendPadding(4);
        }
        double max = chart.series().stream().flatMap(s -> s.points().stream()).mapToDouble(Point::size).max().orElse(0);
        for (Series s : chart.series()) {
            for (Point p : s.points()) {
                double diameter = max > 0 ? Math.max(BUBBLE_MIN, BUBBLE_MAX * Math.sqrt(Math.max(0, p.size()) / max)) : 18;
                c.addSeries(p.category() + " (" + s.name() + ")", new double[] {p.x()}, new double[] {p.y()},
                        new double[] {diameter});
            }
        }
        return c;
    }

    /** Two value axes, log where the chart says, and the legend outside at the right (one entry per backend). */
    private static void valueAxes(AxesChartStyler s, Chart chart) {
        style(s);
        s.setXAxisLogarithmic(chart.logX());
        s.setYAxisLogarithmic(chart.logY());
        decadeBounds(s, chart);
        s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
    }

    /**
     * The power of ten at or below the smallest positive value (1 when there is none). A log axis that does not span a
     * decade boundary got its two ticks at the data's ends, labelled as the decades: $1.20M and $1.74M read "1E6" and
     * "2E6". Bounds on whole decades put every tick on one.
     */
    static double decadeBelow(java.util.stream.DoubleStream values) {
        double min = values.filter(v -> v > 0 && Double.isFinite(v)).min().orElse(1);
        return Math.pow(10, Math.floor(Math.log10(min)));
    }

    /** The power of ten at or above the largest positive value, and above {@link #decadeBelow} of it. */
    static double decadeAbove(java.util.stream.DoubleStream values) {
        double max = values.filter(v -> v > 0 && Double.isFinite(v)).max().orElse(1);
        double up = Math.pow(10, Math.ceil(Math.log10(max)));
        return up > Math.pow(10, Math.floor(Math.log10(max))) ? up : up * 10;
    }

    /** Whole-decade bounds on each log axis, from every point's value and range. */
    private static void decadeBounds(AxesChartStyler s, Chart chart) {
        java.util.function.Supplier<java.util.stream.Stream<Point>> points = () -> chart.series().stream().flatMap(x -> x.points().stream());
        if (chart.logX()) {
            s.setXAxisMin(decadeBelow(points.get().mapToDouble(Point::x)));
            s.setXAxisMax(decadeAbove(points.get().mapToDouble(Point::x)));
        }
        if (chart.logY()) {
            s.setYAxisMin(decadeBelow(points.get().mapToDouble(Point::y)));
            s.setYAxisMax(decadeAbove(points.get().mapToDouble(Point::y)));
        }
    }

    private static XYChart xy(Chart chart) {
        XYChart c = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title(chart))
                .xAxisTitle(chart.xAxis()).yAxisTitle(chart.yAxis()).build();
        valueAxes(c.getStyler(), chart);
        if (!chart.logX() && chart.xAxis().equals("year")) {
            c.getStyler().setXAxisDecimalPattern("0"); // 2030, not XChart's grouped 2,030
        }
        for (Series s : chart.series()) {
            if (!s.points().isEmpty()) {
                XYSeries line = c.addSeries(s.name(), s.points().stream().mapToDouble(Point::x).toArray(),
                        s.points().stream().mapToDouble(Point::y).toArray());
                line.setMarker(SeriesMarkers.CIRCLE);
                line.setLineStyle(new BasicStroke(2.5f));
            }
        }
        // each mark labelled beside its line, as on the page (the slide drew the lines unnamed), stepping down the
        // plot so that crossings in the same year do not print over each other
        double[] ys = chart.series().stream().flatMap(x -> x.points().stream()).mapToDouble(Point::y).toArray();
        double top = chart.logY() ? decadeAbove(java.util.Arrays.stream(ys)) : java.util.Arrays.stream(ys).max().orElse(1);
        double bottom = chart.logY() ? decadeBelow(java.util.Arrays.stream(ys)) : java.util.Arrays.stream(ys).min().orElse(0);
        int shown = 0;
        c.getStyler().setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        for (Chart.Mark m : chart.marks()) {
            if (m.axis().equals("x")) {
                c.addAnnotation(new org.knowm.xchart.AnnotationLine(m.value(), true, false));
                double step = 0.05 * (1 + shown++ % 8);
                double y = chart.logY() ? Math.pow(10, Math.log10(top) - step * (Math.log10(top) - Math.log10(bottom)))
                        : top - step * (top - bottom);
                c.addAnnotation(new org.knowm.xchart.AnnotationText(m.label(), m.value(), y, false));
            }
        }
        return c;
    }
}
