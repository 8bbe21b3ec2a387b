package dev.cambrian.engine.uncertainty;

import dev.cambrian.api.ReferenceRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What every uncertainty report says about its method: sampling, reference, percentiles, ranks, sensitivity. */
final class MethodNotes {
    private MethodNotes() {
    }

    /** How the figures were obtained, in words, for every report. */
    static List<String> of(Options options, int sensitivitySamples, ReferenceRun reference, List<Subject> subjects,
                           boolean baselineSampled) {
        String figure = options.figure().id();
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, "Monte Carlo: %,d samples per backend, seed %d, in chunks of %,d; each chunk"
                + " draws from its own generator, split from one root generator per backend in chunk order, and the"
                + " results are reduced in sample order: the same seed gives the same figures on any number of threads"
                + " (as long as no plugin call times out).",
                options.samples(), options.seed(), ChunkPlan.CHUNK_SIZE));
        notes.add("Sampled: every parameter whose range in force is not a point and that a model reads, inside [low, high]:"
                + " triangular with the nominal as its mode, uniform, or uniform in log (log_uniform); the others keep their"
                + " value. Backends are"
                + " sampled independently (but for the baseline under relative backends), so an uncertainty two backends share (a common calibration) is not correlated"
                + " between them.");
        if (reference != null && subjects.stream().anyMatch(s -> !s.id().equals(reference.backendId()))) {
            notes.add(baselineSampled
                    ? "Relative backends apply their factors, in each sample, to the baseline " + reference.backendId()
                            + " of the same sample: the baseline is sampled with its own draws (the same as its row's), its"
                            + " time, energy and costs scale the nominal reference run, split by operation class as there,"
                            + " so its uncertainty reaches them, correlated. Their sensitivity lists their own parameters."
                    : "Relative backends apply their factors to the nominal reference run of the baseline "
                            + reference.backendId() + " (as rank does): the baseline's own uncertainty is not carried into them.");
        }
        notes.add("Percentiles: linear interpolation between order statistics (NumPy's default), over the samples with a"
                + " valid answer; the mean over the same samples.");
        notes.add("Rank probabilities by " + figure + ": at each sample index the backends are ranked, smallest first;"
                + " a sample with no valid answer ranks after every valid one; backends tied exactly (or several with no"
                + " valid answer) share the positions they span equally; a sample where no backend has one ranks no one.");
        notes.add(String.format(Locale.ROOT, "Sensitivity: Spearman's rank correlation between each sampled parameter's"
                + " draws and %s over those of the first %,d samples with a valid answer (+: %s rises with the parameter,"
                + " -: falls); the largest |rho|"
                + " moves it most.", figure, sensitivitySamples, figure));
        if (options.figure().needsEnvironment() && options.environmentOrNull() != null) {
            // left out, a shared factor was easy to miss: water's strongest driver is usually off-site water intensity
            notes.add("Sensitivity of " + figure + " ranks the environment's factors drawn over a range (environment.*: grid"
                    + " intensity, on-site WUE, off-site water intensity, device lifetime) beside each backend's own parameters:"
                    + " they are drawn once for every backend of a sample. Each device kind's embodied carbon is drawn too but"
                    + " not ranked (the kinds share one draw, each over its own range).");
        }
        return notes;
    }
}
