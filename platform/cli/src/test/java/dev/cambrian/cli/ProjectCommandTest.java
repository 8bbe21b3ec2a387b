package dev.cambrian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Without --backend, project runs no backend's model: a workload or a --set would change nothing and is refused. */
class ProjectCommandTest {
    @ParameterizedTest
    @CsvSource({"--set,gpu-h100.utilization=0.2", "-w,gpt-3", "--workload,gpt-3", "--parameters,1e12", "--tokens,1e13",
            "--flop,1e25", "--experts,8", "--active-parameters,1e11"})
    void optionsOnlyABackendReadsAreRefusedWithoutOne(String option, String value) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"project", option, value}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        String named = option.equals("--workload") ? "-w" : option;
        assertThat(err.toString()).startsWith("error: " + named + ": only with --backend (without one, each year's model comes");
        assertThat(out.toString()).isEmpty();
    }
}
