package dev.cambrian.engine.estimate;

import dev.cambrian.api.Contracts;
import dev.cambrian.api.OperationClass;
import dev.cambrian.api.Parameter;
import dev.cambrian.api.Workload;
import dev.cambrian.api.relative.RelativeParameters;
import java.util.Locale;
import java.util.Optional;

/**
 * The work a relative backend's class-by-class model puts on the technology's own devices, per device-second of the
 * whole run, against their declared peak (docs/models.md §4). That model divides the baseline's time by per-class
 * factors whatever the technology's device count, so a fleet of one chip ran as fast as two thousand; this says when
 * the answer needs more than the devices can do. Audit's "throughput of the model in force" and the estimate's
 * warning both read it from here.
 *
 * @param coveredShare the share of the workload's time the coverage moves to the technology (coverage x mix, summed)
 * @param coveredWork  that share of the training FLOP, op
 * @param devices      the technology's devices, the model's first hardware line
 * @param kind         their kind
 * @param seconds      the training time of the model
 * @param implied      covered work / (devices x seconds), op/s per device
 * @param peak         the declared peak per device, op/s
 */
public record ModelThroughput(double coveredShare, double coveredWork, double devices, String kind, double seconds,
                              double implied, double peak) {

    /** How many times the peak the model needs; above 1 it is not possible. */
    public double overPeak() {
        return implied / peak;
    }

    /**
     * The throughput of a relative backend's class-by-class model at {@code model}, its nominal point; empty when the
     * backend is not relative, runs the seed's arithmetic (its claim is the model), declares no peak in the contract's
     * unit, or names no devices.
     */
    public static Optional<ModelThroughput> of(ResolvedParameters params, Workload workload, PointResult model) {
        Optional<Parameter> peak = params.space().parameter(Contracts.DEVICE_PEAK_OPS);
        if (!params.relative() || params.seedArithmetic() || peak.isEmpty() || Contracts.mismatch(peak.get()).isPresent()
                || model.hardware().devices().isEmpty()) {
            return Optional.empty();
        }
        double share = coveredShare(params, workload);
        double devices = model.hardware().devices().get(0).count();
        double seconds = model.time().trainingSeconds();
        double work = share * workload.trainingFlop();
        return Optional.of(new ModelThroughput(share, work, devices, model.hardware().devices().get(0).kind(), seconds,
                work / (devices * seconds), params.nominal().get(params.space().indexOf(Contracts.DEVICE_PEAK_OPS))));
    }

    /** The share of the workload's time a relative backend's coverage takes over: coverage x operation mix, summed. */
    public static double coveredShare(ResolvedParameters params, Workload workload) {
        double f = 0;
        for (OperationClass c : OperationClass.values()) {
            int i = params.space().indexOf(RelativeParameters.coverage(c));
            if (i >= 0) {
                f += workload.mix().fraction(c) * params.nominal().get(i);
            }
        }
        return f;
    }

    /** The estimate's warning when the model needs more than the peak, as audit would find it. */
    public Optional<String> warning() {
        if (!(overPeak() > 1)) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "its time needs %.3g op/s from each of its devices (%,d x %s; %.0f%% of the work in"
                + " %.3g s), %.3g times their declared peak of %.3g op/s: the class-by-class model divides the baseline's time"
                + " by its factors whatever its device count ('cambrian audit' checks this)", implied, Math.round(devices), kind,
                100 * coveredShare, seconds, overPeak(), peak));
    }
}
