package dev.cambrian.api.absolute;

import dev.cambrian.api.Range;

/**
 * The utilization model's constants as fitted to the project's dataset of published runs
 * (data/published-runs.csv), shipped as every absolute backend's defaults. {@code cambrian validate}
 * refits them from the dataset and a test fails when these drift from the refit.
 */
public final class ShippedFit {
    private ShippedFit() {
    }

    /** Runs the fit used. */
    public static final int RUNS = 45;

    /**
     * The refit rounded to four digits. The first-year factor is 1 (no effect): the dataset has two runs on
     * hardware in its first year (by the year of the run), too few to identify it (a constant fitted to one or
     * two runs is their residual).
     */
    public static final Utilization.Coefficients COEFFICIENTS = new Utilization.Coefficients(0.2455, 0.1054, 0.0824, 0.4667, 0.6515,
            0.8997, 1.0);

    /** The region of the dataset's runs: active parameters, devices, network bytes per FLOP (min and max). */
    public static final Utilization.Domain DOMAIN = new Utilization.Domain(1.012e9, 5.404e11, 16, 16_384, 2.273e-5, 8.013e-5);

    /**
     * Multipliers on the fitted MFU at the 10th and 90th percentile of the leave-one-out residuals (each
     * run's published MFU over the MFU a fit without it gives), so that about 80% of runs the fit never saw
     * fall inside the estimate's range.
     */
    /** 10th percentile of the leave-one-out residual multipliers. */
    public static final double RESIDUAL_P10 = 0.6341;
    /** 90th percentile of the leave-one-out residual multipliers. */
    public static final double RESIDUAL_P90 = 1.4120;

    /**
     * How much wider (in logs) the residual range is for a device with no published training run: an
     * assumption, since nothing measures how far such a device strays from the fit.
     */
    public static final double UNPROVEN_WIDENING = 1.5;

    /** Where the shipped coefficients come from. */
    public static final String SOURCE = "least-squares fit of log MFU to data/published-runs.csv (" + RUNS
            + " published runs; refit and leave-one-out error: cambrian validate)";

    /**
     * The residual multiplier's range for a device, widened where no run is published.
     *
     * @param publishedRuns whether a training run on the device is published
     * @return the residual multiplier's range for a device, widened where no run is published
     */
    public static Range residualRange(boolean publishedRuns) {
        double widen = publishedRuns ? 1 : UNPROVEN_WIDENING;
        return new Range(Math.exp(widen * Math.log(RESIDUAL_P10)), 1, Math.exp(widen * Math.log(RESIDUAL_P90)));
    }
}
