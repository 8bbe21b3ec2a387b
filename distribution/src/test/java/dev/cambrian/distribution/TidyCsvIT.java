package dev.cambrian.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every computing command's {@code --format csv}, as a spreadsheet reads it (README "Pictures ..., CSV"):
 * each table it offers, one per file, with a header of plain column names and, in every column whose
 * name ends in a unit, a number or nothing in every row; a wrong {@code --table} names the accepted ones.
 * (levers, validate and plan are tested with their own commands.)
 */
class TidyCsvIT {
    /** Column names end in the unit their numbers are in; these are the units the commands write. */
    private static final List<String> UNIT_SUFFIXES = List.of("_s", "_J", "_j", "_USD", "_usd", "_kgCO2e", "_L", "_W",
            "_month", "_ratio", "_count", "_probability", "_FLOP", "_op_per_J", "_op_per_s", "_devices", "_year", "_h");
    /** A column name: letters, digits and underscores (or "#"-free identifiers a formula can name), no spaces or units in brackets. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    /** Tables of text alone: which audit check ran on which backend, and why not. */
    private static final List<String> TEXT_ONLY = List.of("checks");
    private static final Pattern ACCEPTED = Pattern.compile("error: --table: no table 'no-such-table' in this output; accepted: (.+)");

    @TempDir
    static Path work;

    static Installed cambrian;

    @BeforeAll
    static void unpack() throws Exception {
        cambrian = Installed.shared();
    }

    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of("estimate", List.of("estimate", "-w", "gpt-3", "-b", "gpu-h100,photonic"), List.of("results")),
                Arguments.of("rank --compose", List.of("rank", "-w", "gpt-3", "-b", "gpu-h100,photonic,analog-topology",
                        "--compose", "photonic+analog-topology"), List.of("results", "compounds")),
                Arguments.of("compose", List.of("compose", "photonic+analog-topology", "-w", "gpt-3"),
                        List.of("compounds", "assignment", "derivation")),
                Arguments.of("audit", List.of("audit", "-w", "gpt-3"), List.of("findings", "checks")),
                Arguments.of("uncertainty", List.of("uncertainty", "-w", "gpt-3", "-b", "gpu-h100,photonic,neuromorphic",
                        "--samples", "200"), List.of("percentiles", "ranks", "sensitivity")),
                Arguments.of("explain", List.of("explain", "-w", "gpt-3", "-b", "gpu-h100,photonic"),
                        List.of("derivation", "parameters")),
                Arguments.of("explain A+B", List.of("explain", "-w", "gpt-3", "-b", "photonic+analog-topology"),
                        List.of("compounds", "assignment", "derivation")),
                Arguments.of("scale", List.of("scale"), List.of("sizes")),
                Arguments.of("scale --explain", List.of("scale", "--explain", "50000"), List.of("sizes", "derivation")),
                Arguments.of("workloads", List.of("workloads"), List.of("workloads")),
                Arguments.of("project", List.of("project"), List.of("years", "crossings")),
                Arguments.of("project --backend", List.of("project", "--backend", "photonic", "--samples", "200", "--lever",
                        "resilience"), List.of("years", "crossings", "sampled", "odds")),
                Arguments.of("sweep", List.of("sweep", "-w", "gpt-3", "--devices", "1000,4000", "-b", "gpu-h100,photonic"),
                        List.of())); // one table and no --table to pick it
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void everyTableIsPlainNumbersInTheUnitsItsHeaderNames(String what, List<String> args, List<String> tables) throws Exception {
        Installed.Run wrong = run(args, "--table", "no-such-table");
        assertThat(wrong.exitCode()).as(wrong.err()).isEqualTo(2);
        assertThat(wrong.out()).isEmpty();
        boolean single = tables.isEmpty();
        if (single) {
            assertThat(wrong.err()).startsWith("error: unknown option '--table'");
        } else {
            assertThat(wrong.err().lines().toList()).as("one line").singleElement()
                    .satisfies(line -> assertThat(ACCEPTED.matcher(line).matches()).as(line).isTrue());
            var accepted = ACCEPTED.matcher(wrong.err().strip());
            assertThat(accepted.matches()).isTrue();
            assertThat(Arrays.asList(accepted.group(1).split(", "))).as(what + ": the tables offered").isEqualTo(tables);
        }

        for (String table : single ? List.of("") : tables) {
            Installed.Run run = single ? run(args) : run(args, "--table", table);
            assertThat(run.exitCode()).as(what + " --table " + table + ": " + run.err()).isZero();
            TidyCsv csv = TidyCsv.read(run.out());
            String where = what + " --table " + table;
            assertThat(csv.rows()).as(where + ": a header and at least one row").isNotEmpty();
            List<String> header = csv.header();
            assertThat(header).as(where + ": column names without spaces or formatted units").allSatisfy(
                    c -> assertThat(NAME.matcher(c).matches()).as(where + ": column '" + c + "'").isTrue());
            assertThat(header).as(where + ": column names once each").doesNotHaveDuplicates();
            for (Map<String, String> row : csv.rows()) {
                assertThat(row).as(where + ": cells per row").hasSameSizeAs(header);
            }
            int numeric = 0;
            for (String column : header) {
                if (!numeric(header, column)) {
                    continue;
                }
                numeric++;
                for (Map<String, String> row : csv.rows()) {
                    String cell = row.get(column);
                    assertThat(cell.isEmpty() || isNumber(cell))
                            .as(where + ": column " + column + " holds '" + cell + "', not a number").isTrue();
                }
            }
            if (!TEXT_ONLY.contains(table)) {
                assertThat(numeric).as(where + ": columns of numbers").isPositive();
            }
        }
    }

    @org.junit.jupiter.api.Test
    void aBackendWithoutAnAnswerIsNamedOnStderrBesideTheCsv() throws Exception {
        // gpu-h100 on 1,000 devices cannot hold Grok 5, and photonic is built on it: the CSV has gpu-b200's row alone, and
        // the two were gone without a word (exit 0) where the table lists them
        for (List<String> args : List.of(List.of("estimate"), List.of("uncertainty", "--samples", "100"))) {
            List<String> all = new ArrayList<>(args);
            all.addAll(List.of("-b", "gpu-h100,photonic,gpu-b200", "--set", "gpu-h100.devices=1000"));
            Installed.Run r = run(all);
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out().lines().skip(1)).as(args.get(0)).singleElement().satisfies(l -> assertThat(l).startsWith("gpu-b200,"));
            assertThat(r.err()).as(args.get(0)).contains("warning: no valid answer: gpu-h100: ")
                    .contains("warning: no valid answer: photonic: ");
        }
    }

    private static Installed.Run run(List<String> args, String... more) throws Exception {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of("--format", "csv"));
        all.addAll(List.of(more));
        return cambrian.run(work, all.toArray(String[]::new));
    }

    /**
     * A column of numbers: its name ends in a unit, or it is a value, low, nominal or high beside a
     * unit column (derivation steps and parameters, whose rows differ in unit).
     */
    private static boolean numeric(List<String> header, String column) {
        return UNIT_SUFFIXES.stream().anyMatch(column::endsWith)
                || header.contains("unit") && List.of("value", "low", "nominal", "high").contains(column);
    }

    private static boolean isNumber(String cell) {
        try {
            return Double.isFinite(Double.parseDouble(cell));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
