package dev.cambrian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The grid and water options are offered where carbon or water is shown, and refused where they would change nothing. */
class EnvironmentOptionsTest {
    private record Outcome(int code, String out, String err) {
    }

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Outcome(code, out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"estimate", "rank", "compose", "uncertainty", "report", "audit"})
    void commandsThatShowAFootprintOfferThem(String command) {
        String help = run(command, "--help").out();
        assertThat(help).contains("--region=ID", "--market-intensity=KG_PER_KWH");
        // audit's checks read no water figure: it offers no --wue
        assertThat(help.contains("--wue=L_PER_KWH")).isEqualTo(!command.equals("audit"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"explain", "plan", "levers", "project"})
    void commandsThatShowNoneRefuseThem(String command) {
        for (String[] option : new String[][] {{"--region", "fr"}, {"--market-intensity", "0"}, {"--wue", "1"}}) {
            Outcome o = run(command, option[0], option[1]);
            assertThat(o.code()).as(command + " " + option[0]).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(o.err()).startsWith("error: unknown option '" + option[0] + "'");
            assertThat(o.out()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "0.55"})
    void auditRefusesAWueItWouldNotRead(String wue) {
        Outcome o = run("audit", "--wue", wue);
        assertThat(o.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(o.err()).startsWith("error: unknown option '--wue'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--market-intensity", "--wue"})
    void aFactorBeyondADoublesRangeIsSaidInWords(String option) {
        // "got Infinity" read as if the user had typed the word
        Outcome o = run("estimate", option, "1e309");
        assertThat(o.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(o.err()).startsWith("error: " + option + ": must be a finite, non-negative number of ")
                .contains("got one beyond a double's range (above 1.798e+308)").doesNotContain("Infinity");
    }

    @org.junit.jupiter.api.Test
    void aFactorAboveEveryPublishedOneIsFlaggedAsLikelyInAnotherUnit() {
        var request = new dev.cambrian.cli.scenario.EnvironmentRequest(null, null, 480.0, "--market-intensity", 30.0, "--wue");
        var env = EnvironmentData.resolve(request);
        assertThat(env.grid().source()).contains("--market-intensity (above ").contains("check the unit, kilograms per kWh");
        assertThat(env.onsiteWue().source()).contains("--wue (above ").contains("check the unit, litres per kWh of IT energy");
    }
}
