package dev.cambrian.engine.uncertainty;

import dev.cambrian.api.Distribution;
import dev.cambrian.api.Parameter;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.estimate.Assumption;
import dev.cambrian.engine.estimate.ResolvedParameters;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a backend's uncertain parameters, those whose range in force is not a point
 * ({@link ResolvedParameters#uncertainIndices()}), column by column from one generator: triangular
 * with the nominal as its mode, uniform, or uniform in log. A parameter declared fixed that a profile or
 * scenario gave a range is drawn uniformly, and a note says so. The others are never varied, nor are the ranges a
 * backend's models leave unread at the values in force ({@link ResolvedParameters#unreadRanges()}).
 */
public final class ParameterSampler {
    private final List<SampledParameter> sampled;
    private final List<String> notes;

    private ParameterSampler(List<SampledParameter> sampled, List<String> notes) {
        this.sampled = List.copyOf(sampled);
        this.notes = List.copyOf(notes);
    }

    /**
     * @throws InputException           for a log-uniform range starting at or below 0 that the user's scenario,
     *                                  --set or a lever put in force
     * @throws IllegalArgumentException for one the plugin declared (its default or its profile)
     */
    public static ParameterSampler of(ResolvedParameters params) {
        List<SampledParameter> out = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i : params.uncertainIndices()) {
            Parameter p = params.parameters().get(i);
            String label = params.backendId() + "." + p.name();
            String range = Labels.range(p.range().low(), p.range().high(), p.unit());
            Distribution as = p.distribution();
            if (as == Distribution.FIXED) {
                as = Distribution.UNIFORM;
                notes.add(label + " is declared fixed but has a range in force (" + range + "): sampled uniformly");
            }
            double width = p.range().high() - p.range().low();
            if (!Double.isFinite(width)) {
                // a uniform draw multiplies the width, and a triangular one each side's: past a double, every draw would be
                // clamped to an end without a word
                String problem = label + "'s range in force (" + Labels.span(p.range().low(), p.range().high(), p.unit())
                        + ") is too wide to sample: its width, high - low, is past a double's range (above "
                        + dev.cambrian.engine.Numbers.compact(Double.MAX_VALUE) + ")";
                String origin = userOrigin(params, p.name());
                if (origin != null) {
                    throw new InputException(origin + ": " + problem);
                }
                throw new IllegalArgumentException(problem);
            }
            if (as == Distribution.LOG_UNIFORM && !(p.range().low() > 0)) {
                String problem = label + " is log_uniform but its range in force (" + Labels.span(p.range().low(),
                        p.range().high(), p.unit()) + ") starts at or below 0; a log_uniform range needs a low above 0";
                String origin = userOrigin(params, p.name());
                if (origin != null) {
                    throw new InputException(origin + ": " + problem);
                }
                throw new IllegalArgumentException(problem);
            }
            if (p.integer()) {
                notes.add(label + " takes whole numbers: " + (as == Distribution.UNIFORM
                        ? "drawn uniformly from " + Labels.number(Math.ceil(p.range().low()), p.unit()) + " to "
                                + Labels.number(Math.floor(p.range().high()), p.unit()) + ", each equally likely"
                        : "each " + as.id() + " draw is rounded to the nearest one"));
            }
            out.add(new SampledParameter(i, p.name(), p.unit(), p.distribution(), as, p.range().low(), p.range().nominal(),
                    p.range().high(), p.integer()));
        }
        List<String> unread = params.unreadRanges();
        if (!unread.isEmpty()) {
            notes.add(params.backendId() + ": " + String.join(", ", unread) + (unread.size() == 1 ? " keeps its" : " keep their")
                    + " nominal, not sampled: with " + params.unreadSetting() + " (" + params.unreadBecause() + ") no model reads "
                    + (unread.size() == 1 ? "it" : "them"));
        }
        return new ParameterSampler(out, notes);
    }

    /** Who put the parameter's range in force when it was the user (scenario, --set, lever), else null. */
    private static String userOrigin(ResolvedParameters params, String name) {
        for (Assumption a : params.assumptions()) {
            if (a.parameter().equals(name) && !a.origin().startsWith("profile ")) {
                return a.origin();
            }
        }
        return null;
    }

    public List<SampledParameter> sampled() {
        return sampled;
    }

    /** What the sampling changed from the declarations (fixed parameters drawn uniformly, whole numbers). */
    public List<String> notes() {
        return notes;
    }

    /** Writes {@code size} draws of each sampled parameter into its column, parameter by parameter, from {@code rng}. */
    void fill(SplitMix rng, double[][] columns, int size) {
        for (SampledParameter s : sampled) {
            s.fill(rng, columns[s.index()], size);
        }
    }
}
