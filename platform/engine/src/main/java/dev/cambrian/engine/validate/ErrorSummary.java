package dev.cambrian.engine.validate;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * How far predictions are from the published figures: the geometric-mean error exp(mean |ln ratio|)
 * (1.25 means typically 25% off either way), the worst error and its run, and the share of runs whose
 * published figure lies inside the predicted range.
 */
public record ErrorSummary(int runs, double geometricMeanError, double worstError, String worstRun, double shareInside) {

    static ErrorSummary of(List<RunValidation> validated, ToDoubleFunction<RunValidation> ratio, Predicate<RunValidation> inside) {
        double sum = 0;
        double worst = 0;
        String worstRun = "";
        int in = 0;
        for (RunValidation v : validated) {
            double e = Math.abs(Math.log(ratio.applyAsDouble(v)));
            sum += e;
            if (e > worst) {
                worst = e;
                worstRun = v.run().id();
            }
            if (inside.test(v)) {
                in++;
            }
        }
        int n = validated.size();
        return new ErrorSummary(n, Math.exp(sum / n), Math.exp(worst), worstRun, (double) in / n);
    }
}
