package dev.cambrian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cambrian.api.Range;
import dev.cambrian.engine.project.Projection;
import dev.cambrian.engine.project.ProjectionScenario;
import dev.cambrian.engine.project.ProjectionYear;
import dev.cambrian.engine.project.UncertainProjection;
import dev.cambrian.engine.uncertainty.Percentiles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * project --backend's note when the nominal path leaves the sampled P10-P90: said for a real gap, not for rounding
 * (samples that all give one figure put the nominal about 1e-15 of it outside).
 */
class NominalOutsideTest {
    private static final double COST = 23.1e9;

    @Test
    @DisplayName("a nominal within rounding (1e-12 relative) of samples that all agree is not 'outside'")
    void roundingIsNotOutside() {
        assertThat(ProjectUncertaintyView.nominalOutside(bend(COST * (1 + 1e-12), sampled(COST, COST, COST)))).isEmpty();
        assertThat(ProjectUncertaintyView.nominalOutside(bend(COST * (1 - 1e-12), sampled(COST, COST, COST)))).isEmpty();
    }

    @Test
    @DisplayName("a nominal 1e-6 above P90 or below P10 is said, with the year and the sampled range")
    void realGapsAreSaid() {
        assertThat(ProjectUncertaintyView.nominalOutside(bend(COST * (1 + 1e-6), sampled(COST, COST, COST))))
                .hasValueSatisfying(n -> assertThat(n).startsWith("photonic: the nominal factor's cost lies above P90 in 1 of the 1"
                        + " best-guess years with it (2028:"));
        assertThat(ProjectUncertaintyView.nominalOutside(bend(10e9, sampled(20e9, 25e9, 30e9))))
                .hasValueSatisfying(n -> assertThat(n).contains("lies below P10 in 1 of the 1").contains("(2028: $10B against a sampled P50 (P10-P90) of $25B (20-30))"));
    }

    @Test
    @DisplayName("a nominal inside P10-P90 gives no note; years without the backend are not counted")
    void insideOrWithoutBackendIsQuiet() {
        assertThat(ProjectUncertaintyView.nominalOutside(bend(25e9, sampled(20e9, 25e9, 30e9)))).isEmpty();
        UncertainProjection.Year without = new UncertainProjection.Year(2028, false, new Percentiles(20e9, 25e9, 30e9, 25e9, 20e9,
                30e9), 0, 0, 0);
        assertThat(ProjectUncertaintyView.nominalOutside(bend(10e9, without))).isEmpty();
    }

    private static UncertainProjection.Year sampled(double p10, double p50, double p90) {
        return new UncertainProjection.Year(2028, true, new Percentiles(p10, p50, p90, p50, p10, p90), 0, 0, 2028);
    }

    private static Projections.BackendBend bend(double nominalCost, UncertainProjection.Year year) {
        Projection nominal = new Projection(ProjectionScenario.BEST_GUESS,
                List.of(new ProjectionYear(2028, 1e12, 1, 1e25, 1e-15, nominalCost, nominalCost)), List.of());
        Projections.Bend bend = new Projections.Bend("photonic", 2028, 1.0, null, Map.of(ProjectionScenario.BEST_GUESS, nominal));
        ProjectUncertainty.Outcome outcome = new ProjectUncertainty.Outcome(
                List.of(new UncertainProjection.Result(ProjectionScenario.BEST_GUESS, List.of(year), List.of())), List.of(), List.of());
        return new Projections.BackendBend("photonic", bend, Range.of(nominalCost), nominalCost, outcome, List.of());
    }
}
