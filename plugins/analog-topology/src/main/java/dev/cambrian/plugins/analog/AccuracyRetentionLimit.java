package dev.cambrian.plugins.analog;

import dev.cambrian.api.Derivation;
import dev.cambrian.api.ModelBatch;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.OperationClass;
import dev.cambrian.api.relative.Limit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * grok2025althw: analog training by topology optimization retains 87-98% of the digital accuracy. It
 * changes no coverage (time, energy and cost are not adjusted for the lost accuracy), but whenever
 * the chips take over any work the user is told which accuracy retention the figures assume.
 */
final class AccuracyRetentionLimit implements Limit {
    static final String ACCURACY_RETENTION = "accuracy-retention";

    @Override
    public void apply(ModelInput in, Map<OperationClass, Double> coverage, List<String> warnings, List<Derivation> steps) {
        boolean used = coverage.values().stream().anyMatch(k -> k > 0);
        if (!used) {
            return;
        }
        double retention = in.parameter(ACCURACY_RETENTION);
        warnings.add(String.format(Locale.ROOT, "accuracy caveat: analog topology-optimized training retains about %.1f%% of"
                + " the digital model's accuracy (grok2025althw: 87-98%%); time, energy and cost here are for that less accurate"
                + " model and include no extra training to close the gap", retention * 100));
        if (in.explain()) {
            steps.add(new Derivation("accuracy retention", retention, "1", "parameter accuracy-retention (no coverage changed)",
                    "", "grok2025althw 'Resources with Analog Computing and Topology Optimization': '87-98% accuracy retention'"));
        }
    }

    /** A caveat changes no coverage: nothing to do per sample. */
    @Override
    public void apply(ModelBatch batch, double[][] coverage) {
    }

    @Override
    public boolean caveatOnly() {
        return true;
    }
}
