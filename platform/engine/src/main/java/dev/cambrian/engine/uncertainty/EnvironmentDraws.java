package dev.cambrian.engine.uncertainty;

import dev.cambrian.api.Distribution;
import dev.cambrian.api.Range;
import dev.cambrian.engine.environment.Environment;
import dev.cambrian.engine.environment.Footprints;
import java.util.ArrayList;
import java.util.List;

/**
 * The environment's factors as the sensitivity ranking reads them: their draws in the run's first samples, for the
 * factors drawn over a range (a value given as one number is not). They are drawn again from the seed, with the run's
 * own chunk sizes and generators ({@link ChunkEvaluator#drawFactors}), so they are the draws the run's carbon and water
 * were computed with, in a shard's merge too. Each device kind's embodied carbon is left out: its kinds share one
 * uniform but each has its own range, so no one range names it.
 */
final class EnvironmentDraws {
    /** The factors, named as the report lists them (environment.*), each with its first samples' draws. */
    record Drawn(List<SampledParameter> factors, List<double[]> columns) {
    }

    private static Key lastKey;
    private static Drawn last;

    private EnvironmentDraws() {
    }

    private record Key(Environment environment, long seed, int samples, int sensitivitySamples) {
    }

    /**
     * The draws for a run of {@code options} whose first {@code sensitivitySamples} samples are ranked; the last one is
     * kept, as every backend of a run asks for the same.
     */
    static synchronized Drawn of(Options options, int sensitivitySamples) {
        Key key = new Key(options.environmentOrNull(), options.seed(), options.samples(), sensitivitySamples);
        if (!key.equals(lastKey)) {
            last = draw(options.environmentOrNull(), options.seed(), new ChunkPlan(options.samples()), sensitivitySamples);
            lastKey = key;
        }
        return last;
    }

    private static Drawn draw(Environment env, long seed, ChunkPlan plan, int kept) {
        // in Footprints.ChunkFactors.ranges' order; the grid's factor carries no unit of its own
        List<Range> ranges = Footprints.ChunkFactors.ranges(env);
        SplitMix[] generators = plan.environmentGenerators(seed);
        double[][] columns = new double[ranges.size()][kept];
        for (int c = 0; c < plan.chunks() && plan.start(c) < kept; c++) {
            Footprints.ChunkFactors f = ChunkEvaluator.drawFactors(env, generators[c], plan.size(c));
            int n = Math.min(plan.size(c), kept - plan.start(c));
            List<double[]> chunk = f.columns();
            for (int k = 0; k < chunk.size(); k++) {
                System.arraycopy(chunk.get(k), 0, columns[k], plan.start(c), n);
            }
        }
        String[] names = {"environment.device-lifetime", "environment.grid-intensity", "environment.onsite-wue",
            "environment.offsite-water"};
        String[] units = {env.embodied().lifetime().unit(), "kgCO2e/kWh", env.onsiteWue().unit(), env.offsiteWater().unit()};
        List<SampledParameter> factors = new ArrayList<>();
        List<double[]> drawn = new ArrayList<>();
        for (int k = 0; k < ranges.size(); k++) {
            Range r = ranges.get(k);
            if (r.low() < r.high()) {
                factors.add(new SampledParameter(-1, names[k], units[k], Distribution.TRIANGULAR, Distribution.TRIANGULAR,
                        r.low(), r.nominal(), r.high(), false));
                drawn.add(columns[k]);
            }
        }
        return new Drawn(List.copyOf(factors), List.copyOf(drawn));
    }
}
