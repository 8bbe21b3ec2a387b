package dev.cambrian.cli.chart;

import java.util.List;

/**
 * One chart as data: what the HTML page (ECharts, in the browser) and the slide renderer (XChart)
 * both draw. Values are in the unit the axis names; every chart says its scenario and its sources.
 *
 * @param id       stable name, used as the element id on the page and in tests
 * @param kind     how the series are drawn
 * @param title    what the chart shows
 * @param subtitle workload and scenario the figures are for
 * @param xAxis    the x axis's label with its unit
 * @param yAxis    the y axis's label with its unit
 * @param logX     the x axis is logarithmic
 * @param logY     the y axis is logarithmic
 * @param series   the data
 * @param marks    reference marks (a crossing year, say) drawn over the data
 * @param sources  where the figures come from
 */
public record Chart(String id, Kind kind, String title, String subtitle, String xAxis, String yAxis, boolean logX,
                    boolean logY, List<Series> series, List<Mark> marks, List<String> sources) {
    public Chart {
        series = List.copyOf(series);
        marks = List.copyOf(marks);
        sources = List.copyOf(sources);
    }

    /** How a chart is drawn. */
    public enum Kind {
        /** One bar per category at the nominal value, with a low-high error bar. */
        BARS_WITH_RANGE,
        /** Points at (x, y), sized by {@link Point#size()}, labelled. */
        SCATTER,
        /** Horizontal bars from low to high per category, one series per phase. */
        GANTT,
        /** Lines through (x, y). */
        LINES,
        /** Box per category: whiskers low-high, box p10-p90 (y, size), line at the median (x). */
        DISTRIBUTION,
        /** Bars per category stacked across series. */
        STACKED_BARS
    }

    /** A named series of points. */
    public record Series(String name, List<Point> points) {
        public Series {
            points = List.copyOf(points);
        }
    }

    /**
     * One datum. Which fields a kind reads: BARS_WITH_RANGE category, y, low, high; SCATTER category
     * (its label), x, y, size; GANTT category, low, high; LINES x, y; DISTRIBUTION category, low
     * (min), y (p10), x (p50), size (p90), high (max); STACKED_BARS category, y.
     */
    public record Point(String category, double x, double y, double low, double high, double size) {
        public static Point bar(String category, double low, double nominal, double high) {
            return new Point(category, 0, nominal, low, high, 0);
        }

        public static Point xy(double x, double y) {
            return new Point(null, x, y, 0, 0, 0);
        }
    }

    /** A vertical (axis "x") or horizontal (axis "y") reference mark at a value, labelled. */
    public record Mark(String axis, double value, String label) {
    }
}
