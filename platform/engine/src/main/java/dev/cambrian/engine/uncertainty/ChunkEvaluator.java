package dev.cambrian.engine.uncertainty;

import dev.cambrian.api.HardwareBackend;
import dev.cambrian.api.InfeasibleException;
import dev.cambrian.api.ModelBatch;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.ParameterBatch;
import dev.cambrian.api.ParameterSpace;
import dev.cambrian.api.ReferenceColumns;
import dev.cambrian.engine.environment.Environment;
import dev.cambrian.engine.environment.Footprints;
import dev.cambrian.engine.environment.OwnDevice;
import dev.cambrian.engine.estimate.Costs;
import dev.cambrian.engine.estimate.Estimator;
import java.util.Arrays;
import java.util.Map;

/**
 * Evaluates one backend on one chunk of samples through the batch SPI (docs/uncertainty.md): draws the sampled
 * parameters into columns (the others are shared constant columns at their value in force), asks the
 * speedup, energy and hardware models for their columns ({@link ModelBatch}), and writes time, energy
 * and cost (hardware + operations + energy at the scenario's price, as {@link Costs} adds them) into
 * the backend's columns; under an environment, each valid sample's carbon and water too ({@link Footprints}),
 * from the hardware model's device-hours columns.
 * A sample with no valid answer (NaN from the models) is counted, not fatal;
 * the scalar path says why for the first one. An interrupted thread (the guard cancels a call that ran
 * out of time) stops between models.
 */
final class ChunkEvaluator {

    /** What came back from a chunk: its samples with no valid answer, and the first one's reason (or null). */
    record Outcome(int infeasible, String firstReason) {
    }

    /**
     * One chunk's figures, indexed from 0: time, energy and the cost's parts (what a baseline hands its
     * relative backends), and the sample's total cost, carbon and water (NaN where it has no valid answer).
     */
    record Columns(double[] seconds, double[] joules, double[] hardwareUsd, double[] operationsUsd, double[] usd,
                   double[] carbonKg, double[] waterLitres) {
        /** The columns a baseline's chunk hands its relative backends: seconds, joules, hardware and operations cost. */
        static final int REFERENCE_FIGURES = 4;
        /** Arrays a chunk's figures take: every component of this record. */
        static final int ARRAYS = Columns.class.getRecordComponents().length;

        static Columns of(int size) {
            return new Columns(new double[size], new double[size], new double[size], new double[size], new double[size],
                    new double[size], new double[size]);
        }

        static Columns invalid(int size) {
            Columns c = of(size);
            Arrays.fill(c.seconds, Double.NaN);
            Arrays.fill(c.joules, Double.NaN);
            return c;
        }

        /** The figure's values for the chunk's samples. */
        double[] of(Figure figure) {
            return switch (figure) {
                case TIME -> seconds;
                case ENERGY -> joules;
                case COST -> usd;
                case CARBON -> carbonKg;
                case WATER -> waterLitres;
            };
        }
    }

    private final HardwareBackend backend;
    private final ParameterSpace space;
    private final ParameterSampler sampler;
    private final ModelInput template;
    private final double[][] constant;
    private final boolean[] varies;
    private final Environment environmentOrNull;
    /**
     * Made by the first chunk's guarded call (the backend's own device kind comes from the plugin's spec),
     * then shared: chunks on two threads at once may both make one, equal and interchangeable.
     */
    private volatile Footprints.Sampler footprintOrNull;

    /** @param template the nominal input, with the nominal reference run; its parameters are replaced per sample */
    ChunkEvaluator(HardwareBackend backend, ParameterSampler sampler, ModelInput template) {
        this(backend, sampler, template, null);
    }

    /** @param environmentOrNull the factors carbon and water are sampled with, or null for none */
    ChunkEvaluator(HardwareBackend backend, ParameterSampler sampler, ModelInput template, Environment environmentOrNull) {
        this.backend = backend;
        this.environmentOrNull = environmentOrNull;
        this.space = template.parameters().space();
        this.sampler = sampler;
        this.template = template.explaining(false);
        double[] nominal = template.parameters().toArray();
        this.constant = new double[nominal.length][];
        for (int p = 0; p < nominal.length; p++) {
            constant[p] = new double[ChunkPlan.CHUNK_SIZE];
            Arrays.fill(constant[p], nominal[p]);
        }
        this.varies = new boolean[nominal.length];
        for (SampledParameter s : sampler.sampled()) {
            varies[s.index()] = true;
        }
    }

    /**
     * Evaluates samples [start, start + size) with the chunk's own generator, against the baseline's
     * columns of the same samples (or the nominal reference when {@code referenceOrNull} is null).
     *
     * @param figures where the chunk's figures go, indexed from 0 (a baseline's are read by the relative backends); the
     *        caller puts them into the backend's columns or streams them ({@link SampledRun#chunk})
     * @param factorsOrNull under an environment, the chunk's factors ({@link #drawFactors}), the same for every
     *        backend so that sample i of each sees the same grid, WUE, water intensity, embodied carbon draw and
     *        lifetime; ignored when this backend samples no carbon and water (no environment), null when the run has none
     * @throws IllegalStateException when the thread is interrupted: the call was abandoned
     */
    Outcome evaluate(SplitMix rng, int start, int size, BackendSamples out, Columns referenceOrNull,
                     Columns figures, Footprints.ChunkFactors factorsOrNull) {
        double[][] columns = constant.clone();
        for (SampledParameter s : sampler.sampled()) {
            columns[s.index()] = new double[size];
        }
        sampler.fill(rng, columns, size);
        ReferenceColumns reference = referenceOrNull == null || template.referenceOrNull() == null ? null
                : new ReferenceColumns(template.referenceOrNull(), referenceOrNull.seconds(), referenceOrNull.joules(),
                        referenceOrNull.hardwareUsd(), referenceOrNull.operationsUsd());
        ModelBatch batch = new ModelBatch(template, new ParameterBatch(space, columns, size, varies), backend.speedup(), reference);
        double[] seconds = figures.seconds();
        double[] joules = figures.joules();
        double[] hardware = figures.hardwareUsd();
        double[] operations = figures.operationsUsd();
        backend.speedup().trainingSeconds(batch, seconds);
        checkInterrupted();
        backend.energy().joules(batch, seconds, joules);
        checkInterrupted();
        backend.hardware().costUsd(batch, seconds, hardware, operations);
        int infeasible = 0;
        int first = -1;
        Map<String, double[]> deviceHours = environmentOrNull == null ? null : backend.hardware().deviceHours(batch, seconds);
        if (deviceHours != null) {
            deviceHours.forEach((kind, hours) -> refuseNegative(hours, size, start, kind + " device-hours"));
        }
        Footprints.Sampler.Chunk footprint = deviceHours == null ? null
                : footprintSampler().chunk(batch.parameters(), deviceHours, factorsOrNull);
        double[] totals = figures.usd();
        for (int i = 0; i < size; i++) {
            if (seconds[i] < 0 || joules[i] < 0 || hardware[i] < 0 || operations[i] < 0) {
                // a model's nonsense, not "no valid answer" (NaN): negative energy and water were printed as results
                throw negative(start + i, String.format(java.util.Locale.ROOT, "time %s s, energy %s J, hardware %s USD,"
                        + " operations %s USD", seconds[i], joules[i], hardware[i], operations[i]));
            }
            double usd = hardware[i] + operations[i] + Costs.energyCostUsd(joules[i], template.economics());
            // one model's "no valid answer" (NaN) is the sample's; so is a figure past a double (a draw near a range's end
            // that overflows), which the scalar path refuses as invalid: an infinity would leave its percentiles undefined
            if (!Double.isFinite(seconds[i]) || !Double.isFinite(joules[i]) || !Double.isFinite(usd)) {
                seconds[i] = Double.NaN;
                joules[i] = Double.NaN; // so the sample has no carbon and water either
                totals[i] = Double.NaN;
                if (infeasible++ == 0) {
                    first = i;
                }
            } else {
                totals[i] = usd;
            }
        }
        if (footprint != null) {
            footprint.fill(joules, figures.carbonKg(), figures.waterLitres(), size);
        } else {
            Arrays.fill(figures.carbonKg(), 0, size, Double.NaN);
            Arrays.fill(figures.waterLitres(), 0, size, Double.NaN);
        }
        out.keepParameters(columns, sampler.sampled(), start, size);
        return new Outcome(infeasible, first < 0 ? null : reason(batch, first));
    }

    /** A batch model's negative figure is nonsense, not "no valid answer" (NaN): the backend fails by name. */
    private static void refuseNegative(double[] values, int size, int start, String what) {
        for (int i = 0; i < size; i++) {
            if (values[i] < 0) {
                throw negative(start + i, what + " " + values[i]);
            }
        }
    }

    /** The scalar path's type for the same nonsense (Checks), so the guard says both as "invalid result". */
    private static dev.cambrian.api.InvalidValueException negative(int sample, String figures) {
        return new dev.cambrian.api.InvalidValueException("its batch models gave a negative figure for sample " + sample + ": "
                + figures);
    }

    /**
     * Draws samples [start, start + size) as {@link #evaluate} does and keeps the sensitivity ranking's
     * share of them, without evaluating: for figures computed elsewhere (a shard) and restored.
     */
    void draw(SplitMix rng, int start, int size, BackendSamples out) {
        double[][] columns = constant.clone();
        for (SampledParameter s : sampler.sampled()) {
            columns[s.index()] = new double[size];
        }
        sampler.fill(rng, columns, size);
        out.keepParameters(columns, sampler.sampled(), start, size);
    }

    /** The footprint's sampler, made here, inside the guarded call, as a plugin may override its spec. */
    private Footprints.Sampler footprintSampler() {
        Footprints.Sampler s = footprintOrNull;
        if (s == null) {
            s = new Footprints.Sampler(environmentOrNull, space, OwnDevice.kindOrNull(backend));
            footprintOrNull = s;
        }
        return s;
    }

    /**
     * The environment's factors for samples [0, size) of one chunk, from the chunk's environment generator
     * ({@link ChunkPlan#environmentGenerators}), each triangular over its range with the nominal as its mode, as every
     * sampled figure is drawn: first one uniform per sample that every device kind's embodied carbon is drawn from
     * through its quantiles (so the kinds move together, docs/uncertainty.md), then each factor's column in
     * {@link Footprints.ChunkFactors#draw}'s order.
     */
    static Footprints.ChunkFactors drawFactors(Environment environment, SplitMix rng, int size) {
        double[] perDevice = new double[size];
        rng.fill(perDevice, size);
        return Footprints.ChunkFactors.draw(environment, range -> {
            double[] column = new double[size];
            rng.fillTriangular(column, size, range.low(), range.nominal(), range.high());
            return column;
        }, (range, out, n) -> Draws.triangularQuantiles(perDevice, out, n, range.low(), range.nominal(), range.high()));
    }

    /** Why sample i has no valid answer, by the scalar path (the reference the batch path follows). */
    private String reason(ModelBatch batch, int i) {
        try {
            Estimator.evaluate(backend, batch.input(i));
            return "the batch path gave no answer where the scalar path gives one (a plugin bug)";
        } catch (InfeasibleException e) {
            return e.getMessage();
        } catch (dev.cambrian.api.InvalidValueException e) { // the draw took a figure past a double
            return "a figure is not a finite number at this draw (" + e.getMessage() + ")";
        }
    }

    private static void checkInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new IllegalStateException("interrupted");
        }
    }
}
