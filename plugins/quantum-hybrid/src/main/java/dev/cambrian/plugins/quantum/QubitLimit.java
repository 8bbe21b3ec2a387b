package dev.cambrian.plugins.quantum;

import dev.cambrian.api.Derivation;
import dev.cambrian.api.ModelBatch;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.OperationClass;
import dev.cambrian.api.relative.Limit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * grok2025althw 'Resources with Quantum Computing': a 1,000-qubit processor where ~1M qubits are needed
 * for full scale. The share of any class the processor can take over is capped at
 * qubits / qubits-for-full-scale; the declared ~10% NISQ portion applies only when the qubits allow it.
 */
final class QubitLimit implements Limit {
    static final String QUBITS = "qubits";
    static final String FULL_SCALE = "qubits-for-full-scale";

    @Override
    public void apply(ModelBatch batch, double[][] coverage) {
        double[] qubits = batch.parameters().column(QUBITS);
        double[] fullScale = batch.parameters().column(FULL_SCALE);
        for (int i = 0; i < batch.size(); i++) {
            double cap = cap(qubits[i], fullScale[i]);
            for (double[] classCoverage : coverage) {
                if (classCoverage != null && classCoverage[i] > cap) {
                    classCoverage[i] = cap;
                }
            }
        }
    }

    @Override
    public void apply(ModelInput in, Map<OperationClass, Double> coverage, List<String> warnings, List<Derivation> steps) {
        double qubits = in.parameter(QUBITS);
        double fullScale = in.parameter(FULL_SCALE);
        double cap = cap(qubits, fullScale);
        double declaredMax = 0;
        for (Map.Entry<OperationClass, Double> e : coverage.entrySet()) {
            double declared = e.getValue();
            if (declared <= cap) {
                continue;
            }
            e.setValue(cap);
            declaredMax = Math.max(declaredMax, declared);
            if (in.explain()) {
                steps.add(new Derivation("coverage of " + e.getKey().id(), cap, "1",
                        "min(declared coverage, qubits / qubits-for-full-scale)",
                        "declared " + declared + ", " + (long) qubits + " / " + (long) fullScale + " qubits",
                        "grok2025althw 'Resources with Quantum Computing': 1,000-qubit processor, ~1M qubits needed for full scale"));
            }
        }
        if (declaredMax > 0) {
            warnings.add(String.format(Locale.ROOT, "%,d", (long) qubits) + " qubits support " + percent(cap)
                    + " of the work, not the declared " + percent(declaredMax)
                    + ": the limit applies rather than the headline factor");
        }
    }

    /** The share of any class the processor can take over: qubits / qubits-for-full-scale, at most 1. */
    static double cap(double qubits, double fullScale) {
        return Math.min(1, qubits / fullScale);
    }

    /** A share as a percentage with at most three significant digits: 0.001 is "0.1%". */
    static String percent(double share) {
        return new BigDecimal(share * 100).round(new MathContext(3)).stripTrailingZeros().toPlainString() + "%";
    }
}
