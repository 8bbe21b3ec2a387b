package dev.cambrian.api.relative;

import dev.cambrian.api.Derivation;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.OperationClass;
import java.util.List;
import java.util.Map;

/**
 * A physical or algorithmic constraint of a technology (photonic2025opu's DFA, a qubit budget) that can
 * only lower the coverage a model applies. It is honoured unless the scenario asks for seed
 * arithmetic, and every time it bites it says so in a warning and a derivation step.
 */
@FunctionalInterface
public interface Limit {
    void apply(ModelInput input, Map<OperationClass, Double> coverage, List<String> warnings, List<Derivation> steps);

    /**
     * True for a limit that changes no coverage and only states a caveat (analog accuracy retention):
     * it is reported under seed arithmetic too, where the whole run is on the technology.
     */
    default boolean caveatOnly() {
        return false;
    }
}
