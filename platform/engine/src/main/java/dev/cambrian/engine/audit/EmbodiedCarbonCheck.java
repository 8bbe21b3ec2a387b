package dev.cambrian.engine.audit;

import dev.cambrian.engine.environment.Footprint;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.Numbers;
import java.util.List;
import java.util.Optional;

/**
 * An energy saving against the baseline that the backend's extra embodied carbon cancels: less energy
 * drawn, but no less carbon once the devices' manufacture is counted.
 */
public final class EmbodiedCarbonCheck {
    static final String CHECK = "embodied carbon cancels the energy saving";
    static final String RULE = "a backend that draws less energy than the baseline should also emit less carbon once embodied"
            + " carbon (device manufacture, amortized over its lifetime) is counted";

    private EmbodiedCarbonCheck() {
    }

    /**
     * A finding when the candidate saves energy against the baseline but its extra embodied carbon is at least
     * the operational carbon the saving avoids (high when the saving avoids none, as with a zero market-based factor).
     */
    public static Optional<Finding> check(Estimate candidate, Estimate baseline) {
        if (candidate.footprint().isEmpty() || baseline.footprint().isEmpty()
                || candidate.backendId().equals(baseline.backendId())) {
            return Optional.empty();
        }
        Footprint c = candidate.footprint().get();
        Footprint b = baseline.footprint().get();
        double energySaved = baseline.energyJoules().nominal() - candidate.energyJoules().nominal();
        double operationalSaved = b.operationalKgCo2e().nominal() - c.operationalKgCo2e().nominal();
        double extraEmbodied = c.embodiedKgCo2e().nominal() - b.embodiedKgCo2e().nominal();
        if (energySaved <= 0 || extraEmbodied <= 0 || extraEmbodied < operationalSaved) {
            return Optional.empty();
        }
        String numbers = "operational saving " + Numbers.plain(operationalSaved / 1000) + " tCO2e, extra embodied "
                + Numbers.plain(extraEmbodied / 1000) + " tCO2e: total " + Numbers.plain(c.totalKgCo2e().nominal() / 1000) + " vs baseline "
                + baseline.backendId() + " " + Numbers.plain(b.totalKgCo2e().nominal() / 1000) + " tCO2e (" + c.grid().regionName() + ", "
                + c.grid().basis() + ")";
        String claim = Numbers.plain(100 * energySaved / baseline.energyJoules().nominal()) + "% less energy than " + baseline.backendId();
        return Optional.of(new Finding(candidate.backendId(), CHECK, RULE, claim, candidate.backend().sources().get(0), numbers,
                operationalSaved <= 0 ? Severity.HIGH : Severity.ofRatio(extraEmbodied / operationalSaved),
                List.of(new Finding.Measured("energy_saving", Auditor.RATIO, energySaved / baseline.energyJoules().nominal()),
                        new Finding.Measured("operational_carbon_saving", "kgCO2e", operationalSaved),
                        new Finding.Measured("extra_embodied_carbon", "kgCO2e", extraEmbodied),
                        new Finding.Measured("total_carbon", "kgCO2e", c.totalKgCo2e().nominal()),
                        new Finding.Measured("baseline_total_carbon", "kgCO2e", b.totalKgCo2e().nominal()))));
    }
}
