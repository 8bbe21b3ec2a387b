package dev.cambrian.plugins.cerebras;

import static dev.cambrian.api.absolute.Precision.*;

import dev.cambrian.api.Category;
import dev.cambrian.api.absolute.DeviceSpec;

/**
 * Cerebras' wafer-scale CS-3 system, one system counted as one device, each figure with its source. The
 * dense BF16 peak is an estimate: Cerebras quotes only a headline that is probably sparse.
 */
final class CerebrasCatalog {
    private CerebrasCatalog() {
    }

    static final DeviceSpec CS3 = DeviceSpec.builder("cerebras-cs3")
            .names("Cerebras CS-3 (WSE-3) cluster", "Cerebras", "CS-3 system").category(Category.ACCELERATOR)
            .peak(BF16, 1.25e16, 1.56e16, 1.25e17, "Cerebras publishes only '125 PFLOPS peak AI' FP16 for CS-3/WSE-3 (Cerebras CS-3 datasheet; Tom's Hardware 2024-03). Cerebras does not say dense vs sparse; core arithmetic (900k cores x 8-wide FP16 SIMD (NextPlatform) x 2 FLOP x ~1.1 GHz) gives ~16 PF dense, i.e. 125 PF ~= 8x dense, consistent with counting unstructured-sparsity speedup. nominal/low = dense estimate; high = vendor headline. estimate")
            .memory(6.3e11, "44 GB on-wafer SRAM (Cerebras CS-3 datasheet) holds activations; weights and optimizer state stream from MemoryX, up to 1.2 PB per cluster (Cerebras, March 2024): modelled as 44 GB + 1.2 PB / 2,048 systems = ~630 GB per system (assumption: weight streaming is not modelled otherwise)")
            .memoryBandwidth(2.1e16, "21 PB/s on-chip SRAM bandwidth, Cerebras WSE-3 datasheet. MemoryX link is only ~150 GB/s (1.2 Tb/s system I/O)")
            .scaleOut(1.5e11, "CS-3 system I/O 1.2 Tb/s (12 x 100 GbE) to SwarmX/MemoryX = 150 GB/s per system (Cerebras CS-2/CS-3 spec, cited via Kisaco Research slides)")
            .tdp(23000, "~23 kW per CS-3 system (Cerebras; HN discussion citing full-rack 23 kW; awesomeagents.ai)")
            .allInPower(23000, 27000, 32000, "estimate: 23 kW system + share of MemoryX/SwarmX/CPU-server nodes; Cerebras publishes no cluster per-system figure")
            .rental(60, 100, 150, "estimate: no public per-system rental; $2.5M amortized over 4 years ~$71/h plus opex/margin")
            .purchase(1.36e06, 2.5e06, 3e06, "Cerebras S-1: average ~$1.36M per system for largest customer (G42); 'retail' ~$2.5M (HN discussion of S-1); $2-3M press estimates")
            .firstAvailable(2024, 3, "CS-3 announced and orders open 2024-03-13; deployments (Condor Galaxy 3) from mid-2024")
            .noPublishedRun("no training run on CS-3 system with published hours is in data/published-runs.csv")
            .defaultDevices(2_048, "Cerebras CS-3 announcement, March 2024: clusters of up to 2,048 CS-3 systems")
            .maxDevices(2_048, "Cerebras CS-3 announcement, March 2024: clusters of up to 2,048 CS-3 systems")
            .build();

    static final DeviceSpec[] ALL = {CS3};
}
