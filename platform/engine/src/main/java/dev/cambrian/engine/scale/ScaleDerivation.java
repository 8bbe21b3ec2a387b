package dev.cambrian.engine.scale;

import dev.cambrian.api.Derivation;
import dev.cambrian.api.formula.Reliability;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * How {@link ScaleModel} gets one configuration's time at one system size, step by step, for
 * {@code explain}. The values are ScaleModel's own parts; this class names inputs and sources.
 */
public final class ScaleDerivation {
    private static final String TABLE_3 = "faraboschi2024barriers Table 3";

    private ScaleDerivation() {
    }

    public static List<Derivation> of(double trainingFlop, double gpus, ScaleConfig c) {
        if (!(gpus > 0) || Double.isInfinite(gpus)) {
            throw new InputException("scale: the system size must be a positive number of GPUs, got " + gpus);
        }
        List<Derivation> steps = new ArrayList<>();
        double all = ScaleModel.interruptsPerHour(gpus);
        steps.add(new Derivation("interrupt rate", all, "1/h", "N / MTBF_gpu + (N / gpus_per_cpu) / MTBF_cpu",
                "N = " + Numbers.compact(gpus) + ", MTBF_gpu = " + Numbers.compact(ScaleModel.GPU_MTBF_HOURS) + " h, MTBF_cpu = "
                        + Numbers.compact(ScaleModel.CPU_MTBF_HOURS) + " h, gpus_per_cpu = " + Numbers.compact(ScaleModel.GPUS_PER_CPU),
                TABLE_3 + " (MTBFs, GPUs per CPU); docs/models.md §3"));
        if (c.toleratedGroups() > 0) {
            // p is shown as an input only; the share itself is Reliability's
            double p = Math.min(1, all / c.groups() * ScaleModel.RECOVER_HOURS);
            steps.add(new Derivation("stopping share (K-of-N)", ScaleModel.stoppingShare(gpus, c), "1",
                    "P(Binomial(N - 1, p) >= K), p = lambda / N x TTR",
                    "N = " + c.groups() + " groups, K = " + c.toleratedGroups() + ", p = " + Numbers.compact(p) + ", TTR = "
                            + Numbers.compact(ScaleModel.RECOVER_HOURS) + " h",
                    "faraboschi2024barriers §3.1 (tolerant runtime, at face value); docs/models.md §3; TTR from " + TABLE_3));
        }
        double stopping = ScaleModel.stoppingInterruptsPerHour(gpus, c);
        double useful = ScaleModel.usefulFraction(gpus, c);
        if (stopping <= 0) {
            // Every interrupt is absorbed: no checkpoints are needed (ScaleModel's useful = 1).
            steps.add(new Derivation("useful fraction", useful, "1", "1: no interrupt stops the job",
                    "stopping interrupt rate = 0", "docs/models.md §3 (K-of-N at face value)"));
        } else {
            double mtti = 1 / stopping;
            double delta = ScaleModel.checkpointHours(gpus, c);
            double tau = Reliability.checkpointIntervalHours(delta, mtti);
            steps.add(new Derivation("mean time to interrupt (M)", mtti, "h",
                    c.toleratedGroups() > 0 ? "1 / (interrupt rate x stopping share)" : "1 / interrupt rate",
                    "stopping interrupts: " + Numbers.compact(stopping) + "/h", "docs/models.md §3"));
            steps.add(new Derivation("checkpoint time", delta, "h", "N x GPU memory x (1 - reduction) / bandwidth",
                    Numbers.compact(gpus) + " x " + Numbers.compact(ScaleModel.GPU_MEMORY_BYTES) + " B x (1 - " + Numbers.compact(c.checkpointReduction()) + ") / "
                            + Numbers.compact(c.checkpointBytesPerSecond()) + " B/s",
                    TABLE_3 + " (GPU memory, all of it checkpointed); " + c.name() + ": " + c.description()));
            steps.add(new Derivation("checkpoint interval", tau, "h", "sqrt(2 x checkpoint time x MTTI) (Young/Daly)",
                    "delta = " + Numbers.compact(delta) + " h, M = " + Numbers.compact(mtti) + " h", "young1974checkpoint; daly2006checkpoint; docs/models.md §3"));
            steps.add(new Derivation("useful fraction", useful, "1", "1 - delta/tau - tau/(2M) - TTR/M, floored at 0",
                    "TTR = " + Numbers.compact(ScaleModel.RECOVER_HOURS) + " h", TABLE_3 + " (TTR); docs/models.md §3"));
        }
        double efficiency = ScaleModel.efficiency(gpus);
        steps.add(new Derivation("weak-scaling efficiency", efficiency, "1", "(N - s (N - 1)) / N",
                "N = " + Numbers.compact(gpus) + ", s = " + Numbers.compact(ScaleModel.SEQUENTIAL_FRACTION), TABLE_3 + " (sequential share); docs/models.md §3 (Gustafson)"));
        double rate = ScaleModel.sustainedFlops(gpus, useful);
        steps.add(new Derivation("sustained rate", rate, "FLOP/s", "N x sustained per GPU x efficiency x useful",
                Numbers.compact(gpus) + " x " + Numbers.compact(ScaleModel.SUSTAINED_FLOPS_PER_GPU) + " x " + Numbers.compact(efficiency) + " x " + Numbers.compact(useful),
                TABLE_3 + " (sustained TF32 per GPU); docs/models.md §3"));
        if (useful <= 0) {
            steps.add(new Derivation("no progress", 0, "FLOP/s",
                    "useful fraction <= 0: checkpoints and recovery take all the time, so there is no training time",
                    "N = " + Numbers.compact(gpus), "faraboschi2024barriers §3.1; docs/models.md §3"));
        } else {
            steps.add(new Derivation("training time", trainingFlop / rate, "s", "C / sustained rate",
                    "C = " + Numbers.compact(trainingFlop) + " FLOP", "docs/models.md §3; C from the workload"));
        }
        return steps;
    }
}
