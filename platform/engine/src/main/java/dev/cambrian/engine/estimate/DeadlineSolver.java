package dev.cambrian.engine.estimate;

import dev.cambrian.api.Economics;
import dev.cambrian.api.HardwareBackend;
import dev.cambrian.api.InfeasibleException;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.ParameterValues;
import dev.cambrian.api.ReferenceRun;
import dev.cambrian.api.Workload;
import dev.cambrian.api.absolute.AbsoluteParameters;
import dev.cambrian.engine.InputException;
import java.util.OptionalLong;

/**
 * The inverse question: the fewest devices whose nominal training time meets a deadline. Below some
 * size a run may not fit in memory at all (no valid answer), so the search doubles the count through
 * those sizes; past them time falls with more devices until failures dominate (faraboschi2024barriers Fig. 7), so it
 * keeps doubling while time still falls; once it turns (or the backend's limit comes), a ternary search finds the
 * fastest size between the last doublings, and bisection the fewest devices meeting the deadline. It never goes past the backend's declared
 * maximum cluster. When no size meets the deadline it says what the fastest size it found achieves.
 */
public final class DeadlineSolver {
    public static final long MAX_DEVICES = 100_000_000L;

    private DeadlineSolver() {
    }

    /**
     * @param devices        the fewest devices meeting the deadline, if any
     * @param fastestDevices the size with the shortest time the search saw (0 when none had a valid answer)
     * @param fastestSeconds that shortest time
     * @param limit          the largest size the backend allows, or {@link #MAX_DEVICES}
     */
    public record Result(OptionalLong devices, long fastestDevices, double fastestSeconds, long limit) {
    }

    public static OptionalLong devicesFor(HardwareBackend backend, ResolvedParameters params, Workload workload,
                                          Economics economics, ReferenceRun reference, double deadlineSeconds) {
        return solve(backend, params, workload, economics, reference, deadlineSeconds).devices();
    }

    public static Result solve(HardwareBackend backend, ResolvedParameters params, Workload workload,
                               Economics economics, ReferenceRun reference, double deadlineSeconds) {
        String name = backend.hardware().deviceCountParameter().orElseThrow(() -> new InputException(
                "--deadline: backend " + backend.info().id() + " has no device-count parameter to solve for"));
        ParameterValues nominal = params.nominal();
        ModelInput input = new ModelInput(workload, nominal, economics, reference, false); // a search: nothing to explain
        long limit = params.space().indexOf(AbsoluteParameters.MAX_DEVICES) >= 0
                ? (long) nominal.get(AbsoluteParameters.MAX_DEVICES) : MAX_DEVICES;
        long n = 1;
        long previous = 0; // the size evaluated before n (0: none), and the one before that
        long before = 0;
        double previousSeconds = Double.POSITIVE_INFINITY;
        long fastest = 0;
        double best = Double.POSITIVE_INFINITY;
        while (true) {
            double t = seconds(backend, input, nominal, name, n);
            if (t < best) {
                best = t;
                fastest = n;
            }
            if (t <= deadlineSeconds) {
                return fewest(backend, input, nominal, name, previous, n, deadlineSeconds, limit);
            }
            boolean turned = fastest != 0 && fastest < n && t >= previousSeconds;
            if (turned || n >= limit) {
                // time stopped falling, or the backend's limit came first: the fastest size lies between the size before
                // the previous one and n, which doubling steps over (gpt-3 on gpu-h100 is fastest near 200,000 devices,
                // between 131,072 and 262,144; a limit of 3,000 follows 2,048), so it is searched for there
                long from = Math.max(1, before);
                long at = fastestBetween(backend, input, nominal, name, from, n);
                double there = seconds(backend, input, nominal, name, at);
                if (there < best) {
                    best = there;
                    fastest = at;
                }
                if (best > deadlineSeconds) {
                    return new Result(OptionalLong.empty(), fastest, best, limit);
                }
                // every size up to the previous one missed it, and time falls from there to the fastest
                return fewest(backend, input, nominal, name, before, fastest, deadlineSeconds, limit);
            }
            before = previous;
            previous = n;
            previousSeconds = t;
            n = Math.min(limit, n * 2);
        }
    }

    /**
     * The fewest devices in (lo, hi] meeting the deadline, by bisection: lo misses it, hi meets it, and time falls
     * between them.
     */
    private static Result fewest(HardwareBackend backend, ModelInput input, ParameterValues nominal, String name, long lo,
                                 long hi, double deadlineSeconds, long limit) {
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (seconds(backend, input, nominal, name, mid) <= deadlineSeconds) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return new Result(OptionalLong.of(hi), hi, seconds(backend, input, nominal, name, hi), limit);
    }

    /**
     * The size in [lo, hi] with the shortest time, by ternary search: time falls with more devices until failures
     * dominate, then rises, one minimum between (a flat stretch keeps the smaller size).
     */
    private static long fastestBetween(HardwareBackend backend, ModelInput input, ParameterValues nominal, String name,
                                       long lo, long hi) {
        while (hi - lo > 2) {
            long third = (hi - lo) / 3;
            long a = lo + third;
            long b = hi - third;
            if (seconds(backend, input, nominal, name, a) <= seconds(backend, input, nominal, name, b)) {
                hi = b;
            } else {
                lo = a;
            }
        }
        long at = lo;
        double least = seconds(backend, input, nominal, name, lo);
        for (long k = lo + 1; k <= hi; k++) { // each size estimated once, not again for every comparison
            double t = seconds(backend, input, nominal, name, k);
            if (t < least) {
                least = t;
                at = k;
            }
        }
        return at;
    }

    private static double seconds(HardwareBackend backend, ModelInput input, ParameterValues nominal, String name, long n) {
        try {
            return backend.speedup().estimate(input.withParameters(nominal.with(name, n))).trainingSeconds();
        } catch (InfeasibleException e) {
            return Double.POSITIVE_INFINITY; // does not fit, or no useful time, at this size
        }
    }
}
