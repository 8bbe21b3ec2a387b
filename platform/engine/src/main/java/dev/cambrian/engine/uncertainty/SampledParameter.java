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
     * {@code size} draws into {@code column} from {@code rng}. Triangular draws take two uniforms each
     * ({@link Draws#triangular(double, double, double, double, double)}); the others one each ({@link #draw}). Whole
     * numbers: uniform ones are drawn directly, each equally likely; triangular and log-uniform draws are rounded to
     * the nearest (low and high are whole, so it stays inside).
     */
    void fill(SplitMix rng, double[] column, int size) {
        if (sampledAs == Distribution.TRIANGULAR) {
            rng.fillTriangular(column, size, low, mode, high);
            if (integer) {
                for (int i = 0; i < size; i++) {
                    column[i] = Math.rint(column[i]);
                }
            }
            return;
        }
        rng.fill(column, size);
        for (int i = 0; i < size; i++) {
            column[i] = draw(column[i]); // in place: each value depends on its own uniform only
        }
    }

    /** The value for a uniform draw u in [0, 1), for the distributions drawn from one uniform. */
    private double draw(double u) {
        if (integer && sampledAs != Distribution.LOG_UNIFORM) {
            return Draws.uniformWhole(u, low, high);
        }
        double x = sampledAs == Distribution.LOG_UNIFORM ? Draws.logUniform(u, low, high) : Draws.uniform(u, low, high);
        return integer ? Math.rint(x) : x;
    }
}
