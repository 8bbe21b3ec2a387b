package dev.cambrian.api.relative;

import dev.cambrian.api.ModelBatch;
import java.lang.ref.WeakReference;

/**
 * The coverage in force on a batch ({@link RelativeBatch#coverage}), computed once per batch: the time, energy,
 * cost and device-hour models each ask for it on the same chunk in turn. One entry per thread, since chunks run
 * on several threads at once; the batch is held weakly, so the entry keeps no chunk's parameters alive. The
 * arrays are shared between the models and never written after they are made.
 */
final class BatchCoverage {
    private final TechnologySpec spec;
    private final ThreadLocal<Entry> last = new ThreadLocal<>();

    BatchCoverage(TechnologySpec spec) {
        this.spec = spec;
    }

    /** Coverage per class (null for a class the technology does not take over) and sample, with the limits applied. */
    double[][] of(ModelBatch batch) {
        Entry entry = last.get();
        if (entry != null && entry.batch.get() == batch) {
            return entry.coverage;
        }
        double[][] coverage = RelativeBatch.coverage(spec, batch);
        last.set(new Entry(new WeakReference<>(batch), coverage));
        return coverage;
    }

    private record Entry(WeakReference<ModelBatch> batch, double[][] coverage) {
    }
}
