package dev.cambrian.api.relative;

import dev.cambrian.api.Derivation;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.OperationClass;
import dev.cambrian.api.ModelBatch;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A physical or algorithmic constraint of a technology (photonic2025opu's DFA, a qubit budget) that can
 * only lower the coverage a model applies. It is honoured unless the scenario asks for seed
 * arithmetic, and every time it bites it says so in a warning and a derivation step. Like the kit's models, it
 * reads none of the parameters {@link RelativeParameters#unreadUnder} names for the switch's setting (API 1.5.0).
 */
@FunctionalInterface
public interface Limit {
    /**
     * Lowers coverage where the technology cannot go.
     *
     * @param input    the evaluation's input
     * @param coverage the share of each class on the technology, changed in place
     * @param warnings where to say that it bit
     * @param steps    where to show the arithmetic
     */
    void apply(ModelInput input, Map<OperationClass, Double> coverage, List<String> warnings, List<Derivation> steps);

    /**
     * The same limit on a batch (docs/uncertainty.md): {@code coverage[c.ordinal()][i]} is class c's coverage in
     * sample i, null for a class the technology does not take over. Sample i must come out as
     * {@link #apply} leaves it on {@code batch.input(i)}. The default loops over {@link #apply} (and
     * allocates per sample); the bundled limits override it.
     *
     * @param batch    the samples and the input they vary
     * @param coverage each class's coverage per sample, changed in place
     */
    default void apply(ModelBatch batch, double[][] coverage) {
        for (int i = 0; i < batch.size(); i++) {
            batch.stopIfInterrupted(i);
            Map<OperationClass, Double> map = new EnumMap<>(OperationClass.class);
            for (OperationClass c : OperationClass.values()) {
                if (coverage[c.ordinal()] != null) {
                    map.put(c, coverage[c.ordinal()][i]);
                }
            }
            apply(batch.input(i), map, new ArrayList<>(), new ArrayList<>());
            for (OperationClass c : OperationClass.values()) {
                if (coverage[c.ordinal()] != null) {
                    coverage[c.ordinal()][i] = map.getOrDefault(c, 0.0);
                }
            }
        }
    }

    /**
     * True for a limit that changes no coverage and only states a caveat (analog accuracy retention):
     * it is reported under seed arithmetic too, where the whole run is on the technology.
     *
     * @return true for a limit that changes no coverage and only states a caveat (analog accuracy retention): it is reported under seed arithmetic too, where the whole run is on the technology
     */
    default boolean caveatOnly() {
        return false;
    }
}
