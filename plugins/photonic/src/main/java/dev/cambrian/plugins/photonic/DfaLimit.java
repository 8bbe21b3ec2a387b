package dev.cambrian.plugins.photonic;

import dev.cambrian.api.Derivation;
import dev.cambrian.api.ModelBatch;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.OperationClass;
import dev.cambrian.api.relative.Limit;
import java.util.List;
import java.util.Map;

/**
 * photonic2025opu: optical training today uses direct feedback alignment (DFA), which trains MLPs and many
 * CNNs but not yet attention. On a workload with attention, the attention class stays on the baseline.
 */
final class DfaLimit implements Limit {
    static final String DFA_ONLY = "dfa-only";

    @Override
    public void apply(ModelBatch batch, double[][] coverage) {
        double[] attention = coverage[OperationClass.ATTENTION.ordinal()];
        if (attention == null || !batch.template().workload().architecture().hasAttention()) {
            return;
        }
        double[] dfaOnly = batch.parameters().column(DFA_ONLY);
        for (int i = 0; i < batch.size(); i++) {
            if (dfaOnly[i] >= 1) {
                attention[i] = 0;
            }
        }
    }

    @Override
    public void apply(ModelInput in, Map<OperationClass, Double> coverage, List<String> warnings, List<Derivation> steps) {
        if (in.parameter(DFA_ONLY) < 1 || !in.workload().architecture().hasAttention()) {
            return;
        }
        Double before = coverage.put(OperationClass.ATTENTION, 0.0);
        if (before != null && before > 0) {
            warnings.add("DFA limit: " + in.workload().architecture().id() + " has attention, which direct feedback alignment"
                    + " cannot train yet (photonic2025opu); attention stays on the baseline instead of the headline factor");
            if (in.explain()) {
                steps.add(new Derivation("coverage of attention", 0, "1", "0 when dfa-only = 1 and the workload has attention",
                        "declared " + before, "photonic2025opu (DFA: MLPs and CNNs, not yet attention)"));
            }
        }
    }
}
