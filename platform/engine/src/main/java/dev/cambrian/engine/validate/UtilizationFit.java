package dev.cambrian.engine.validate;

import dev.cambrian.api.absolute.Utilization;
import dev.cambrian.engine.uncertainty.Percentiles;
import java.util.List;

/**
 * The utilization model fitted to published runs: least squares on log MFU over the model's
 * regressors, and the 10th and 90th percentile of the residuals (published over fitted MFU), which
 * become the range of the backends' residual multiplier, and the region the runs cover, beyond which
 * the model is held flat.
 *
 * @param identified which coefficients the runs determine; the others are held at no effect
 */
public record UtilizationFit(Utilization.Coefficients coefficients, boolean[] identified, double residualP10,
                             double residualP90, int runs, Utilization.Domain domain) {

    static UtilizationFit of(List<Observation> observations) {
        int n = observations.size();
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = observations.get(i).features().regressors();
            y[i] = Math.log(observations.get(i).impliedMfu());
        }
        LeastSquares.Solution s = LeastSquares.fit(x, y);
        double[] residuals = new double[n];
        for (int i = 0; i < n; i++) {
            residuals[i] = y[i] - dot(x[i], s.coefficients());
        }
        Percentiles p = Percentiles.of(residuals);
        return new UtilizationFit(Utilization.Coefficients.fromLogLinear(s.coefficients()), s.identified(),
                Math.exp(p.p10()), Math.exp(p.p90()), n,
                Utilization.Domain.of(observations.stream().map(Observation::features).toList()));
    }

    /** The fitted MFU, flat beyond the runs the fit saw (as the backends use the shipped fit). */
    double predict(Utilization.Features f) {
        return Utilization.predict(domain.clamp(f), coefficients);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
