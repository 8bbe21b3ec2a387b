package dev.cambrian.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.cambrian.engine.InputException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvTest {
    private static final DataTable RESULTS = new DataTable("results", List.of("backend", "time_nominal_s", "devices_count",
            "pareto_front"), List.of(Arrays.asList("gpu-h100", 8.15285174724314E7, 16384.0, true),
            Arrays.asList("=HYPERLINK(\"x\")", 1.5e-7, null, false)));
    private static final DataTable OTHER = new DataTable("other", List.of("year"), List.of(List.of(2025)));
    private static final Report REPORT = new Report(List.of(new Table("t", List.of("a"), List.of(List.of("1")))), List.of(),
            Map.of(), List.of(RESULTS, OTHER));

    @Test
    void oneTablePerFileTheFirstByDefault() {
        String csv = Renderer.render(REPORT, Format.CSV);
        assertThat(csv.lines().findFirst()).hasValue("backend,time_nominal_s,devices_count,pareto_front");
        assertThat(csv).doesNotContain("year");
        assertThat(Renderer.render(REPORT, Format.CSV, "other")).isEqualTo("year\n2025\n");
    }

    @Test
    void numbersArePlainAndReadBackAsTheSameDouble() throws Exception {
        String csv = Renderer.render(REPORT, Format.CSV);
        assertThat(csv).contains("gpu-h100,81528517.4724314,16384,true");
        MappingIterator<List<String>> rows = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForListOf(String.class).readValues(csv);
        List<List<String>> all = rows.readAll();
        assertThat(Double.parseDouble(all.get(1).get(1))).isEqualTo(8.15285174724314E7);
        assertThat(Double.parseDouble(all.get(2).get(1))).isEqualTo(1.5e-7);
        assertThat(all.get(2).get(2)).isEmpty(); // no value: an empty cell, not "null"
    }

    @Test
    void numbersAreTheShortestTextThatReadsBackTheSameDouble() {
        // Java 17's Double.toString gives 2.09721951651619424E17, a digit more than it needs (JDK-4511638)
        double d = 2.0972195165161942E17;
        assertThat(Csv.number(d)).isEqualTo("2.0972195165161942E17");
        assertThat(Double.parseDouble(Csv.number(d))).isEqualTo(d);
        assertThat(Csv.number(1.1885090907920126E10)).isEqualTo("11885090907.920126");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsNeutralised() {
        for (String formula : List.of("=1+1", "+A1", "-A1+B1", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(Csv.neutralised(formula)).isEqualTo("'" + formula);
        }
        // a number written as text (a formatted table's cell) is read as that number, not run: it stays as it is
        assertThat(Csv.neutralised("-1.5e3")).isEqualTo("-1.5e3");
        assertThat(Csv.neutralised("gpu-h100")).isEqualTo("gpu-h100");
        assertThat(Renderer.render(REPORT, Format.CSV)).contains("\"'=HYPERLINK(\"\"x\"\")\"");
        // numbers are numbers: a negative one is not text and keeps its sign
        assertThat(Csv.cell(-2.5)).isEqualTo("-2.5");
    }

    @Test
    void anUnknownTableIsBadInputNamingTheAcceptedOnes() {
        assertThatThrownBy(() -> Renderer.render(REPORT, Format.CSV, "nope")).isInstanceOf(InputException.class)
                .hasMessage("--table: no table 'nope' in this output; accepted: results, other");
    }

    @Test
    void aReportWithoutTidyTablesGivesOneOfItsTablesByNumber() {
        Report plain = new Report(List.of(new Table("a", List.of("x"), List.of(List.of("1"))),
                new Table("b", List.of("y"), List.of(List.of("2")))), List.of(), Map.of());
        assertThat(Renderer.render(plain, Format.CSV)).isEqualTo("x\n1\n");
        assertThat(Renderer.render(plain, Format.CSV, "2")).isEqualTo("y\n2\n");
    }
}
