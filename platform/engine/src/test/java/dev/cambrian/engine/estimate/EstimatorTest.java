package dev.cambrian.engine.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cambrian.api.Bounds;
import dev.cambrian.api.Economics;
import dev.cambrian.api.Parameter;
import dev.cambrian.api.ParameterSpace;
import dev.cambrian.api.Range;
import dev.cambrian.api.Workload;
import dev.cambrian.api.formula.Units;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.engine.workload.WorkloadCatalog;
import dev.cambrian.engine.workload.WorkloadResolver;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EstimatorTest {
    private static final Economics ECONOMICS = new Economics(0.10, 2026);
    private final Workload gpt3 = WorkloadResolver.resolve(WorkloadCatalog.preset("gpt-3").orElseThrow());

    private static Scenario scenario(Map<String, String> profiles, Map<String, Map<String, Range>> parameters) {
        return new Scenario("test", "test", "toy", ECONOMICS, profiles, parameters, null, Map.of());
    }

    @Test
    void rangesSpanTheCornersOfTheUncertainParameters() {
        ToyBackend toy = new ToyBackend("toy", new Range(1e14, 2e14, 4e14));
        ResolvedParameters p = ParameterResolver.resolve("toy", toy.parameters(), scenario(Map.of(), Map.of()));
        Estimate e = Estimator.estimate(toy, p, gpt3, ECONOMICS, null, "test");
        double flop = gpt3.trainingFlop();
        assertThat(e.trainingSeconds().nominal()).isCloseTo(flop / (1000 * 2e14), within(1.0));
        assertThat(e.trainingSeconds().low()).isCloseTo(flop / (1000 * 4e14), within(1.0));
        assertThat(e.trainingSeconds().high()).isCloseTo(flop / (1000 * 1e14), within(1.0));
        // energy = N x W x t: extremes at (500 W, fastest) and (1500 W, slowest)
        assertThat(e.energyJoules().low()).isCloseTo(1000 * 500 * flop / (1000 * 4e14), within(1e3));
        assertThat(e.energyJoules().high()).isCloseTo(1000 * 1500 * flop / (1000 * 1e14), within(1e3));
        // cost = device-hours x $1 + kWh x $0.10
        double hours = 1000 * Units.hours(flop / (1000 * 2e14));
        double kwh = Units.kwh(1000 * 1000 * flop / (1000 * 2e14));
        assertThat(e.costUsd().nominal()).isCloseTo(hours + 0.10 * kwh, within(1e-6));
        assertThat(e.evaluations()).isEqualTo(1 + 4);
        assertThat(e.fabInvestmentUsd()).isEqualTo(new Range(1e6, 1.5e6, 2e6));
    }

    @Test
    void profileThenScenarioValuesApplyAndAreListedAsAssumptions() {
        ToyBackend toy = new ToyBackend("toy", Range.of(1e14));
        ResolvedParameters p = ParameterResolver.resolve("toy", toy.parameters(),
                scenario(Map.of("toy", "enhanced"), Map.of("toy", Map.of("devices", Range.of(10)))));
        assertThat(p.nominal().get("rate")).isEqualTo(2e14);
        assertThat(p.nominal().get("devices")).isEqualTo(10);
        assertThat(p.assumptions()).extracting(Assumption::parameter).containsExactlyInAnyOrder("rate", "devices");
    }

    @Test
    void starSetsAParameterOnEveryBackendThatDeclaresItAndABackendsOwnEntryWins() {
        ToyBackend a = new ToyBackend("a", Range.of(1e14));
        Scenario s = scenario(Map.of(), Map.of(Scenario.ALL_BACKENDS, Map.of("devices", Range.of(7), "not-declared", Range.of(1)),
                "b", Map.of("devices", Range.of(9))));
        assertThat(ParameterResolver.resolve("a", a.parameters(), s).nominal().get("devices")).isEqualTo(7);
        assertThat(ParameterResolver.resolve("b", new ToyBackend("b", Range.of(1e14)).parameters(), s).nominal().get("devices"))
                .isEqualTo(9);
    }

    @Test
    void badScenarioValuesAreRejectedNamingWhereTheyCameFrom() {
        ToyBackend toy = new ToyBackend("toy", Range.of(1e14));
        Scenario fractional = new Scenario("t", "t", "toy", ECONOMICS, Map.of(), Map.of("toy", Map.of("devices", Range.of(2.5))),
                null, Map.of("toy.devices", "s.yaml:4:14"));
        assertThatThrownBy(() -> ParameterResolver.resolve("toy", toy.parameters(), fractional))
                .isInstanceOf(InputException.class).hasMessage("s.yaml:4:14: toy.devices takes a whole number (devices), got 2.5");
        // 1e30 is whole as a double, but a count that large was cast to 2^63 - 1 devices without a word
        Scenario huge = new Scenario("t", "t", "toy", ECONOMICS, Map.of(), Map.of("toy", Map.of("devices", Range.of(1e30))),
                null, Map.of("toy.devices", "--set toy.devices"));
        assertThatThrownBy(() -> ParameterResolver.resolve("toy", toy.parameters(), huge)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("--set toy.devices: toy.devices takes a whole number (devices) of at most 2^53");
        Scenario largest = new Scenario("t", "t", "toy", ECONOMICS, Map.of(), Map.of("toy", Map.of("devices", Range.of(0x1p53))),
                null, Map.of("toy.devices", "--set toy.devices"));
        assertThat(ParameterResolver.resolve("toy", toy.parameters(), largest).nominal().get("devices")).isEqualTo(0x1p53);
        Scenario unknown = new Scenario("t", "t", "toy", ECONOMICS, Map.of(), Map.of("toy", Map.of("gpus", Range.of(2))),
                null, Map.of("toy.gpus", "--set toy.gpus"));
        assertThatThrownBy(() -> ParameterResolver.resolve("toy", toy.parameters(), unknown))
                .isInstanceOf(InputException.class).hasMessageStartingWith("--set toy.gpus: backend toy has no parameter 'gpus'");
        Scenario badProfile = scenario(Map.of("toy", "turbo"), Map.of());
        assertThatThrownBy(() -> ParameterResolver.resolve("toy", toy.parameters(), badProfile))
                .isInstanceOf(InputException.class).hasMessageContaining("has no profile 'turbo'; it has: current, enhanced");
    }

    @Test
    void aChoiceTakesOneOfItsValuesAndNoRange() {
        ParameterSpace space = new ParameterSpace(List.of(Parameter.count("precision-bits", "bit", 16, "d", "s")
                .withBounds(Bounds.oneOf(4, 8, 16, 32))), List.of());
        Scenario three = new Scenario("t", "t", "toy", ECONOMICS, Map.of(), Map.of("toy", Map.of("precision-bits", Range.of(3))),
                null, Map.of("toy.precision-bits", "--set toy.precision-bits"));
        assertThatThrownBy(() -> ParameterResolver.resolve("toy", space, three)).isInstanceOf(InputException.class)
                .hasMessage("--set toy.precision-bits: toy.precision-bits must be one of 4, 8, 16 or 32 bit, got 3.0");
        Scenario range = new Scenario("t", "t", "toy", ECONOMICS, Map.of(), Map.of("toy", Map.of("precision-bits",
                new Range(8, 16, 32))), null, Map.of("toy.precision-bits", "s.yaml:4:21"));
        assertThatThrownBy(() -> ParameterResolver.resolve("toy", space, range)).isInstanceOf(InputException.class)
                .hasMessage("s.yaml:4:21: toy.precision-bits takes one value, one of 4, 8, 16 or 32, not a range; got 8.0 / 16.0 / 32.0");
        Scenario eight = new Scenario("t", "t", "toy", ECONOMICS, Map.of(), Map.of("toy", Map.of("precision-bits", Range.of(8))),
                null, Map.of("toy.precision-bits", "--set toy.precision-bits"));
        assertThat(ParameterResolver.resolve("toy", space, eight).nominal().get("precision-bits")).isEqualTo(8);
    }

    @Test
    void valuesOutsideAParametersPhysicalBoundsAreTheUsersErrorWithTheirOrigin() {
        ToyBackend toy = new ToyBackend("toy", Range.of(1e14));
        Scenario zeroDevices = new Scenario("t", "t", "toy", ECONOMICS, Map.of(), Map.of("toy", Map.of("devices", Range.of(0))),
                null, Map.of("toy.devices", "--set toy.devices"));
        assertThatThrownBy(() -> ParameterResolver.resolve("toy", toy.parameters(), zeroDevices))
                .isInstanceOf(InputException.class).hasMessage("--set toy.devices: toy.devices must be at least 1 devices, got 0.0");
        Scenario zeroWatts = new Scenario("t", "t", "toy", ECONOMICS, Map.of(),
                Map.of("toy", Map.of("watts", new Range(-1, 500, 900))), null, Map.of("toy.watts", "s.yaml:7:12"));
        assertThatThrownBy(() -> ParameterResolver.resolve("toy", toy.parameters(), zeroWatts))
                .isInstanceOf(InputException.class).hasMessage("s.yaml:7:12: toy.watts must be zero or more W, got -1.0 / 500.0 / 900.0");
    }

    @Test
    void anUnknownProfileIsLocatedWhereTheScenarioFileChoseIt() {
        ToyBackend toy = new ToyBackend("toy", Range.of(1e14));
        Scenario s = new Scenario("t", "t", "toy", ECONOMICS, Map.of("toy", "turbo"), Map.of(), null,
                Map.of(Scenario.profileOriginKey("toy"), "s.yaml:3:8"));
        assertThatThrownBy(() -> ParameterResolver.resolve("toy", toy.parameters(), s)).isInstanceOf(InputException.class)
                .hasMessage("s.yaml:3:8: backend toy has no profile 'turbo'; it has: current, enhanced");
    }

    @Test
    void rankingIsByNominalFigureThenIdAndParetoKeepsTheUndominated() {
        ToyBackend fast = new ToyBackend("fast", Range.of(4e14));
        ToyBackend slow = new ToyBackend("slow", Range.of(1e14));
        ToyBackend twin = new ToyBackend("twin", Range.of(4e14));
        Scenario s = scenario(Map.of(), Map.of());
        List<Estimate> all = List.of(
                Estimator.estimate(slow, ParameterResolver.resolve("slow", slow.parameters(), s), gpt3, ECONOMICS, null, "t"),
                Estimator.estimate(twin, ParameterResolver.resolve("twin", twin.parameters(), s), gpt3, ECONOMICS, null, "t"),
                Estimator.estimate(fast, ParameterResolver.resolve("fast", fast.parameters(), s), gpt3, ECONOMICS, null, "t"));
        assertThat(Ranking.rank(all, RankKey.TIME)).extracting(Estimate::backendId).containsExactly("fast", "twin", "slow");
        assertThat(Pareto.front(all)).containsExactlyInAnyOrder("fast", "twin");
    }

    @Test
    void deadlineSolverFindsTheFewestDevices() {
        ToyBackend toy = new ToyBackend("toy", Range.of(1e14));
        ResolvedParameters p = ParameterResolver.resolve("toy", toy.parameters(), scenario(Map.of(), Map.of()));
        double deadline = 30 * Units.SECONDS_PER_DAY;
        long n = DeadlineSolver.devicesFor(toy, p, gpt3, ECONOMICS, null, deadline).orElseThrow();
        assertThat(gpt3.trainingFlop() / (n * 1e14)).isLessThanOrEqualTo(deadline);
        assertThat(gpt3.trainingFlop() / ((n - 1) * 1e14)).isGreaterThan(deadline);
    }
}
