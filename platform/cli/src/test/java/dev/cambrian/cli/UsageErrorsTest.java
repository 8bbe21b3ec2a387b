package dev.cambrian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class UsageErrorsTest {
    @Test
    void aConversionErrorIsOneLineInPlainWords() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"rank", "--deadline", "abc"}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("error: --deadline: expected a number, got 'abc' (see 'cambrian rank --help')"
                + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void listOptionsAndOtherInvalidValuesReadTheSameWay() {
        // "Invalid value for option '--devices' (N,...): '1.5' is not a long" kept picocli's words and Java's type
        assertThat(UsageErrors.oneLine("Invalid value for option '--devices' (N,...): '1.5' is not a long"))
                .isEqualTo("--devices: expected a whole number, got '1.5'");
        assertThat(UsageErrors.oneLine("Invalid value for option '--parameters' (N): 'abc' is not a double"))
                .isEqualTo("--parameters: expected a number, got 'abc'");
        assertThat(UsageErrors.oneLine("Invalid value for option '--format': unknown format 'yaml'; accepted: table, json"))
                .isEqualTo("--format: unknown format 'yaml'; accepted: table, json");
    }

    @Test
    void wholeNumbersMayBeWrittenAsSetTakesThem() {
        // --set gpu-h100.devices=1e5 ran where --devices 1e5 and --samples 1e3 were refused
        assertThat(UsageErrors.wholeNumber("1e5", Long.MIN_VALUE, Long.MAX_VALUE, "long")).isEqualTo(100_000L);
        assertThat(UsageErrors.wholeNumber("16384", 0, Integer.MAX_VALUE, "int")).isEqualTo(16_384L);
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"scale", "--devices", "1.5e0"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).startsWith("error: --devices: expected a whole number, got '1.5e0'");
        StringWriter big = new StringWriter();
        Main.run(new String[] {"serve", "--port", "1e10"}, new PrintWriter(new StringWriter()), new PrintWriter(big));
        // a whole number past the type: said as such, not as a typo
        assertThat(big.toString()).startsWith("error: --port: '1e10' is a whole number too large to hold here (at most"
                + " 2,147,483,647)");
        StringWriter huge = new StringWriter();
        Main.run(new String[] {"scale", "--devices", "1e20"}, new PrintWriter(new StringWriter()), new PrintWriter(huge));
        assertThat(huge.toString()).startsWith("error: --devices: '1e20' is a whole number too large to hold here");
        assertThat(UsageErrors.wholeNumber("2.0", 0, 10, "int")).isEqualTo(2L);
    }

    @Test
    void serveListsNoOutputOptionItRefuses() {
        StringWriter help = new StringWriter();
        assertThat(Main.run(new String[] {"serve", "--help"}, new PrintWriter(help), new PrintWriter(new StringWriter())))
                .isEqualTo(ExitCodes.OK);
        assertThat(help.toString()).contains("--port", "--plugins").doesNotContain("--format", "--output", "--table");
        StringWriter err = new StringWriter();
        // still refused in words that say where a report goes, not as an unknown option
        assertThat(Main.run(new String[] {"serve", "--port", "0", "--format", "json"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err))).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).startsWith("error: --format: serve answers in the browser, so it writes no report");
    }

    @Test
    void sweepHasOneTableAndNoTableOption() {
        StringWriter err = new StringWriter();
        // it was offered and answered "no table 'rows' in this output; accepted: 1"
        assertThat(Main.run(new String[] {"sweep", "--format", "csv", "--table", "rows"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err))).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).startsWith("error: unknown option '--table'");
    }

    @Test
    void leversTakesOneBackendAndSaysSo() {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"levers", "-b", "gpu-h100,gpu-b200"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).startsWith("error: -b gpu-h100,gpu-b200: levers measures one backend at a time");
    }

    @Test
    void everyCommandsVersionOptionPrintsTheVersion() {
        for (String command : new String[] {"rank", "merge", "new-plugin", "workloads"}) {
            StringWriter out = new StringWriter();
            int code = Main.run(new String[] {command, "-V"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
            assertThat(code).isZero();
            assertThat(out.toString()).as(command).startsWith("cambrian ").contains("plugin API ");
        }
    }

    @Test
    void wholeNumbersAndMultiLineMessagesToo() {
        assertThat(UsageErrors.oneLine("Invalid value for option '--samples': 'x' is not a long"))
                .isEqualTo("--samples: expected a whole number, got 'x'");
        assertThat(UsageErrors.oneLine("Missing required parameter: 'A+B[+C...]'\nsecond line"))
                .isEqualTo("Missing required parameter: 'A+B[+C...]'; second line");
    }
}
