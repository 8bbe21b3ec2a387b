package dev.cambrian.api.relative;

import dev.cambrian.api.Derivation;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.OperationClass;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The coverage in force for one evaluation: the declared coverage per class, lowered by the limits. */
final class Coverage {
    private Coverage() {
    }

    static Map<OperationClass, Double> of(TechnologySpec spec, ModelInput in, List<String> warnings, List<Derivation> steps) {
        Map<OperationClass, Double> coverage = new EnumMap<>(OperationClass.class);
        for (OperationClass c : spec.classes().keySet()) {
            coverage.put(c, in.parameter(RelativeParameters.coverage(c)));
        }
        for (Limit limit : spec.limits()) {
            limit.apply(in, coverage, warnings, steps);
        }
        return coverage;
    }

    static boolean seedArithmetic(ModelInput in) {
        return RelativeParameters.seedArithmeticOn(in.parameter(RelativeParameters.SEED_ARITHMETIC));
    }

    /**
     * True when every class of the mix is covered wholly or not at all: the baseline's devices then run only the classes
     * left on them. A class covered in part (photonic's 80% of dense matmul) keeps running its rest on them.
     */
    static boolean wholeOrNone(ModelInput in, Map<OperationClass, Double> coverage) {
        for (OperationClass c : OperationClass.values()) {
            double k = coverage.getOrDefault(c, 0.0);
            if (in.workload().mix().fraction(c) > 0 && k > 0 && k < 1) {
                return false;
            }
        }
        return true;
    }

    /** True when some baseline work stays on the baseline's devices. */
    static boolean leavesWorkOnBaseline(ModelInput in, Map<OperationClass, Double> coverage) {
        for (OperationClass c : OperationClass.values()) {
            if (in.workload().mix().fraction(c) > 0 && coverage.getOrDefault(c, 0.0) < 1) {
                return true;
            }
        }
        return false;
    }
}
