package dev.cambrian.api;

/** What an in-house programme (or the procurement alternative) would cost. */
@FunctionalInterface
public interface FabInvestmentModel {
    FabInvestment estimate(ModelInput input);

    /**
     * The nominal total investment ({@code totalUsd().nominal()}) of every sample of a batch; NaN where
     * the sample has no valid answer (docs/uncertainty.md; see {@link ModelBatch}). The default loops over the
     * scalar path; the kits override it without allocating per sample.
     */
    default void investmentUsd(ModelBatch batch, double[] usd) {
        for (int i = 0; i < batch.size(); i++) {
            batch.stopIfInterrupted(i);
            try {
                usd[i] = estimate(batch.input(i)).totalUsd().nominal();
            } catch (InfeasibleException e) {
                usd[i] = Double.NaN;
            }
        }
    }
}
