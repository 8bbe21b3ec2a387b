package dev.cambrian.engine.uncertainty;

/**
 * One backend's sampled figures, as columns indexed by sample (structure of arrays): NaN where the
 * model had no valid answer. The sampled parameters' columns are kept for the first
 * {@code sensitivitySamples} samples only, which is all the sensitivity ranking reads.
 */
final class BackendSamples {
    final double[] seconds;
    final double[] joules;
    final double[] usd;
    /** Total carbon (kgCO2e) and water (L); NaN throughout when the run has no environment. */
    final double[] carbonKg;
    final double[] waterLitres;
    /** [sampled parameter][sample], sample &lt; sensitivitySamples. */
    final double[][] parameters;
    final int sensitivitySamples;

    BackendSamples(int samples, int sampledParameters, int sensitivitySamples) {
        this.seconds = new double[samples];
        this.joules = new double[samples];
        this.usd = new double[samples];
        this.carbonKg = new double[samples];
        this.waterLitres = new double[samples];
        this.sensitivitySamples = sensitivitySamples;
        this.parameters = new double[sampledParameters][sensitivitySamples];
    }

    /** Bytes the columns take: what a run of this size needs to hold. */
    static long bytes(long samples, int sampledParameters, long sensitivitySamples) {
        return Double.BYTES * (5 * samples + sampledParameters * sensitivitySamples);
    }

    double[] of(Figure figure) {
        return switch (figure) {
            case TIME -> seconds;
            case ENERGY -> joules;
            case COST -> usd;
            case CARBON -> carbonKg;
            case WATER -> waterLitres;
        };
    }

    void infeasible(int i) {
        seconds[i] = Double.NaN;
        joules[i] = Double.NaN;
        usd[i] = Double.NaN;
        carbonKg[i] = Double.NaN;
        waterLitres[i] = Double.NaN;
    }
}
