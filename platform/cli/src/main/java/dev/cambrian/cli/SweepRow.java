package dev.cambrian.cli;

import dev.cambrian.engine.uncertainty.Percentiles;

/**
 * One point of a sweep: where it is in the grid, the workload it ran (after levers), and what came
 * out. {@code devices} is the grid's device axis (null: each backend's own); {@code devicesInForce} and
 * {@code deviceKinds} are what the nominal estimate bills, as estimate's CSV gives them (null without an estimate).
 * Figures are NaN when the point has none (status infeasible or failed); the percentiles are null
 * without Monte Carlo or when no sample had a valid answer. {@code uncertaintyDeclared} is false for a backend
 * with no range of its own that its models read (its spread is its baseline's), null without Monte Carlo.
 */
record SweepRow(int point, String workloadId, double parameters, double activeParameters, double tokens,
        double trainingFlop, Long devices, Number devicesInForce, String deviceKinds, String scenario, String levers, String backend, String status,
        double seconds, double joules, double usd, Percentiles secondsPct, Percentiles joulesPct, Percentiles usdPct,
        int validSamples, Boolean uncertaintyDeclared, String detail) {
    static final String OK = "ok";
    static final String INFEASIBLE = "infeasible";
    static final String FAILED = "failed";
    /** The column that counts a point's samples with an answer (with Monte Carlo only). */
    static final String VALID_SAMPLES = "valid_samples_count";

    /**
     * Whether the point has a figure: its nominal estimate, or samples with an answer (a range of devices can give
     * answers around a nominal count that has none: its percentiles are figures too).
     */
    boolean hasFigure() {
        return status.equals(OK) || validSamples > 0;
    }
}
