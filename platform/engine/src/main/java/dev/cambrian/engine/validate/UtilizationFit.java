package dev.cambrian.engine.validate;

import dev.cambrian.api.absolute.Utilization;
import dev.cambrian.engine.uncertainty.Percentiles;
import java.util.ArrayList;
import java.util.List;

/**
 * The utilization model fitted to published runs: least squares on log MFU over the model's
 * regressors; the region the runs cover, beyond which the model is held flat; and the 10th and 90th
 * percentile of the leave-one-out residuals (each run's published over its MFU fitted without it),
 * which become the range of the backends' residual multiplier. Taking the residuals a run would have
 * as an unseen run, rather than the fit's own, makes the range hold about 80% of runs the fit never
 * saw instead of 80% of the runs it was tuned on.
 *
 * @param identified which coefficients the runs determine; the others are held at no effect
 */
public record UtilizationFit(Utilization.Coefficients coefficients, boolean[] identified, double residualP10,
                             double residualP90, int runs, Utilization.Domain domain) {

    static UtilizationFit of(List<Observation> observations) {
        PointFit all = PointFit.of(observations);
        double[] residuals = new double[observations.size()];
        for (int i = 0; i < residuals.length; i++) {
            List<Observation> others = new ArrayList<>(observations);
            Observation held = others.remove(i);
            residuals[i] = Math.log(held.impliedMfu() / PointFit.of(others).predict(held.features()));
        }
        Percentiles p = Percentiles.of(residuals);
        return new UtilizationFit(all.coefficients(), all.identified(), Math.exp(p.p10()), Math.exp(p.p90()),
                observations.size(), all.domain());
    }

    /** The fitted MFU, flat beyond the runs the fit saw (as the backends use the shipped fit). */
    double predict(Utilization.Features f) {
        return Utilization.predict(domain.clamp(f), coefficients);
    }

    /** Coefficients and region of one least-squares fit, without a residual range. */
    private record PointFit(Utilization.Coefficients coefficients, boolean[] identified, Utilization.Domain domain) {
        static PointFit of(List<Observation> observations) {
            int n = observations.size();
            double[][] x = new double[n][];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = observations.get(i).features().regressors();
                y[i] = Math.log(observations.get(i).impliedMfu());
            }
            LeastSquares.Solution s = LeastSquares.fit(x, y);
            return new PointFit(Utilization.Coefficients.fromLogLinear(s.coefficients()), s.identified(),
                    Utilization.Domain.of(observations.stream().map(Observation::features).toList()));
        }

        double predict(Utilization.Features f) {
            return Utilization.predict(domain.clamp(f), coefficients);
        }
    }
}
