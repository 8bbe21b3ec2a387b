package dev.cambrian.cli;

import dev.cambrian.api.Workload;
import dev.cambrian.cli.chart.Chart;
import dev.cambrian.cli.chart.SlideChart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import dev.cambrian.cli.chart.Page;
import dev.cambrian.cli.chart.ScriptJson;
import dev.cambrian.cli.output.Format;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.engine.uncertainty.Figure;
import dev.cambrian.engine.uncertainty.Options;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write one self-contained HTML page (works offline) with every chart for a workload and scenario:"
                + " rankings with ranges, Pareto, time to hero, cost projection, time vs system size, Monte Carlo, audit,"
                + " and the compounds given with --compose. --format json writes the charts' data instead.")
class ReportCommand extends FootprintCommand implements OwnOutputOptions {
    @Mixin
    ReportOptions report;

    @Option(names = "--slides", paramLabel = "DIR",
            description = "Also write every chart of the report into DIR as CHART-ID.svg (1600x900, for a slide), or .png with"
                    + " --slide-type png.")
    Path slides;

    @Option(names = "--slide-type", paramLabel = "svg|png", defaultValue = "svg",
            description = "File type of --slides (default: ${DEFAULT-VALUE}).")
    String slideType;

    @Override
    List<String> backendsRun() {
        return report.backends;
    }

    /** --format: html (the page, its default) or json; the shared option's help said "default: table", which it refuses. */
    @Override
    public void tailor(CommandSpec model) {
        OptionSpec format = model.findOption("--format");
        model.remove(format);
        model.addOption(OptionSpec.builder(format).description("Output format: html (the page) or json (its data)"
                + " (default: ${DEFAULT-VALUE}).").defaultValue("html").completionCandidates(List.of("html", "json")).build());
        model.remove(model.findOption("--table")); // it picks a csv or jsonl table, formats the report does not write
    }

    @Override
    int run(Context ctx, Scenario scenario, Workload workload) {
        Analysis a = Analysis.run(ctx, scenario, workload, report, sampling);
        List<Chart> charts = ReportCharts.of(a);
        var data = ReportView.data(a, charts);
        String text = switch (common.format) {
            case TABLE, HTML -> Page.report(ReportView.title(a), data);
            case JSON -> ScriptJson.of(data) + "\n";
            default -> throw new InputException("--format " + common.format.id()
                    + ": report writes html (the default) or json");
        };
        // The page first, then the slides: a page that cannot be written (a full disk) leaves no slides behind. The
        // folder comes first, as the page may go into it, and goes again if the page fails and it was made for it.
        boolean made = slides != null && !Files.exists(slides);
        if (slides != null) {
            try {
                Files.createDirectories(slides);
            } catch (IOException e) {
                throw new OutputException("--slides " + slides + ": cannot create the folder: " + e.getMessage(), e);
            }
        }
        SlideChart.Type type = slideType();
        // the page and its slides are one set: Ctrl-C between them left a page beside a few of its slides
        try (Interruption.FileSet set = new Interruption.FileSet(made ? slides : null)) {
            try {
                if (slides != null) { // a slide that could not be written (a folder of its name) came after the page and four slides
                    charts.forEach(c -> SlideCharts.checkWritable(slideFile(c, type), "--slides"));
                }
                if (common.output == null || common.output.toString().equals(Output.STDOUT)) {
                    Output.write(text, common.output, spec.commandLine().getOut());
                } else {
                    set.write(common.output, () -> Output.write(text, common.output, spec.commandLine().getOut()));
                }
            } catch (RuntimeException e) {
                if (made) {
                    try {
                        Files.deleteIfExists(slides); // only when empty: the page's temporary file is gone by now
                    } catch (IOException ignored) {
                        // not empty (the page itself, written before the failure): left as it is
                    }
                }
                throw e;
            }
            if (slides != null) {
                for (Chart c : charts) {
                    set.write(slideFile(c, type), () -> SlideCharts.write(slideFile(c, type), type, c, "--slides"));
                }
            }
            set.whole();
        }
        return ExitCodes.OK;
    }

    /** The flags are checked before any plugin runs; the served page checks its queries here too (WebPage.compute). */
    @Override
    Inputs inputs() {
        // table is the option's default, which means html here; asked for by name it wrote html without a word
        boolean tableAsked = common.format == Format.TABLE && spec.commandLine().getParseResult().hasMatchedOption("--format");
        if (tableAsked || common.format != Format.TABLE && common.format != Format.HTML && common.format != Format.JSON) {
            throw new InputException("--format " + common.format.id()
                    + ": report writes html (the default) or json");
        }
        slideType();
        if (slides == null && spec.commandLine().getParseResult().hasMatchedOption("--slide-type")) {
            throw new InputException("--slide-type: only with --slides (the page itself draws its charts as SVG)");
        }
        refuseAPageASlideWouldReplace();
        refuseLinksASlideWouldWriteThrough();
        // a malformed compound, or one of members the run does not select, before any plugin runs
        report.compounds.forEach(c -> Compounds.requireSelected(Compounds.ids(c, "--compose"), report.backends, "reported"));
        sampling = report.sampling.options(Figure.TIME, null);
        return super.inputs();
    }

    /**
     * The page in the slides' folder under the slides' file type could be a slide's name (pareto.svg): the slide,
     * written after the page, replaced it without a word. Which charts a run draws depends on its results, so any
     * such name is refused before the run.
     */
    private void refuseAPageASlideWouldReplace() {
        if (slides == null || common.output == null || common.output.toString().equals("-")) {
            return;
        }
        Path page = Destinations.place(common.output); // symlinks resolved, as every destination check does
        String extension = "." + slideType().name().toLowerCase(Locale.ROOT);
        if (page.getParent() != null && page.getParent().equals(folder(slides))
                && page.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension)) {
            throw new InputException("-o " + common.output + ": --slides " + slides + " writes its charts there as *" + extension
                    + " files, which could replace the page; give the page another name (report.html) or folder");
        }
    }

    /**
     * A slide's name is the tool's, not the user's: a symbolic link of that name in the folder (rank-time.svg to the
     * scenario file, or to the page) was written through, replacing what it points to, and the run ended 0. Any link
     * with the slides' file type there is refused before the run, as the charts drawn depend on its results.
     */
    private void refuseLinksASlideWouldWriteThrough() {
        if (slides == null || !Files.isDirectory(slides)) {
            return;
        }
        String extension = "." + slideType().name().toLowerCase(Locale.ROOT);
        try (java.util.stream.Stream<Path> entries = Files.list(slides)) {
            entries.filter(Files::isSymbolicLink)
                    .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension)).sorted().findFirst()
                    .ifPresent(link -> {
                        throw new InputException("--slides " + slides + ": " + link.getFileName() + " is a symbolic link; a slide"
                                + " of that name would be written through it into what it points to; remove it or give"
                                + " another folder");
                    });
        } catch (java.io.IOException e) {
            throw new OutputException("--slides " + slides + ": cannot read the folder: " + e.getMessage(), e);
        }
    }

    private Path slideFile(Chart c, SlideChart.Type type) {
        return slides.resolve(c.id() + "." + type.name().toLowerCase(Locale.ROOT));
    }

    /** A folder's real path, or, not made yet, its place (its parent's real path and its name). */
    private static Path folder(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException notYet) {
            return Destinations.place(dir);
        }
    }

    /** The Monte Carlo run's options, made (and checked) by {@link #inputs}. */
    Options sampling;

    private SlideChart.Type slideType() {
        return SlideChart.Type.of("." + slideType).orElseThrow(() -> new InputException("--slide-type: expected svg or png,"
                + " got '" + slideType + "'"));
    }
}
