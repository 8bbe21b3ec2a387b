package dev.cambrian.cli.chart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The chart library, our chart code and their licences, read from the class path to be inlined in a page. */
final class Assets {
    /** The ECharts WebJar's version, as the build resolved it (see the cli pom). */
    static final String ECHARTS_VERSION = "5.3.1";
    private static final String WEBJARS = "META-INF/resources/webjars/";

    private Assets() {
    }

    static String echarts() {
        return script(WEBJARS + "echarts/" + ECHARTS_VERSION + "/dist/echarts.min.js");
    }

    static String charts() {
        return script("dev/cambrian/cli/chart/charts.js");
    }

    static String serve() {
        return script("dev/cambrian/cli/chart/serve.js");
    }

    static String template() {
        return read("dev/cambrian/cli/chart/page.mustache");
    }

    /** A licence to show at the foot of the page. */
    record Licence(String name, String text) {
    }

    static List<Licence> licences() {
        return List.of(
                new Licence("Apache ECharts " + ECHARTS_VERSION + " (Apache License 2.0), inlined in this page",
                        read(WEBJARS + "echarts/" + ECHARTS_VERSION + "/LICENSE") + "\n\n"
                                + read(WEBJARS + "echarts/" + ECHARTS_VERSION + "/NOTICE")),
                new Licence("d3.js parts of ECharts (BSD 3-Clause)", read(WEBJARS + "echarts/" + ECHARTS_VERSION
                        + "/licenses/LICENSE-d3")),
                new Licence("ZRender " + ECHARTS_VERSION + ", bundled in ECharts (BSD 3-Clause)",
                        read(WEBJARS + "zrender/" + ECHARTS_VERSION + "/LICENSE")),
                new Licence("tslib 2.3.0, bundled in ECharts (0BSD)", read(WEBJARS + "tslib/2.3.0/LICENSE.txt")));
    }

    /** Script text to inline: refused if it could end its element early or open an HTML comment. */
    private static String script(String resource) {
        String text = read(resource);
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("</script") || lower.contains("<!--")) {
            throw new IllegalStateException(resource + " cannot be inlined: it contains </script or <!--");
        }
        return text;
    }

    private static String read(String resource) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the class path: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
