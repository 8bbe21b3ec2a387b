package dev.cambrian.engine.scale;

import dev.cambrian.api.formula.Reliability;
import dev.cambrian.api.formula.Units;
import java.util.OptionalDouble;

/**
 * Time to train versus system size (faraboschi2024barriers §3.1, Table 3, Fig. 7; docs/models.md §3): C / (N x
 * sustained per GPU x weak-scaling efficiency x useful fraction), the useful fraction by Young/Daly
 * over the interrupts that still stop the job.
 */
public final class ScaleModel {
    /** faraboschi2024barriers Table 3: GPU memory checkpointed (80 GB), MTBFs, GPUs per CPU, TTR, sustained TF32, sequential share. */
    public static final double GPU_MEMORY_BYTES = 80e9;
    public static final double GPU_MTBF_HOURS = 950_000;
    public static final double CPU_MTBF_HOURS = 1_500_000;
    public static final double GPUS_PER_CPU = 4;
    public static final double RECOVER_HOURS = 2;
    public static final double SUSTAINED_FLOPS_PER_GPU = 150e12;
    public static final double SEQUENTIAL_FRACTION = 0.01;
    public static final String SOURCE = "faraboschi2024barriers §3.1 and Table 3";

    private ScaleModel() {
    }

    /** Useful share of wall-clock time at N GPUs under a configuration. */
    public static double usefulFraction(double gpus, ScaleConfig c) {
        double lambda = stoppingInterruptsPerHour(gpus, c);
        if (lambda <= 0) {
            return 1;
        }
        return Reliability.usefulFraction(checkpointHours(gpus, c), 1 / lambda, RECOVER_HOURS);
    }

    /** Seconds to train C FLOP on N GPUs, or empty when failures leave no useful time. */
    public static OptionalDouble seconds(double trainingFlop, double gpus, ScaleConfig c) {
        double useful = usefulFraction(gpus, c);
        if (useful <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(trainingFlop / sustainedFlops(gpus, useful));
    }

    // The parts below are package-private so ScaleDerivation shows the very numbers used here.

    /** Every interrupt, tolerated or not. */
    static double interruptsPerHour(double gpus) {
        return Reliability.interruptsPerHour(gpus, GPU_MTBF_HOURS, CPU_MTBF_HOURS, GPUS_PER_CPU);
    }

    /** Share of interrupts that stop the job: 1 without a K-of-N runtime. */
    static double stoppingShare(double gpus, ScaleConfig c) {
        return c.toleratedGroups() > 0
                ? Reliability.stoppingShareWithTolerance(interruptsPerHour(gpus), c.groups(), c.toleratedGroups(), RECOVER_HOURS)
                : 1;
    }

    static double stoppingInterruptsPerHour(double gpus, ScaleConfig c) {
        return interruptsPerHour(gpus) * stoppingShare(gpus, c);
    }

    static double checkpointHours(double gpus, ScaleConfig c) {
        return Units.hours(gpus * GPU_MEMORY_BYTES * (1 - c.checkpointReduction()) / c.checkpointBytesPerSecond());
    }

    static double efficiency(double gpus) {
        return Reliability.gustafsonEfficiency(gpus, SEQUENTIAL_FRACTION);
    }

    static double sustainedFlops(double gpus, double useful) {
        return gpus * SUSTAINED_FLOPS_PER_GPU * efficiency(gpus) * useful;
    }

    /** The system size past which a configuration stops getting faster (searched on a geometric grid to 10M GPUs). */
    public static double fastestSize(double trainingFlop, ScaleConfig c) {
        double best = Double.POSITIVE_INFINITY;
        double bestN = 1;
        for (double n = 1000; n <= 1e7; n *= 1.02) {
            OptionalDouble t = seconds(trainingFlop, Math.rint(n), c);
            if (t.isPresent() && t.getAsDouble() < best) {
                best = t.getAsDouble();
                bestN = Math.rint(n);
            }
        }
        return bestN;
    }
}
