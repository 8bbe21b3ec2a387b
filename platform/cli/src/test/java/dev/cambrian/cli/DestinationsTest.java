package dev.cambrian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every destination is checked before the command runs (an empty plugins folder here: had any plugin
 * loaded, the command would have got as far as exit 3), and an output never replaces an input.
 */
class DestinationsTest {
    @TempDir
    Path work;

    /** An empty plugins folder. */
    private Path noPlugins;

    @BeforeEach
    void emptyPluginsFolder() throws Exception {
        noPlugins = Files.createDirectory(work.resolve("plugins"));
    }

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        String[] withPlugins = new String[args.length + 2];
        System.arraycopy(args, 0, withPlugins, 0, args.length);
        withPlugins[args.length] = "--plugins";
        withPlugins[args.length + 1] = noPlugins.toString();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(withPlugins, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private void assertRefused(Run r, String message) {
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).isEqualTo("error: " + message + System.lineSeparator());
        assertThat(r.out()).isEmpty();
    }

    @Test
    @DisplayName("an output that cannot be written is refused before anything runs, the chart and slides unwritten")
    void unusableOutputsAreRefusedFirst() throws Exception {
        Path chart = work.resolve("c.svg");
        assertRefused(run("rank", "--chart", chart.toString(), "-o", "/"), "--output /: cannot write: it is a folder");
        assertThat(chart).doesNotExist();
        Path slides = work.resolve("slides");
        Path missing = work.resolve("missing");
        assertRefused(run("report", "--slides", slides.toString(), "-o", missing.resolve("r.html").toString()),
                "--output " + missing.resolve("r.html") + ": cannot write: cannot create a file in " + missing + " (no such folder)");
        assertThat(slides).doesNotExist();
        Path file = Files.writeString(work.resolve("notes.txt"), "mine");
        assertRefused(run("report", "--slides", file.toString()), "--slides " + file + ": cannot create the folder: " + file
                + " is a file");
        assertRefused(run("rank", "--chart", work.resolve("x.svg").toString(), "-o", work.resolve("x.svg").toString()),
                "--chart " + work.resolve("x.svg") + " and --output " + work.resolve("x.svg") + " are the same file: one output"
                        + " would replace the other; give each its own file");
    }

    @Test
    @DisplayName("an empty file or folder name is refused naming the option (it was the current folder)")
    void anEmptyPathIsRefused() {
        assertRefused(run("report", "--slides", ""), "--slides: empty; give a folder");
        assertRefused(run("estimate", "-o", ""), "--output: empty; give a file");
        assertRefused(run("estimate", "--scenario", ""), "--scenario: empty; give a file");
    }

    @Test
    @DisplayName("--table with a format that writes every table is refused (it was ignored)")
    void aTableChoiceOnlyWithCsvOrJsonl() {
        assertRefused(run("estimate", "--format", "json", "--table", "nope"),
                "--table nope: picks the one table a --format csv or jsonl file holds; --format json writes every table");
        assertThat(run("estimate", "--format", "csv", "--table", "nope").code()).isEqualTo(ExitCodes.PLUGINS_FAILED); // past the check
    }

    @Test
    @DisplayName("a table name the sampling commands can never write is refused before any plugin loads, by their options:"
            + " project's sampled tables only with --backend")
    void theSamplingCommandsTableNamesAreCheckedFirst() {
        assertRefused(run("uncertainty", "--format", "csv", "--table", "nope"),
                "--table: no table 'nope' in this output; accepted: percentiles, ranks, sensitivity");
        assertRefused(run("project", "--backend", "photonic", "--format", "jsonl", "--table", "nope"),
                "--table: no table 'nope' in this output; accepted: years, crossings, sampled, odds");
        assertRefused(run("project", "--format", "csv", "--table", "odds"),
                "--table: no table 'odds' in this output; accepted: years, crossings");
        for (String[] fine : new String[][] {{"uncertainty", "--table", "ranks"}, {"project", "--table", "crossings"},
            {"project", "--backend", "photonic", "--table", "odds"}}) {
            String[] args = java.util.Arrays.copyOf(fine, fine.length + 2);
            args[fine.length] = "--format";
            args[fine.length + 1] = "csv";
            Run past = run(args); // past the check: the projection alone needs no plugin, the others stop for want of one
            assertThat(past.code()).as(String.join(" ", fine) + ": " + past.err()).isNotEqualTo(ExitCodes.BAD_INPUT);
            assertThat(past.err()).doesNotContain("--table");
        }
    }

    @Test
    @DisplayName("the page may go into the slides folder the command is about to make")
    void anOutputInsideTheSlidesFolderToBeMadeIsWritable() throws Exception {
        Path slides = work.resolve("deck");
        // past the destinations, the command gets as far as loading plugins (none here): refused it would be exit 2
        assertThat(run("report", "--slides", slides.toString(), "-o", slides.resolve("page.html").toString()).code())
                .isEqualTo(ExitCodes.PLUGINS_FAILED);
        assertThat(slides).doesNotExist();
        // the page named as the slides folder: 15 slides were written into it before -o was refused
        Path both = work.resolve("rep.html");
        assertRefused(run("report", "--slides", both.toString(), "-o", both.toString()), "--output " + both
                + " is the --slides folder: the page and the slides need their own places; give -o a file");
        assertThat(both).doesNotExist();
        // the page named as a slide would be (pareto.svg): the slide, written after it, replaced it without a word
        assertRefused(run("report", "--slides", slides.toString(), "-o", slides.resolve("pareto.svg").toString()),
                "-o " + slides.resolve("pareto.svg") + ": --slides " + slides + " writes its charts there as *.svg files, which"
                        + " could replace the page; give the page another name (report.html) or folder");
        assertThat(run("report", "--slides", slides.toString(), "--slide-type", "png", "-o", slides.resolve("p.svg").toString())
                .code()).as("another type than the slides'").isEqualTo(ExitCodes.PLUGINS_FAILED);
        // the same folder through a symlink
        Path real = java.nio.file.Files.createDirectories(work.resolve("real-deck"));
        Path link = java.nio.file.Files.createSymbolicLink(work.resolve("deck-link"), real);
        assertThat(run("report", "--slides", link.toString(), "-o", real.resolve("pareto.svg").toString()).code())
                .isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    @DisplayName("-o naming a file the command reads is refused, through a symlink too, and the file is left as it was")
    void anOutputIsNeverAnInput() throws Exception {
        Path scenario = Files.writeString(work.resolve("s.yaml"), "parameters:\n  gpu-h100:\n    devices: 16384\n");
        Path link = Files.createSymbolicLink(work.resolve("link.yaml"), scenario);
        String same = " are the same file: the output would replace what the command reads; write it elsewhere";
        assertRefused(run("estimate", "--scenario", scenario.toString(), "-o", scenario.toString()),
                "--output " + scenario + " and --scenario " + scenario + same);
        assertRefused(run("rank", "--scenario", link.toString(), "--output", scenario.toString()),
                "--output " + scenario + " and --scenario " + link + same);
        assertThat(scenario).hasContent("parameters:\n  gpu-h100:\n    devices: 16384\n");
        Path runs = Files.writeString(work.resolve("runs.csv"), "id\n");
        assertRefused(run("validate", "--runs", runs.toString(), "-o", runs.toString()),
                "--output " + runs + " and --runs " + runs + same);
        Path part = Files.writeString(work.resolve("p1.csv"), "part\n");
        assertRefused(run("uncertainty", "--merge", part + "," + work.resolve("p2.csv"), "-o", part.toString()),
                "--output " + part + " and --merge " + part + same);
        assertThat(part).hasContent("part\n");
        Path lock = noPlugins.resolve("plugins.lock");
        String loaded = " load (a plugin jar, a jar one names on its Class-Path, or the lock): the output would replace what"
                + " the command loads; write it elsewhere";
        assertRefused(run("estimate", "-o", lock.toString()), "--output " + lock + " is a file the plugins in " + noPlugins
                + loaded);
        assertThat(lock).doesNotExist();
        // a jar a plugin's manifest names on its Class-Path, inside the folder or beside it: -o replaced it with a table
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.CLASS_PATH, "lib/dep.jar ../outside.jar");
        try (var jar = new java.util.jar.JarOutputStream(Files.newOutputStream(noPlugins.resolve("cp-plugin.jar")), manifest)) {
            jar.flush();
        }
        Path dep = Files.createDirectories(noPlugins.resolve("lib")).resolve("dep.jar");
        Path outside = noPlugins.getParent().resolve("outside.jar");
        for (Path p : java.util.List.of(dep, outside)) {
            try (var jar = new java.util.jar.JarOutputStream(Files.newOutputStream(p))) {
                jar.flush();
            }
        }
        for (Path p : java.util.List.of(dep, outside)) {
            long size = Files.size(p);
            assertRefused(run("estimate", "-o", p.toString()), "--output " + p + " is a file the plugins in " + noPlugins + loaded);
            assertThat(p).hasSize(size);
        }
    }

    @Test
    @DisplayName("merge: -o naming one of its parts")
    void mergeDoesNotWriteOverAPart() throws Exception {
        Path part = Files.writeString(work.resolve("p1.csv"), "part\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"merge", part.toString(), "-o", part.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertRefused(new Run(code, out.toString(), err.toString()), "--output " + part + " and input " + part
                + " are the same file: the output would replace what the command reads; write it elsewhere");
    }

    @Test
    @DisplayName("'-o -' is standard output, and --help is not held up by a bad -o")
    void standardOutputAndHelpAreNotDestinations() {
        assertThat(run("estimate", "--help", "-o", "/").code()).isEqualTo(ExitCodes.OK);
        // a built-in scenario's name is no file: -o default is not it, and the command gets as far as loading plugins
        assertThat(run("estimate", "--scenario", "default", "-o", "default").code()).isEqualTo(ExitCodes.PLUGINS_FAILED);
        assertThat(Path.of("default")).doesNotExist();
        assertThat(Destinations.same(work.resolve("a"), work.resolve("./a"))).isTrue();
        assertThat(Destinations.same(Path.of("/dev/null"), Path.of("/dev/null"))).as("written through, never replaced").isFalse();
    }
}
