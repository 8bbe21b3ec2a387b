package dev.cambrian.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;

/**
 * The report and the served page in a real browser: Debian's headless chromium, driven through its
 * chromedriver. Every chart must render with data and the console must stay free of errors; on the
 * served page, changing a control must redraw the charts, and bad input must show the CLI's message.
 * Without chromium the test is skipped, unless -Dcambrian.requireBrowser=true (CI) makes that a failure.
 */
class BrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** What the report shows when it is given compounds: every chart the issue lists. */
    static final List<String> CHARTS = List.of("rank-time", "rank-energy", "rank-cost", "rank-carbon", "rank-water", "pareto", "hero-gantt", "projection",
            "scale", "mc-time", "mc-energy", "mc-cost", "mc-histogram-time", "mc-rank", "audit", "compounds");

    /** No class-data archive: recording one at a process's first exit costs seconds this test does not need. */
    private static final Map<String, String> NO_CDS = Map.of("CAMBRIAN_CDS", "0");

    @TempDir
    static Path work;
    static Installed cambrian;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && Boolean.getBoolean("cambrian.requireBrowser")) {
            throw new AssertionError("the browser test must run here (-Dcambrian.requireBrowser=true) but " + CHROMIUM + " or "
                    + CHROMEDRIVER + " is missing: apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(present, "BrowserIT skipped: no " + CHROMIUM + " and " + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver); CI (.ci/run) installs them and fails if this is skipped");
        cambrian = Installed.unpack(work);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createDirectories(work.resolve("chromium-profile")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theReportDrawsEveryChartOfflineWithoutConsoleErrors() throws Exception {
        Path report = work.resolve("report.html");
        Installed.Run run = cambrian.runWith(NO_CDS, work, "report", "-o", report.toString(), "-w", "gpt-4", "-b",
                "gpu-h100,gpu-b200,photonic,analog-topology,probabilistic-training", "--compose", "photonic+analog-topology",
                "--samples", "200");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(html).doesNotContainPattern("<script[^>]+src=").doesNotContain("<link ");
        browser.get(report.toUri().toString());
        assertEveryChartDrawn(CHARTS);
        // on a log axis each bar rises from the axis floor: ECharts' own bars start at 1, so probabilistic-training's
        // 0.1 day hung downward as the longest bar
        Object bars = ((JavascriptExecutor) browser).executeScript("var o = echarts.getInstanceByDom("
                + "document.getElementById('chart-rank-time')).getOption(); var min = o.yAxis[0].min;"
                + " return [o.yAxis[0].type, o.series[0].data.every(function (d) { return d[1] === min && d[1] < d[2]; }),"
                + " o.series[0].data.some(function (d) { return d[2] < 1; })];");
        assertThat(bars).isEqualTo(List.of("log", true, true));
        assertThat(text("#figure-projection")).contains("Frontier model training cost by year").contains("USD");
        assertThat(browser.findElements(By.cssSelector("#audit-findings tr"))).hasSizeGreaterThan(1);
        assertNoConsoleErrors();
    }

    @Test
    void oneBackendDrawsItsParetoBubbleAndAPhaseNameWithMarkupStaysText() throws Exception {
        Path report = work.resolve("one.html");
        Installed.Run run = cambrian.runWith(NO_CDS, work, "report", "-o", report.toString(), "-w", "gpt-3", "-b", "gpu-h100",
                "--samples", "100");
        assertThat(run.exitCode()).as(run.err()).isZero();
        browser.get(report.toUri().toString());
        assertEveryChartDrawn(List.of("pareto"));
        // one point: the log axes had min = max and drew no bubble nor axis labels (NaN transforms in the console)
        @SuppressWarnings("unchecked")
        List<Object> extent = (List<Object>) ((JavascriptExecutor) browser).executeScript("var o = echarts.getInstanceByDom("
                + "document.getElementById('chart-pareto')).getOption(); return [o.xAxis[0].min, o.xAxis[0].max];");
        assertThat(extent).allSatisfy(v -> assertThat(((Number) v).doubleValue()).isPositive().isFinite());
        assertNoConsoleErrors();
        // a plugin's phase name reaches a tooltip: ECharts puts a formatter's text in as HTML, and this ran on hover
        ((JavascriptExecutor) browser).executeScript("var d = JSON.parse(document.getElementById('cambrian-data').textContent);"
                + " var g = d.charts.filter(function (c) { return c.kind === 'GANTT'; })[0];"
                + " g.series[0].name = 'R&D <img src=x onerror=\"window.pwned = 1\">';"
                + " d.charts = [g]; window.cambrianDraw(d, document.getElementById('report'));"
                + " var chart = echarts.getInstanceByDom(document.getElementById('chart-' + g.id));"
                + " chart.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: 0 });");
        waitFor("the tooltip", () -> browser.findElements(By.xpath("//*[contains(text(), 'R&D <img')]")).size() > 0);
        Thread.sleep(200); // time for an injected image to fail and its handler to run
        assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined;")).isEqualTo(true);
    }

    @Test
    void theServedPageFollowsItsControlsAndSaysWhatIsWrong() throws Exception {
        ProcessBuilder serve = new ProcessBuilder(cambrian.home.resolve("bin/cambrian").toString(), "serve", "--port", "0")
                .directory(work.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        serve.environment().putAll(NO_CDS);
        Process server = serve.start();
        try {
            String url = servedUrl(server);
            browser.get(url);
            List<String> served = CHARTS.subList(0, CHARTS.size() - 1); // no compound until one is asked for
            assertEveryChartDrawn(served);
            String before = text("#report > p.subtitle");
            Object timesBefore = rankTimes();
            new Select(browser.findElement(By.name("workload"))).selectByValue("gpt-3");
            waitFor("the page to redraw for gpt-3", () -> !text("#report > p.subtitle").equals(before)
                    && "drawn".equals(browser.findElement(By.tagName("body")).getAttribute("data-state")));
            assertThat(text("#report > p.subtitle")).contains("GPT-3");
            assertEveryChartDrawn(served);
            assertThat(rankTimes()).isNotEqualTo(timesBefore);

            browser.findElement(By.name("compose")).sendKeys("photonic+analog-topology");
            browser.findElement(By.name("samples")).click(); // leaving the field fires its change
            waitFor("the compound chart", () -> !browser.findElements(By.id("chart-compounds")).isEmpty());
            assertEveryChartDrawn(CHARTS);

            WebElement samples = browser.findElement(By.name("samples"));
            samples.clear();
            samples.sendKeys("lots");
            browser.findElement(By.name("parameters")).click();
            waitFor("the error line", () -> !text("#error").isEmpty());
            Installed.Run cli = cambrian.runWith(NO_CDS, work, "report", "--samples", "lots", "-o", work.resolve("unused.html").toString());
            assertThat(cli.exitCode()).isEqualTo(2);
            String line = cli.err().lines().findFirst().orElseThrow();
            assertThat(line).startsWith("error: --samples");
            // the page shows the same line as the command line, up to its "(see '... --help')" pointer
            assertThat(line).startsWith(text("#error").strip());
            assertNoConsoleErrorsBut("400");
        } finally {
            server.toHandle().descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            server.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static String servedUrl(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("serve's first line").isNotNull();
        Matcher m = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)").matcher(line);
        assertThat(m.find()).as(line).isTrue();
        return m.group(1);
    }

    private static Object rankTimes() {
        return ((JavascriptExecutor) browser).executeScript(
                "return echarts.getInstanceByDom(document.getElementById('chart-rank-time')).getOption().series[0].data;");
    }

    /** Every chart is on the page, has data, and ECharts drew marks for it into its SVG. */
    private static void assertEveryChartDrawn(List<String> ids) {
        for (String id : ids) {
            waitFor("chart " + id, () -> !browser.findElements(By.cssSelector("#chart-" + id + " svg")).isEmpty());
            @SuppressWarnings("unchecked")
            Map<String, Object> drawn = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(
                    "return window.cambrianRendered[arguments[0]];", id);
            assertThat(drawn).as("chart " + id + " registered").isNotNull();
            assertThat(((Number) drawn.get("points")).longValue()).as("data points of " + id).isPositive();
            long marks = ((Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.querySelectorAll('#chart-' + arguments[0] + ' svg path').length;", id)).longValue();
            assertThat(marks).as("SVG paths drawn for " + id).isGreaterThan(10);
            assertThat(text("#figure-" + id + " h2")).as("title of " + id).isNotBlank();
            assertThat(text("#figure-" + id + " .axes")).as("axes of " + id).contains("(");
            assertThat(text("#figure-" + id + " .subtitle")).as("scenario of " + id).isNotBlank();
            assertThat(browser.findElements(By.cssSelector("#figure-" + id + " details li"))).as("sources of " + id).isNotEmpty();
        }
    }

    private static void assertNoConsoleErrors() {
        assertNoConsoleErrorsBut(null);
    }

    /** Console errors, except those naming the given text (the 400 the test itself provoked). */
    private static void assertNoConsoleErrorsBut(String expected) {
        List<LogEntry> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(e -> expected == null || !e.getMessage().contains(expected)).toList();
        assertThat(severe).as("console errors").isEmpty();
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private static void waitFor(String what, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try {
                if (condition.get()) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // the element is being replaced by the redraw: ask again
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("timed out waiting for " + what);
    }
}
