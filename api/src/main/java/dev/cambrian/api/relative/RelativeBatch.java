package dev.cambrian.api.relative;

import dev.cambrian.api.ModelBatch;
import dev.cambrian.api.OperationClass;
import dev.cambrian.api.ParameterBatch;
import dev.cambrian.api.ReferenceColumns;
import dev.cambrian.api.ReferenceRun;
import java.util.Map;

/**
 * What the relative models share on a batch (docs/uncertainty.md): the baseline per sample, and the coverage in
 * force per class and sample after the technology's limits. The nominal baseline's split by class is
 * read once into arrays indexed by class; a sample's figure is the nominal one times the sample's scale,
 * as {@link ReferenceColumns#at} builds it for the scalar path, so both give the same numbers.
 */
final class RelativeBatch {
    static final OperationClass[] CLASSES = OperationClass.values();

    private RelativeBatch() {
    }

    /** The baseline per sample, or null when the scenario has none (every sample then has no valid answer). */
    static ReferenceColumns reference(ModelBatch batch) {
        if (batch.referenceOrNull() != null) {
            return batch.referenceOrNull();
        }
        ReferenceRun nominal = batch.template().referenceOrNull();
        return nominal == null ? null : ReferenceColumns.fixed(nominal, batch.size());
    }

    /** A split by class as an array indexed by class ordinal; NaN marks a class the split does not have. */
    static double[] byClass(Map<OperationClass, Double> split) {
        double[] out = new double[CLASSES.length];
        java.util.Arrays.fill(out, Double.NaN);
        split.forEach((c, v) -> out[c.ordinal()] = v);
        return out;
    }

    /** The same, 0 for a missing class (as {@code getOrDefault(c, 0.0)} reads it). */
    static double[] byClassOrZero(Map<OperationClass, Double> split) {
        double[] out = new double[CLASSES.length];
        split.forEach((c, v) -> out[c.ordinal()] = v);
        return out;
    }

    /** Coverage per class (null for a class the technology does not take over) and sample, with the limits applied. */
    static double[][] coverage(TechnologySpec spec, ModelBatch batch) {
        ParameterBatch p = batch.parameters();
        double[][] coverage = new double[CLASSES.length][];
        for (OperationClass c : spec.classes().keySet()) {
            coverage[c.ordinal()] = java.util.Arrays.copyOf(p.column(RelativeParameters.coverage(c)), batch.size());
        }
        for (Limit limit : spec.limits()) {
            limit.apply(batch, coverage);
        }
        return coverage;
    }

    static double at(double[][] coverage, int c, int i) {
        return coverage[c] == null ? 0 : coverage[c][i];
    }

    /** Whether the switch is on in every sample; a switch that varies sends the batch down the scalar path. */
    static boolean seedArithmetic(ParameterBatch p) {
        return RelativeParameters.seedArithmeticOn(p.column(RelativeParameters.SEED_ARITHMETIC)[0]);
    }

    static boolean perSample(ParameterBatch p) {
        return !p.varies(RelativeParameters.SEED_ARITHMETIC);
    }
}
