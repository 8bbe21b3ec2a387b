package dev.cambrian.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code $ ./cambrian ...} example in the README and in docs/ runs on the installed distribution (from the
 * repository's root, so the example files it names are there) and its output is compared with the block below it
 * ({@link DocExamples} says how). An output that changes without its page fails the build. With
 * {@code -Dcambrian.docs.update=true} (or {@code scripts/update-docs.sh}) the blocks are rewritten from the real
 * output instead, and the test then checks what it wrote.
 */
class DocExamplesIT {
    /** The examples' captured output, each deleted once read. */
    @TempDir
    static Path outputs;

    static Installed cambrian;

    @BeforeAll
    static void unpack() throws Exception {
        cambrian = Installed.shared();
    }

    @Test
    void everyExampleInTheReadmeAndTheDocsPrintsWhatItsPageShows() throws Exception {
        boolean update = Boolean.getBoolean("cambrian.docs.update");
        List<Path> pages = new ArrayList<>(List.of(Repository.root().resolve("README.md")));
        try (Stream<Path> docs = Files.list(Repository.root().resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<String> failures = new ArrayList<>();
        int examples = 0;
        for (Path page : pages) {
            List<DocExamples.Example> found = DocExamples.read(page);
            examples += found.size();
            List<String> lines = update ? new ArrayList<>(Files.readAllLines(page, StandardCharsets.UTF_8)) : null;
            // from the last block up, so the line numbers of the blocks above stay right while rewriting
            for (int i = found.size() - 1; i >= 0; i--) {
                DocExamples.Example e = found.get(i);
                List<String> actual = run(e.args());
                if (update) {
                    List<String> block = new ArrayList<>(List.of(e.command()));
                    block.addAll(DocExamples.update(e, actual));
                    List<String> region = lines.subList(e.commandLine(), e.endLine());
                    region.clear();
                    region.addAll(block);
                } else if (!DocExamples.matches(e, actual)) {
                    failures.add(e.where() + "\n" + firstDifference(e, actual));
                }
            }
            if (update) {
                Files.write(page, lines, StandardCharsets.UTF_8);
                for (DocExamples.Example e : DocExamples.read(page)) {
                    if (!DocExamples.matches(e, run(e.args()))) {
                        failures.add(e.where() + ": still differs after the update (an output that changes from run to run?)");
                    }
                }
            }
        }
        assertThat(examples).as("examples found in README.md and docs/").isGreaterThan(20);
        assertThat(failures).as("examples whose output differs from their page; rewrite them from real output with"
                + " scripts/update-docs.sh (./mvnw -pl distribution -am verify -Dcambrian.docs.update=true ...), then read"
                + " the diff").isEmpty();
    }

    private static List<String> run(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(cambrian.home.resolve("bin/cambrian").toString());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(Repository.root().toFile()).redirectErrorStream(true);
        pb.environment().remove("CAMBRIAN_PLUGINS");
        pb.environment().remove("CAMBRIAN_CDS");
        pb.environment().put("COLUMNS", "200");
        Path out = Files.createTempFile(outputs, "out", ".txt");
        pb.redirectOutput(out.toFile());
        Process p = pb.start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("cambrian " + String.join(" ", args) + " did not finish in 300 s");
        }
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        Files.delete(out);
        return lines;
    }

    private static String firstDifference(DocExamples.Example e, List<String> actual) {
        List<String> shown = DocExamples.shown(e, actual);
        List<String> expected = e.expected();
        for (int i = 0; i < Math.max(expected.size(), shown.size()); i++) {
            String want = i < expected.size() ? expected.get(i) : "<end>";
            String got = i < shown.size() ? shown.get(i) : "<end>";
            if (want.trim().equals(DocExamples.ELLIPSIS)) {
                return "  (the lines up to a '...' match; compare the rest with an update)";
            }
            if (!DocExamples.mask(want).equals(DocExamples.mask(got))) {
                return "  line " + (i + 1) + " of the block:\n    page:   " + want + "\n    output: " + got;
            }
        }
        return "  (differs)";
    }
}
