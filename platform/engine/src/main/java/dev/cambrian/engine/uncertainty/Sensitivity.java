package dev.cambrian.engine.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How strongly one sampled parameter moves a figure: Spearman's rank correlation between the
 * parameter's draws and the figure over the same samples (positive: the figure rises with the
 * parameter). NaN when the figure does not vary over those samples: then no parameter moves it.
 */
/** @param samples the samples the correlation was taken over: those of the sensitivity sample with a valid answer */
public record Sensitivity(SampledParameter parameter, double spearman, int samples) {
    /** The smallest |rho| with which a sampled range counts as moving a figure, however many samples. */
    public static final double MOVES = 0.05;

    /**
     * The |rho| a range needs to count as moving a figure over {@code samples} draws: at least {@link #MOVES}, and four
     * standard errors of a correlation that is in truth zero (1 / sqrt(n)), so 500 samples' noise (0.045) is not read
     * as an effect. Four, not three: thirty backends of some ten ranges each are hundreds of tests, and at three a
     * carbon-only range was named as moving quantum-hybrid's time (-0.22 over 300 samples). Rounded up to two decimals,
     * as rho is printed: a listed +0.13 beside a threshold of 0.134 read as below it.
     */
    public static double movesAt(int samples) {
        return Math.max(MOVES, Math.ceil(4 / Math.sqrt(Math.max(1, samples)) * 100) / 100);
    }

    /**
     * Whether this range moves the figure: defined, with |rho| at least {@link #movesAt} of the samples it was taken over.
     * Those with a valid answer, not all drawn: with 1,450 of 10,000 valid, operations-per-device-hour at -0.09 was named
     * as moving the time, which it cannot (the threshold is 0.11 there, 0.05 at 10,000).
     */
    public boolean moves() {
        return defined() && Math.abs(spearman) >= movesAt(samples);
    }

    /** False when the figure is constant over the samples read, so no correlation is defined. */
    public boolean defined() {
        return !Double.isNaN(spearman);
    }

    /** Every sampled parameter of a backend, the strongest (largest |rho|) first, ties by name. */
    static List<Sensitivity> rank(BackendSamples samples, List<SampledParameter> sampled, Figure figure) {
        return rank(samples, sampled, figure, null);
    }

    /**
     * The same, with the environment's drawn factors ranked beside the backend's own parameters (carbon and water): they
     * are drawn once for every backend of a sample, and off-site water intensity moves water more than any of them.
     */
    static List<Sensitivity> rank(BackendSamples samples, List<SampledParameter> sampled, Figure figure,
                                  EnvironmentDraws.Drawn environmentOrNull) {
        double[] column = samples.of(figure);
        int n = samples.sensitivitySamples;
        int valid = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(column[i])) {
                valid++;
            }
        }
        double[] y = new double[valid];
        for (int i = 0, j = 0; i < n; i++) {
            if (!Double.isNaN(column[i])) {
                y[j++] = column[i];
            }
        }
        boolean varies = varies(y);
        double[] figureRanks = varies ? Ranks.of(y, valid) : null;
        List<Sensitivity> out = new ArrayList<>();
        for (int k = 0; k < sampled.size(); k++) {
            if (!varies) {
                out.add(new Sensitivity(sampled.get(k), Double.NaN, valid));
                continue;
            }
            double[] x = new double[valid];
            for (int i = 0, j = 0; i < n; i++) {
                if (!Double.isNaN(column[i])) {
                    x[j++] = samples.parameter(k, i);
                }
            }
            out.add(new Sensitivity(sampled.get(k), Spearman.correlation(Ranks.of(x, valid), figureRanks), valid));
        }
        for (int k = 0; environmentOrNull != null && k < environmentOrNull.factors().size(); k++) {
            SampledParameter factor = environmentOrNull.factors().get(k);
            if (!varies) {
                out.add(new Sensitivity(factor, Double.NaN, valid));
                continue;
            }
            double[] drawn = environmentOrNull.columns().get(k);
            double[] x = new double[valid];
            for (int i = 0, j = 0; i < n; i++) {
                if (!Double.isNaN(column[i])) {
                    x[j++] = drawn[i];
                }
            }
            out.add(new Sensitivity(factor, Spearman.correlation(Ranks.of(x, valid), figureRanks), valid));
        }
        out.sort(Comparator.comparingDouble((Sensitivity s) -> s.defined() ? -Math.abs(s.spearman()) : 0)
                .thenComparing(s -> s.parameter().name()));
        return out;
    }

    private static boolean varies(double[] y) {
        for (double v : y) {
            if (v != y[0]) {
                return true;
            }
        }
        return false;
    }
}
