package dev.cambrian.engine.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How strongly one sampled parameter moves a figure: Spearman's rank correlation between the
 * parameter's draws and the figure over the same samples (positive: the figure rises with the parameter).
 */
public record Sensitivity(SampledParameter parameter, double spearman) {

    /** Every sampled parameter of a backend, the strongest (largest |rho|) first, ties by name. */
    static List<Sensitivity> rank(BackendSamples samples, List<SampledParameter> sampled, Figure figure) {
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
        double[] figureRanks = Ranks.of(y, valid);
        List<Sensitivity> out = new ArrayList<>();
        for (int k = 0; k < sampled.size(); k++) {
            double[] x = new double[valid];
            for (int i = 0, j = 0; i < n; i++) {
                if (!Double.isNaN(column[i])) {
                    x[j++] = samples.parameters[k][i];
                }
            }
            out.add(new Sensitivity(sampled.get(k), valid < 2 ? 0 : Spearman.correlation(Ranks.of(x, valid), figureRanks)));
        }
        out.sort(Comparator.comparingDouble((Sensitivity s) -> -Math.abs(s.spearman()))
                .thenComparing(s -> s.parameter().name()));
        return out;
    }
}
