package dev.cambrian.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cambrian.api.Parameter;
import dev.cambrian.api.ParameterSpace;
import dev.cambrian.api.Range;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.estimate.Assumption;
import dev.cambrian.engine.estimate.ResolvedParameters;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserValuesTest {
    private static final dev.cambrian.engine.scenario.Scenario DEFAULT =
            dev.cambrian.engine.scenario.BuiltInScenarios.named("default").orElseThrow();
    private static final PluginFailure INVALID = new PluginFailure("p", "b", "estimate failed: invalid result",
            new dev.cambrian.api.InvalidValueException("energy must be a finite number, got Infinity"));

    @Test
    void theBaselinesReferenceRunKeepsItsFailureAndSaysWhichOfTheUsersValuesWereInForce() {
        PluginFailure noted = UserValues.note(INVALID, given("--set b.pue"), DEFAULT);
        assertThat(noted).isNotSameAs(INVALID).hasMessage("estimate failed: invalid result, with the value of --set b.pue");
    }

    @Test
    void anInvalidFigureWithTheUsersValuesInForceIsTheirInput() {
        RuntimeException blamed = UserValues.blame(INVALID, given("--set b.pue", "mine.yaml:3:10"), DEFAULT);
        assertThat(blamed).isInstanceOf(InputException.class).hasCause(INVALID)
                .hasMessage("--set b.pue, mine.yaml:3:10: with these values backend b has no valid estimate"
                        + " (energy must be a finite number, got Infinity)");
    }

    @Test
    void withoutTheUsersValuesOrOnAnotherKindOfErrorThePluginKeepsTheBlame() {
        // values the tool chose (a profile, a lever, a deadline's sizing) are not the user's
        assertThat(UserValues.blame(INVALID, given("profile current (seed)", "lever resilience: x", "--deadline 90 d"), DEFAULT))
                .isSameAs(INVALID);
        PluginFailure crashed = new PluginFailure("p", "b", "estimate failed", new NullPointerException());
        assertThat(UserValues.blame(crashed, given("--set b.pue"), DEFAULT)).isSameAs(crashed);
        // a plugin's own IllegalArgumentException (a format string it got wrong) is its bug, whatever the user set
        PluginFailure own = new PluginFailure("p", "b", "estimate failed", new java.util.IllegalFormatConversionException('d', Double.class));
        assertThat(UserValues.blame(own, given("--set b.pue"), DEFAULT)).isSameAs(own);
        // a user's value a lever changed since is no longer as they gave it
        assertThat(UserValues.blame(INVALID, given("--set b.pue; then lever resilience: x", "f.yaml:3:10; then lever y"), DEFAULT)).isSameAs(INVALID);
    }

    private static ResolvedParameters given(String... origins) {
        List<Parameter> declared = List.of(Parameter.uncertain("pue", "1", Range.of(1.1), "power usage effectiveness", "test"));
        List<Assumption> assumptions = java.util.Arrays.stream(origins)
                .map(o -> new Assumption("b", "pue", "1", Range.of(1.1), Range.of(2), o)).toList();
        return new ResolvedParameters("b", new ParameterSpace(declared, List.of()), declared, null, assumptions, List.of());
    }
}
