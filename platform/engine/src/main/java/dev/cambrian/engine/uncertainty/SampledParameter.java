package dev.cambrian.engine.uncertainty;

import dev.cambrian.api.Distribution;

/**
 * One parameter Monte Carlo varies: its position in the value arrays, its range in force, the
 * distribution it is drawn from ({@code sampledAs}, which differs from {@code declared} only for a
 * fixed parameter a scenario gave a range: uniform), and whether it takes whole numbers.
 */
public record SampledParameter(int index, String name, String unit, Distribution declared, Distribution sampledAs,
                               double low, double mode, double high, boolean integer) {

    /**
     * The value for a uniform draw u in [0, 1). Whole numbers: uniform ones are drawn directly, each
     * equally likely; triangular and log-uniform draws are rounded to the nearest (low and high are
     * whole, so it stays inside).
     */
    double draw(double u) {
        if (integer && (sampledAs == Distribution.UNIFORM || sampledAs == Distribution.FIXED)) {
            return Draws.uniformWhole(u, low, high);
        }
        double x = switch (sampledAs) {
            case TRIANGULAR -> Draws.triangular(u, low, mode, high);
            case LOG_UNIFORM -> Draws.logUniform(u, low, high);
            case UNIFORM, FIXED -> Draws.uniform(u, low, high);
        };
        return integer ? Math.rint(x) : x;
    }

    /** {@code size} draws into {@code column}, one uniform from {@code rng} each, as {@link #draw} gives them. */
    void fill(SplitMix rng, double[] column, int size) {
        if (!integer && sampledAs == Distribution.TRIANGULAR) {
            Draws.triangular(rng, column, size, low, mode, high); // the usual case, without a call per draw
            return;
        }
        rng.fill(column, size);
        for (int i = 0; i < size; i++) {
            column[i] = draw(column[i]); // in place: each value depends on its own uniform only
        }
    }
}
