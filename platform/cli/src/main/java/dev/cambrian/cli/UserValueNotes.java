package dev.cambrian.cli;

import dev.cambrian.engine.estimate.ParameterResolver;
import dev.cambrian.engine.estimate.ResolvedParameters;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.host.LoadedBackend;
import java.util.ArrayList;
import java.util.List;

/**
 * For the commands whose results are not estimates of their own (plan, levers, audit): what the user's values (a
 * scenario file, --set) change in the backends they run, as estimate lists it beside its table. A strategist reading
 * audit or levers output saw the figures move with nothing to say a PUE or a device count had been given.
 */
final class UserValueNotes {
    private UserValueNotes() {
    }

    /**
     * The Assumption and Profile lines of each backend under the scenario, then the warnings resolving them gives (a
     * value 1,000 times its default, one no model reads) and the scenario file's electricity price that far off, as
     * "Warning:" lines; each backend's parameters resolved once.
     */
    static List<String> lines(Scenario scenario, List<LoadedBackend> backends) {
        List<String> assumptions = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        ParameterResolver.electricityFarFromDefault(scenario).ifPresent(n -> warnings.add("Warning: " + n));
        for (LoadedBackend b : backends) {
            ResolvedParameters p = ParameterResolver.resolve(b.id(), b.parameters(), scenario);
            assumptions.addAll(AssumptionLines.of(p));
            p.notes().forEach(n -> warnings.add("Warning: " + b.id() + ": " + n));
        }
        assumptions.addAll(warnings);
        return assumptions;
    }
}
