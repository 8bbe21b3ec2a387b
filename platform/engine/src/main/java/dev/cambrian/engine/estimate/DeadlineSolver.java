package dev.cambrian.engine.estimate;

import dev.cambrian.api.Economics;
import dev.cambrian.api.HardwareBackend;
import dev.cambrian.api.InfeasibleException;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.ParameterValues;
import dev.cambrian.api.ReferenceRun;
import dev.cambrian.api.Workload;
import dev.cambrian.engine.InputException;
import java.util.OptionalLong;

/**
 * The inverse question: the fewest devices whose nominal training time meets a deadline. Time falls
 * with more devices until failures dominate (seed 001 Fig. 7), so the search doubles the count while
 * time still falls, then bisects; it reports "none" when the fastest size misses the deadline.
 */
public final class DeadlineSolver {
    static final long MAX_DEVICES = 100_000_000L;

    private DeadlineSolver() {
    }

    public static OptionalLong devicesFor(HardwareBackend backend, ResolvedParameters params, Workload workload,
                                          Economics economics, ReferenceRun reference, double deadlineSeconds) {
        String name = backend.hardware().deviceCountParameter().orElseThrow(() -> new InputException(
                "--deadline: backend " + backend.info().id() + " has no device-count parameter to solve for"));
        ParameterValues nominal = params.nominal();
        ModelInput input = new ModelInput(workload, nominal, economics, reference, false); // a search: nothing to explain
        long n = 1;
        double previous = Double.POSITIVE_INFINITY;
        while (true) {
            double t = seconds(backend, input, nominal, name, n);
            if (t <= deadlineSeconds) {
                break;
            }
            if (t >= previous || n >= MAX_DEVICES) {
                return OptionalLong.empty();
            }
            previous = t;
            n *= 2;
        }
        long lo = n / 2;
        long hi = n;
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (seconds(backend, input, nominal, name, mid) <= deadlineSeconds) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return OptionalLong.of(hi);
    }

    private static double seconds(HardwareBackend backend, ModelInput input, ParameterValues nominal, String name, long n) {
        try {
            return backend.speedup().estimate(input.withParameters(nominal.with(name, n))).trainingSeconds();
        } catch (InfeasibleException e) {
            return Double.POSITIVE_INFINITY; // no useful time at this size: slower than any feasible size
        }
    }

}
