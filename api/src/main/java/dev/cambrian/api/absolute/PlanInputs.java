package dev.cambrian.api.absolute;

/**
 * What the memory and step-time formulas need of a run on a device: the model's shape, the batch, the
 * device's memory and links, and the bytes of training state per parameter.
 *
 * @param peakFlops         dense peak at the run's precision
 * @param usableMemoryBytes device memory times the share a framework leaves to the model
 * @param experts           routed experts of a mixture of experts (1 for a dense model)
 */
public record PlanInputs(ModelShape shape, double activeParameters, double tokens, long devices, double peakFlops,
                         double usableMemoryBytes, int scaleUpDomain, double scaleUpBandwidth, double scaleOutBandwidth,
                         double sequenceLength, double microBatch, double globalBatchTokens, double weightBytes,
                         double gradientBytes, double optimizerBytes, double kernelEfficiency, int experts, double topK) {

    /**
     * Written out instead of the record's generated hash: the absolute models look a run's memory feasibility up
     * by its inputs on every estimate, and hashing eighteen components through the generated method took about a
     * fifth of a point estimate (JMH, 2 December 2026). Inputs the record's {@code equals} finds equal hash equally
     * (it compares doubles as {@link Double#compare} does, that is by their bits, NaN aside).
     *
     * @return a hash of every component
     */
    @Override
    public int hashCode() {
        long h = 0;
        if (shape != null) {
            h = Double.doubleToLongBits(shape.hidden());
            h = 31 * h + Double.doubleToLongBits(shape.layers());
            h = 31 * h + Double.doubleToLongBits(shape.heads());
            h = 31 * h + Double.doubleToLongBits(shape.sharedParameters());
            h = 31 * h + Double.doubleToLongBits(shape.expertParameters());
        }
        h = 31 * h + Double.doubleToLongBits(activeParameters);
        h = 31 * h + Double.doubleToLongBits(tokens);
        h = 31 * h + devices;
        h = 31 * h + Double.doubleToLongBits(peakFlops);
        h = 31 * h + Double.doubleToLongBits(usableMemoryBytes);
        h = 31 * h + scaleUpDomain;
        h = 31 * h + Double.doubleToLongBits(scaleUpBandwidth);
        h = 31 * h + Double.doubleToLongBits(scaleOutBandwidth);
        h = 31 * h + Double.doubleToLongBits(sequenceLength);
        h = 31 * h + Double.doubleToLongBits(microBatch);
        h = 31 * h + Double.doubleToLongBits(globalBatchTokens);
        h = 31 * h + Double.doubleToLongBits(weightBytes);
        h = 31 * h + Double.doubleToLongBits(gradientBytes);
        h = 31 * h + Double.doubleToLongBits(optimizerBytes);
        h = 31 * h + Double.doubleToLongBits(kernelEfficiency);
        h = 31 * h + experts;
        h = 31 * h + Double.doubleToLongBits(topK);
        return Long.hashCode(h);
    }

    /**
     * The same run on another number of devices.
     *
     * @param n devices
     * @return the same run on another number of devices
     */
    public PlanInputs onDevices(long n) {
        return new PlanInputs(shape, activeParameters, tokens, n, peakFlops, usableMemoryBytes, scaleUpDomain, scaleUpBandwidth,
                scaleOutBandwidth, sequenceLength, microBatch, globalBatchTokens, weightBytes, gradientBytes, optimizerBytes,
                kernelEfficiency, experts, topK);
    }

    /**
     * Sequences in one global batch: data parallelism cannot go wider than this.
     *
     * @return sequences in one global batch: data parallelism cannot go wider than this
     */
    public double sequencesPerStep() {
        return globalBatchTokens / sequenceLength;
    }

    /**
     * Optimizer steps in the run.
     *
     * @return tokens over global batch tokens
     */
    public double steps() {
        return tokens / globalBatchTokens;
    }
}
