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
