package dev.cambrian.plugins.gpu;

import static dev.cambrian.plugins.gpu.GpuParameters.*;

import dev.cambrian.api.Derivation;
import dev.cambrian.api.InfeasibleException;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.SpeedupModel;
import dev.cambrian.api.TimeEstimate;
import dev.cambrian.api.formula.Reliability;
import dev.cambrian.api.formula.Units;
import java.util.ArrayList;
import java.util.List;

/**
 * Training time on a GPU cluster (DESIGN 3.2, 3.3):
 * t = C / (N x peak x utilization x weak-scaling efficiency x useful fraction).
 */
final class GpuTime implements SpeedupModel {

    @Override
    public TimeEstimate estimate(ModelInput in) {
        double flop = in.workload().trainingFlop();
        double n = in.parameter(DEVICES);
        double peak = in.parameter(PEAK);
        double utilization = in.parameter(UTILIZATION);
        double scaling = Reliability.gustafsonEfficiency(n, in.parameter(SEQUENTIAL));
        List<Derivation> steps = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        double useful = 1.0;
        if (in.parameter(FAILURES) >= 1) {
            useful = usefulFraction(in, n, steps);
            if (useful <= 0) {
                throw new InfeasibleException("at " + (long) n + " devices failures leave no useful time: recovery and"
                        + " checkpoints take all of it (seed 001 section 3.1); use fewer devices or faster checkpoints");
            }
            if (useful < 0.5) {
                warnings.add("failures leave only " + Math.round(useful * 100) + "% useful time at " + (long) n + " devices");
            }
        }
        double sustained = n * peak * utilization * scaling * useful;
        double seconds = flop / sustained;
        if (in.explain()) {
            steps.add(new Derivation("weak-scaling efficiency", scaling, "1", "(N - s (N - 1)) / N",
                    "N = " + (long) n + ", s = " + in.parameter(SEQUENTIAL), "seed 001 Table 3; DESIGN 3.3 (Gustafson)"));
            steps.add(new Derivation("sustained throughput", sustained, "FLOP/s", "N x peak x utilization x efficiency x useful",
                    (long) n + " x " + Derivation.number(peak) + " x " + Derivation.number(utilization) + " x " + Derivation.number(scaling) + " x " + Derivation.number(useful),
                    "DESIGN 3.2"));
            steps.add(new Derivation("training time", seconds, "s", "C / sustained throughput",
                    "C = " + flop + " FLOP", "DESIGN 3.2; C from " + in.workload().source()));
        }
        return TimeEstimate.split(seconds, in.workload().mix(), steps, warnings);
    }

    private static double usefulFraction(ModelInput in, double n, List<Derivation> steps) {
        double lambda = Reliability.interruptsPerHour(n, in.parameter(GPU_MTBF), in.parameter(CPU_MTBF), in.parameter(GPUS_PER_CPU));
        double mtti = 1 / lambda;
        boolean allMemory = in.parameter(CKPT_ALL_MEMORY) >= 1;
        double bytes = (allMemory ? n * in.parameter(DEVICE_MEMORY)
                : in.workload().totalParameters() * in.parameter(CKPT_BYTES_PER_PARAM)) * (1 - in.parameter(CKPT_REDUCTION));
        double checkpointHours = Units.hours(bytes / in.parameter(CKPT_BANDWIDTH));
        double useful = Reliability.usefulFraction(checkpointHours, mtti, in.parameter(RECOVER));
        if (!in.explain()) {
            return useful;
        }
        steps.add(new Derivation("mean time between interrupts", mtti, "h", "1 / (N / MTBF_gpu + N / gpus_per_cpu / MTBF_cpu)",
                "N = " + (long) n, "seed 001 Table 3; DESIGN 3.3"));
        steps.add(new Derivation("checkpoint time", checkpointHours, "h",
                allMemory ? "N x GPU memory x (1 - reduction) / bandwidth" : "parameters x bytes per parameter x (1 - reduction) / bandwidth",
                Derivation.number(bytes) + " B at " + Derivation.number(in.parameter(CKPT_BANDWIDTH)) + " B/s",
                allMemory ? "seed 001 Table 3 (all GPU memory)" : "ZeRO state size; seed 001 Table 3 bandwidth"));
        if (checkpointHours > 0) {
            steps.add(new Derivation("checkpoint interval", Reliability.checkpointIntervalHours(checkpointHours, mtti), "h",
                    "sqrt(2 x checkpoint time x MTTI)", "", "Young 1974; Daly 2006"));
        }
        steps.add(new Derivation("useful fraction", useful, "1", "1 - delta/tau - tau/(2M) - TTR/M, floored at 0",
                "TTR = " + in.parameter(RECOVER) + " h", "DESIGN 3.3"));
        return useful;
    }

}
