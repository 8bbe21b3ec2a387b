package dev.cambrian.api.formula;

/**
 * Failures at scale (faraboschi2024barriers §3.1, Table 3; docs/models.md §3): interrupt rate, Young/Daly
 * checkpoint interval and the fraction of wall-clock time that makes progress.
 */
public final class Reliability {
    private Reliability() {
    }

    /** System interrupts per hour: lambda = N / MTBF_gpu + (N / gpusPerCpu) / MTBF_cpu. */
    public static double interruptsPerHour(double gpus, double gpuMtbfHours, double cpuMtbfHours, double gpusPerCpu) {
        return gpus / gpuMtbfHours + (gpus / gpusPerCpu) / cpuMtbfHours;
    }

    /** Young/Daly optimal checkpoint interval: tau = sqrt(2 * delta * M), M = 1 / lambda. */
    public static double checkpointIntervalHours(double checkpointHours, double meanHoursBetweenInterrupts) {
        return Math.sqrt(2 * checkpointHours * meanHoursBetweenInterrupts);
    }

    /**
     * Useful fraction of wall-clock time: 1 - delta/tau - tau/(2M) - TTR/M, floored at 0. With no
     * checkpoint cost (delta = 0) the first two terms vanish (their limit), leaving 1 - TTR/M.
     */
    public static double usefulFraction(double checkpointHours, double meanHoursBetweenInterrupts, double recoverHours) {
        double lost = recoverHours / meanHoursBetweenInterrupts;
        if (checkpointHours > 0) {
            double tau = checkpointIntervalHours(checkpointHours, meanHoursBetweenInterrupts);
            lost += checkpointHours / tau + tau / (2 * meanHoursBetweenInterrupts);
        }
        return Math.max(0.0, 1.0 - lost);
    }

    /**
     * Weak-scaling (Gustafson) efficiency with a sequential fraction s: scaled speedup N - s(N - 1),
     * divided by N. Used instead of a strong-scaling Amdahl ceiling, which would make a 50k-device
     * system pointless (docs/models.md §3).
     */
    public static double gustafsonEfficiency(double devices, double sequentialFraction) {
        return (devices - sequentialFraction * (devices - 1)) / devices;
    }

    /**
     * A runtime that tolerates up to K failed data-parallel groups out of N (faraboschi2024barriers §3.1,
     * modelled at face value, docs/models.md §3): an interrupt stops the job only when K other groups are
     * already down. Each group is down a fraction p = (lambda / N) x TTR of the time, so the share of
     * interrupts that still stop the job is P(Binomial(N - 1, p) >= K).
     */
    public static double stoppingShareWithTolerance(double interruptsPerHour, int groups, int tolerated, double recoverHours) {
        double p = Math.min(1, interruptsPerHour / groups * recoverHours);
        int others = groups - 1;
        if (p <= 0 || tolerated > others) {
            return 0;
        }
        if (p >= 1) {
            return 1;
        }
        // Sum both sides of K term by term: 1 - P(below K) loses every digit when the tail is tiny
        // (small systems), the tail summed directly is exact there; each side is used where it is large.
        double ratio = p / (1 - p);
        double term = Math.pow(1 - p, others);
        double below = 0;
        for (int k = 0; k < tolerated; k++) {
            below += term;
            term *= (others - k) / (double) (k + 1) * ratio;
        }
        double tail = 0;
        for (int k = tolerated; k <= others; k++) {
            tail += term;
            term *= (others - k) / (double) (k + 1) * ratio;
        }
        return below <= 0.5 ? Math.max(0, 1 - below) : Math.min(1, tail);
    }
}
