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
