package dev.cambrian.plugins.gpu;

import dev.cambrian.api.Range;

/**
 * What distinguishes one GPU generation, each figure with its source.
 *
 * @param peakFlopsPerSecond dense BF16/FP16 tensor throughput, no sparsity
 * @param allInWatts         device + host + network share per GPU, low / nominal / high
 * @param utilization        model FLOP utilisation before failure losses, calibrated on a published run
 */
public record GpuSpec(
        String id,
        String name,
        String deviceKind,
        double peakFlopsPerSecond,
        String peakSource,
        double memoryBytes,
        String memorySource,
        Range allInWatts,
        String powerSource,
        Range utilization,
        String utilizationSource,
        Range pricePerDeviceHour,
        String priceSource,
        Range devicePriceUsd,
        String devicePriceSource) {
}
